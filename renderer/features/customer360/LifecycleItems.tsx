// The header's two labelled facts that are easy to confuse: the lifecycle as of the snapshot
// (生命周期: 活跃 / 已流失 since a date, of a kind / 潜在客户) and the contract status as imported
// (合同状态: 在约 / 已解约) — plus the health tier, which a churned customer does not have.
import type { ReactNode } from 'react';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CHURN_KIND_CODES } from '../../../shared/catalog/customer-fields';
import type { Tier } from '../../../shared/domain/tiers';
import { formatDate } from '../../../shared/i18n/format';
import { LifecycleTag, TierOrChurnedTag, type Lifecycle } from '../../components/LifecycleTag';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { useLocale } from '../../i18n/use-locale';

type ChurnKind = (typeof CHURN_KIND_CODES)[number];

export interface LifecycleItemsProps {
  lifecycle: Lifecycle | null;
  churnDate: string | null;
  churnKind: ChurnKind | null;
  status: string | null;
  tier: Tier | null;
  /** The newest snapshot scores the customer (else no tier item is shown). */
  scored: boolean;
}

function Item({ label, children, testId, value }: { label: string; children: ReactNode; testId: string; value: string }) {
  return (
    <span data-testid={testId} data-value={value} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </span>
  );
}

export function LifecycleItems({ lifecycle, churnDate, churnKind, status, tier, scored }: LifecycleItemsProps) {
  const labels = useCatalogLabels();
  const { t } = useTranslation('catalog');
  const locale = useLocale();
  return (
    <Space size={16} wrap>
      {lifecycle ? (
        <Item label={labels.field('lifecycle')} testId="c360-lifecycle" value={lifecycle}>
          <LifecycleTag lifecycle={lifecycle} />
          {lifecycle === 'churned' && (churnDate || churnKind) ? (
            <Typography.Text type="secondary" data-testid="c360-churn" data-date={churnDate ?? ''} data-kind={churnKind ?? ''}>
              {[churnDate ? `${t('fields.churn_date')} ${formatDate(churnDate, locale)}` : null, churnKind ? labels.value('churn_kind', churnKind) : null]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          ) : null}
        </Item>
      ) : null}
      {status ? (
        <Item label={labels.field('status')} testId="c360-status" value={status}>
          <Typography.Text>{labels.value('status', status)}</Typography.Text>
        </Item>
      ) : null}
      {scored || lifecycle === 'churned' ? (
        <Item label={labels.field('tier')} testId="c360-tier" value={lifecycle === 'churned' ? '' : (tier ?? '')}>
          <TierOrChurnedTag tier={tier} lifecycle={lifecycle} />
        </Item>
      ) : null}
    </Space>
  );
}
