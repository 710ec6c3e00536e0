// The first column doubles as the row's loading indicator: rows of a block still on its way
// from the host have no data yet.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { LoadingOutlined } from '@ant-design/icons';
import type { CustomerRow } from '../../../shared/contract/operations';

export function IdCell({ value, data }: CustomCellRendererProps<CustomerRow, string>) {
  if (!data) return <LoadingOutlined style={{ opacity: 0.45 }} />;
  return <span data-customer-id={value}>{value}</span>;
}
