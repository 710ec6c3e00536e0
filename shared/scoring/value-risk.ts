// Value tiers and the value × risk matrix (PRODUCT.md §5): value from CLV (or the 365-day
// amount when no CLV could be fitted) ranked among customers not churned; risk from the
// churn probability (or, without a model, the at-risk health tier).
//   high value & low risk = highValue (高价值)   high value & high risk = warning (流失预警)
//   low value & low risk  = potential (潜力)     low value & high risk  = lowValue (低价值)
import type { ScoringSettings } from './scoring-settings';
import { midRankPercentiles } from './stats';

export type ValueTier = 'high' | 'medium' | 'low';
export type ValueRisk = 'highValue' | 'potential' | 'warning' | 'lowValue';

export function valueTiers(value: Float64Array, include: Uint8Array, settings: ScoringSettings): (ValueTier | null)[] {
  const masked = Float64Array.from(value, (v, i) => (include[i] ? v : NaN));
  const pct = midRankPercentiles(masked);
  const high = 1 - settings.value.highShare;
  const medium = high - settings.value.mediumShare;
  return Array.from(pct, (u) => (Number.isNaN(u) ? null : u >= high ? 'high' : u >= medium ? 'medium' : 'low'));
}

export function valueRisk(tier: ValueTier | null, highRisk: boolean | null): ValueRisk | null {
  if (tier === null || highRisk === null) return null;
  const valuable = tier !== 'low';
  if (valuable) return highRisk ? 'warning' : 'highValue';
  return highRisk ? 'lowValue' : 'potential';
}
