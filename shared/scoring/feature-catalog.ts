// Every per-customer feature a snapshot computes and the churn reason type a contribution of
// this feature is reported as. The ids are the column names of `snapshot_features`: this list
// is their whitelist. Labels live in the i18n resources only (`catalog:fields.<id>`).
import type { ReasonType } from './reason-types';

export interface FeatureSpec {
  readonly id: string;
  readonly reason: ReasonType;
  /** Stored as INTEGER (counts, days) rather than REAL. */
  readonly integer: boolean;
}

const f = <I extends string>(id: I, reason: ReasonType, integer = false) => ({ id, reason, integer }) as const;

export const featureCatalog = [
  f('recency_days', 'engagement', true),
  f('orders_30d', 'engagement', true),
  f('orders_90d', 'engagement', true),
  f('orders_180d', 'engagement', true),
  f('orders_365d', 'engagement', true),
  f('amount_30d', 'engagement'),
  f('amount_90d', 'engagement'),
  f('amount_180d', 'engagement'),
  f('amount_365d', 'engagement'),
  f('amount_change_90d', 'price'),
  f('avg_discount_90d', 'price'),
  f('median_order_gap_days', 'engagement'),
  f('overdue_ratio', 'engagement'),
  f('active_days_30d', 'engagement', true),
  f('active_days_90d', 'engagement', true),
  f('active_days_trend', 'engagement', true),
  f('page_views_30d', 'engagement', true),
  f('page_views_90d', 'engagement', true),
  f('page_views_trend', 'engagement', true),
  f('email_opens_90d', 'communication', true),
  f('tickets_90d', 'service', true),
  f('complaints_90d', 'experience', true),
  f('severe_complaints_90d', 'experience', true),
  f('complaints_365d', 'experience', true),
  f('first_response_hours', 'service'),
  f('satisfaction_avg', 'service'),
  f('satisfaction_trend', 'service'),
  f('nps_avg', 'experience'),
  f('nps_trend', 'experience'),
  f('competitor_signals_90d', 'competition', true),
  f('price_signals_90d', 'price', true),
  f('tenure_days', 'engagement', true),
  f('days_to_contract_end', 'communication', true),
] as const satisfies readonly FeatureSpec[];

export type FeatureId = (typeof featureCatalog)[number]['id'];
export const featureIds: FeatureId[] = featureCatalog.map((x) => x.id);
export const featureIndex: ReadonlyMap<string, number> = new Map(featureIds.map((id, i) => [id, i]));

export function featureSpec(id: string): FeatureSpec | undefined {
  const i = featureIndex.get(id);
  return i === undefined ? undefined : featureCatalog[i];
}
