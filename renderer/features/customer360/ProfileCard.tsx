// The customer's record as imported: canonical columns first (catalog labels; 合同状态 is the
// contract status, not the lifecycle), then any extra attributes under their own names.
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { baseCatalog } from '../../../shared/catalog';

import { useLocale } from '../../i18n/use-locale';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { formatFieldValue } from '../../../shared/i18n/format-kind';

const order = ['region', 'city', 'industry', 'segment', 'owner', 'signup_date', 'contract_end', 'status', 'cancel_date', 'cancel_reason'] as const;
type ProfileColumn = (typeof order)[number];

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function ProfileCard({ customer, attributes }: { customer: Record<string, unknown>; attributes: Record<string, unknown> }) {
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const labels = useCatalogLabels();
  const show = (column: ProfileColumn, value: unknown): string => {
    const field = baseCatalog.field('customer', column);
    const formatted = field ? formatFieldValue(value, field.format, locale) : null;
    if (formatted !== null) return formatted;
    if (field?.type === 'enum' && typeof value === 'string') return labels.value(column, value);
    return text(value);
  };
  const extra = Object.entries(attributes);
  return (
    <Card size="small" title={ts('customer360.profile')} data-testid="c360-profile" style={{ height: '100%' }}>
      <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 108 } }}>
        {order
          .filter((c) => customer[c] !== undefined)
          .map((c) => (
            <Descriptions.Item key={c} label={labels.field(c)}>
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
