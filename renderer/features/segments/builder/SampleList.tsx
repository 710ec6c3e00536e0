// A sample of matching customers, dense: name (opens Customer 360), region, tier, health and
// churn probability in the shared tier colours.
import { Button, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentSampleRow } from '../../../../shared/contract/domains/segments';
import { tierColors, type Tier } from '../../../../shared/domain/tiers';
import { formatFixed, formatPercent } from '../../../../shared/i18n/format';
import { TierTag } from '../../../components/TierTag';
import { useLocale } from '../../../i18n/use-locale';

const isTier = (value: string | null): value is Tier => value !== null && Object.prototype.hasOwnProperty.call(tierColors, value);

interface SampleListProps {
  readonly rows: readonly SegmentSampleRow[];
  readonly onOpenCustomer?: (customerId: string) => void;
  readonly dimmed: boolean;
}

export function SampleList({ rows, onOpenCustomer, dimmed }: SampleListProps) {
  const { t } = useTranslation('segment-builder');
  const locale = useLocale();
  return (
    <Table<SegmentSampleRow>
      size="small"
      rowKey="customer_id"
      pagination={false}
      dataSource={[...rows]}
      style={{ opacity: dimmed ? 0.55 : 1 }}
      scroll={{ y: 300 }}
      onRow={(row) => ({ 'data-testid': 'segment-sample-row', 'data-customer-id': row.customer_id }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'customer',
          title: t('live.columns.customer'),
          ellipsis: true,
          render: (_value, row) =>
            onOpenCustomer ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', maxWidth: '100%' }}
                onClick={() => onOpenCustomer(row.customer_id)}
                title={row.name ?? row.customer_id}
              >
                <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{row.name ?? row.customer_id}</span>
              </Button>
            ) : (
              <Typography.Text title={row.customer_id}>{row.name ?? row.customer_id}</Typography.Text>
            ),
        },
        { key: 'region', title: t('live.columns.region'), dataIndex: 'region', width: 64, ellipsis: true },
        {
          key: 'health',
          title: t('live.columns.health'),
          width: 64,
          align: 'right',
          render: (_value, row) => <TierTag tier={isTier(row.tier) ? row.tier : null}>{formatFixed(row.health_score, 0)}</TierTag>,
        },
        {
          key: 'churn',
          title: t('live.columns.churn'),
          width: 72,
          align: 'right',
          render: (_value, row) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatPercent(row.churn_probability, locale)}</span>,
        },
      ]}
    />
  );
}
