// The customer id as a link to the customer's 360 page; rows still loading show a spinner.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/contract/operations';
import { customerHref } from '../../app/routes';

export function CustomerLinkCell({ value, data }: CustomCellRendererProps<CustomerRow, string>) {
  const { t } = useTranslation('scoring');
  if (!data || value === null || value === undefined) return <LoadingOutlined style={{ opacity: 0.45 }} />;
  return (
    <a href={customerHref(value)} data-customer-id={value} title={t('columns.openCustomer', { id: value })}>
      {value}
    </a>
  );
}
