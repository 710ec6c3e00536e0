// Every per-customer feature of a snapshot, as a catalog field over the customer mart (the mart
// carries the newest snapshot's features under their snapshot_features column names).
// A test checks this list against shared/scoring/feature-catalog.ts, so a new feature cannot
// be computed without being filterable.
import type { FieldDef, FieldFormat, FieldGroup } from './types';

const features: readonly (readonly [id: string, group: FieldGroup, format: FieldFormat])[] = [
  ['recency_days', 'purchases', 'days'],
  ['orders_30d', 'purchases', 'count'],
  ['orders_90d', 'purchases', 'count'],
  ['orders_180d', 'purchases', 'count'],
  ['orders_365d', 'purchases', 'count'],
  ['amount_30d', 'purchases', 'currency'],
  ['amount_90d', 'purchases', 'currency'],
  ['amount_180d', 'purchases', 'currency'],
  ['amount_365d', 'purchases', 'currency'],
  ['amount_change_90d', 'purchases', 'percent'],
  ['avg_discount_90d', 'purchases', 'number'],
  ['median_order_gap_days', 'purchases', 'days'],
  ['overdue_ratio', 'purchases', 'number'],
  ['active_days_30d', 'engagement', 'count'],
  ['active_days_90d', 'engagement', 'count'],
  ['active_days_trend', 'engagement', 'count'],
  ['page_views_30d', 'engagement', 'count'],
  ['page_views_90d', 'engagement', 'count'],
  ['page_views_trend', 'engagement', 'count'],
  ['email_opens_90d', 'engagement', 'count'],
  ['tickets_90d', 'service', 'count'],
  ['complaints_90d', 'service', 'count'],
  ['severe_complaints_90d', 'service', 'count'],
  ['complaints_365d', 'service', 'count'],
  ['first_response_hours', 'service', 'number'],
  ['satisfaction_avg', 'service', 'number'],
  ['satisfaction_trend', 'service', 'number'],
  ['nps_avg', 'service', 'number'],
  ['nps_trend', 'service', 'number'],
  ['competitor_signals_90d', 'market', 'count'],
  ['price_signals_90d', 'market', 'count'],
  ['tenure_days', 'profile', 'days'],
  ['days_to_contract_end', 'profile', 'days'],
];

export const featureFields: readonly FieldDef[] = features.map(([id, group, format]) => ({
  id,
  source: 'customer',
  group,
  labelKey: `catalog:fields.${id}`,
  type: 'number',
  format,
  column: id,
}));
