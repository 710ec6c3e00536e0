// A health tier as a tag in the one tier palette (same colours as charts, KPI cards, grid).
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tierColors, tierTints, type Tier } from '../../shared/domain/tiers';

export interface TierTagProps {
  tier: Tier | null;
  /** Replaces the tier name (e.g. a score), still in the tier's colours. */
  children?: ReactNode;
  style?: CSSProperties;
}

export function TierTag({ tier, children, style }: TierTagProps) {
  const { t } = useTranslation('scoring');
  const colours = tier
    ? { color: tierColors[tier], background: tierTints[tier].background, borderColor: tierTints[tier].border }
    : { color: '#8c8c8c', background: '#fafafa', borderColor: '#d9d9d9' };
  return (
    <span
      data-tier={tier ?? ''}
      style={{
        display: 'inline-block',
        lineHeight: '20px',
        padding: '0 8px',
        borderRadius: 4,
        border: '1px solid',
        fontSize: 12,
        whiteSpace: 'nowrap',
        ...colours,
        ...style,
      }}
    >
      {children ?? t(tier ? `tiers.${tier}` : 'tiers.unscored')}
    </span>
  );
}
