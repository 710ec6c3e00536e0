// The customer's record as imported: canonical columns first, then any extra attributes.
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { customerColumns, type CustomerColumn } from '../../../shared/domain/customer-columns';
import { formatCurrency, formatDate, formatNumber } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

const order: CustomerColumn[] = ['region', 'city', 'industry', 'segment', 'owner', 'signup_date', 'contract_end', 'status', 'cancel_date', 'cancel_reason'];

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function ProfileCard({ customer, attributes }: { customer: Record<string, unknown>; attributes: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const show = (column: CustomerColumn, value: unknown): string => {
    const kind = customerColumns[column].kind;
    if (kind === 'date' && typeof value === 'string') return formatDate(value, locale);
    if (column === 'total_amount' && typeof value === 'number') return formatCurrency(value, locale);
    if (kind === 'number' && typeof value === 'number') return formatNumber(value, locale);
    if (column === 'status' && (value === 'active' || value === 'cancelled')) return t(`status.${value}`);
    return text(value);
  };
  const extra = Object.entries(attributes);
  return (
    <Card size="small" title={ts('customer360.profile')} data-testid="c360-profile" style={{ height: '100%' }}>
      <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 108 } }}>
        {order
          .filter((c) => customer[c] !== undefined)
          .map((c) => (
            <Descriptions.Item key={c} label={t(`columns.${c}`)}>
              {show(c, customer[c])}
            </Descriptions.Item>
          ))}
      </Descriptions>
      {extra.length > 0 ? (
        <>
          <Typography.Text strong style={{ fontSize: 12, display: 'block', margin: '8px 0 4px' }}>
            {ts('customer360.attributes')}
          </Typography.Text>
          <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 108 } }}>
            {extra.map(([k, v]) => (
              <Descriptions.Item key={k} label={k}>
                {text(v)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      ) : null}
    </Card>
  );
}
