// Every per-customer feature a snapshot computes, with plain-language labels in both
// languages and the churn reason type a contribution of this feature is reported as.
// The ids are the column names of `snapshot_features`: this list is their whitelist.
import type { ReasonType } from './reason-types';

export interface FeatureSpec {
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  readonly reason: ReasonType;
  /** Stored as INTEGER (counts, days) rather than REAL. */
  readonly integer: boolean;
}

const f = <I extends string>(id: I, en: string, zh: string, reason: ReasonType, integer = false) => ({ id, en, zh, reason, integer }) as const;

export const featureCatalog = [
  f('recency_days', 'Days since last order', '距上次下单天数', 'engagement', true),
  f('orders_30d', 'Orders, last 30 days', '近30天订单数', 'engagement', true),
  f('orders_90d', 'Orders, last 90 days', '近90天订单数', 'engagement', true),
  f('orders_180d', 'Orders, last 180 days', '近180天订单数', 'engagement', true),
  f('orders_365d', 'Orders, last 365 days', '近365天订单数', 'engagement', true),
  f('amount_30d', 'Amount, last 30 days', '近30天金额', 'engagement'),
  f('amount_90d', 'Amount, last 90 days', '近90天金额', 'engagement'),
  f('amount_180d', 'Amount, last 180 days', '近180天金额', 'engagement'),
  f('amount_365d', 'Amount, last 365 days', '近365天金额', 'engagement'),
  f('amount_change_90d', 'Amount change, last 90 vs previous 90 days', '近90天金额环比变化', 'price'),
  f('avg_discount_90d', 'Average discount, last 90 days', '近90天平均折扣', 'price'),
  f('median_order_gap_days', 'Median days between orders', '下单间隔中位数(天)', 'engagement'),
  f('overdue_ratio', 'Days since last order ÷ median gap', '逾期比(距上次下单÷间隔中位数)', 'engagement'),
  f('active_days_30d', 'Active days, last 30 days', '近30天活跃天数', 'engagement', true),
  f('active_days_90d', 'Active days, last 90 days', '近90天活跃天数', 'engagement', true),
  f('active_days_trend', 'Active days, last 30 minus previous 30', '活跃天数趋势(近30天−前30天)', 'engagement', true),
  f('page_views_30d', 'Page views, last 30 days', '近30天页面浏览量', 'engagement', true),
  f('page_views_90d', 'Page views, last 90 days', '近90天页面浏览量', 'engagement', true),
  f('page_views_trend', 'Page views, last 30 minus previous 30', '浏览量趋势(近30天−前30天)', 'engagement', true),
  f('email_opens_90d', 'Emails opened, last 90 days', '近90天邮件打开数', 'communication', true),
  f('tickets_90d', 'Service tickets, last 90 days', '近90天工单数', 'service', true),
  f('complaints_90d', 'Complaints, last 90 days', '近90天投诉数', 'experience', true),
  f('severe_complaints_90d', 'High-severity complaints, last 90 days', '近90天严重投诉数', 'experience', true),
  f('complaints_365d', 'Complaints, last 365 days', '近365天投诉数', 'experience', true),
  f('first_response_hours', 'Median first-response hours, last 180 days', '近180天首次响应时长中位数(小时)', 'service'),
  f('satisfaction_avg', 'Average satisfaction (1–5), last 180 days', '近180天平均满意度(1–5)', 'service'),
  f('satisfaction_trend', 'Satisfaction, last 180 days minus the 180 before', '满意度趋势', 'service'),
  f('nps_avg', 'Average NPS score (0–10), last 180 days', '近180天平均NPS评分(0–10)', 'experience'),
  f('nps_trend', 'NPS score, last 180 days minus the 180 before', 'NPS趋势', 'experience'),
  f('competitor_signals_90d', 'Competitor signals, last 90 days', '近90天竞品信号数', 'competition', true),
  f('price_signals_90d', 'Price-comparison signals, last 90 days', '近90天比价信号数', 'price', true),
  f('tenure_days', 'Tenure (days since signup)', '客户年龄(注册天数)', 'engagement', true),
  f('days_to_contract_end', 'Days to contract end', '距合同到期天数', 'communication', true),
] as const satisfies readonly FeatureSpec[];

export type FeatureId = (typeof featureCatalog)[number]['id'];
export const featureIds: FeatureId[] = featureCatalog.map((x) => x.id);
export const featureIndex: ReadonlyMap<string, number> = new Map(featureIds.map((id, i) => [id, i]));

export function featureSpec(id: string): FeatureSpec | undefined {
  const i = featureIndex.get(id);
  return i === undefined ? undefined : featureCatalog[i];
}
