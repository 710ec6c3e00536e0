// A customer's lifecycle as of the snapshot (PRODUCT.md §5: 活跃 / 已流失 / 潜在客户) as a tag,
// and the tier cell that says 已流失 (muted) for a churned customer instead of a tier: churned
// customers carry no tier, so they are never "at risk". Lifecycle colours are neutral on
// purpose: green, amber and red mean health tiers only.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../shared/domain/tiers';
import type { LIFECYCLE_CODES } from '../../shared/catalog/customer-fields';
import { TierTag } from './TierTag';

export type Lifecycle = (typeof LIFECYCLE_CODES)[number];

const palette: Record<Lifecycle, { color: string; background: string; borderColor: string }> = {
  active: { color: '#1b5fd1', background: '#eef4ff', borderColor: '#b3ccf5' },
  churned: { color: '#8c8c8c', background: '#f5f5f5', borderColor: '#d9d9d9' },
  prospect: { color: '#531dab', background: '#f9f0ff', borderColor: '#d3adf7' },
};

const base: CSSProperties = {
  display: 'inline-block',
  lineHeight: '20px',
  padding: '0 8px',
  borderRadius: 4,
  border: '1px solid',
  fontSize: 12,
  whiteSpace: 'nowrap',
};

export function LifecycleTag({ lifecycle, style }: { lifecycle: Lifecycle; style?: CSSProperties }) {
  const { t } = useTranslation('catalog');
  return (
    <span data-lifecycle={lifecycle} style={{ ...base, ...palette[lifecycle], ...style }}>
      {t(`values.lifecycle.${lifecycle}`)}
    </span>
  );
}

/** The tier, or 已流失 / Churned in grey for a churned customer (never a tier). */
export function TierOrChurnedTag({ tier, lifecycle }: { tier: Tier | null; lifecycle: Lifecycle | null }) {
  const { t } = useTranslation('catalog');
  if (lifecycle === 'churned') {
    return (
      <span data-tier="" data-lifecycle="churned" style={{ ...base, ...palette.churned, borderStyle: 'dashed' }}>
        {t('values.lifecycle.churned')}
      </span>
    );
  }
  return <TierTag tier={tier} />;
}
