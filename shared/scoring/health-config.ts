// The health-score configuration (PRODUCT.md §5), saved as numbered versions. Indicators
// name snapshot features; each has a scoring method, a direction and a weight inside its
// group; groups have weights; tiers have two cut-offs.
import { z } from 'zod';
import { featureIds } from './feature-catalog';

export const IndicatorMethodSchema = z.discriminatedUnion('method', [
  /** Mid-rank percentile among the snapshot's customers who have not churned × 100 (flipped when lower is better). */
  z.object({ method: z.literal('percentile') }),
  /** 0 at `low`, 100 at `high`, linear between and clamped (reversed when lower is better). */
  z.object({ method: z.literal('linear'), low: z.number(), high: z.number() }),
  /** First band whose `upTo` (inclusive) is ≥ the value gives the score; above all bands: `otherwise`. */
  z.object({
    method: z.literal('bands'),
    bands: z
      .array(z.object({ upTo: z.number(), score: z.number().min(0).max(100) }))
      .min(1)
      .max(20),
    otherwise: z.number().min(0).max(100),
  }),
]);

export const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
  feature: z.enum(featureIds as [string, ...string[]]),
  group: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  weight: z.number().min(0).max(1000),
  scoring: IndicatorMethodSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A group by id; its label is `scoring:health.groupNames.<id>` (other ids show as themselves). */
export const HealthGroupSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
  weight: z.number().min(0).max(1000),
});
export type HealthGroup = z.infer<typeof HealthGroupSchema>;

export const HealthConfigSchema = z
  .object({
    groups: z.array(HealthGroupSchema).min(1).max(20),
    indicators: z.array(IndicatorSchema).min(1).max(60),
    tiers: z.object({ healthy: z.number().min(0).max(100), watch: z.number().min(0).max(100) }),
  })
  .refine((c) => c.tiers.healthy >= c.tiers.watch, { message: 'tiers: healthy cut-off must be ≥ watch cut-off' })
  .refine((c) => c.indicators.every((i) => c.groups.some((g) => g.id === i.group)), {
    message: 'every indicator must belong to a defined group',
  })
  .refine((c) => new Set(c.indicators.map((i) => i.id)).size === c.indicators.length, { message: 'indicator ids must be unique' })
  .refine((c) => new Set(c.groups.map((g) => g.id)).size === c.groups.length, { message: 'group ids must be unique' });
export type HealthConfig = z.infer<typeof HealthConfigSchema>;

/**
 * The default configuration from the sources' indicator table: service (reply time,
 * satisfaction), interaction (active days, page views), purchase (order cycle, recency,
 * amount change), competition (competitor attention) and complaints (count and type).
 *
 * Group weights favour behaviour. Interaction and purchase are measured for every customer
 * and carry most of the churn signal; competition and complaints are event counts that are
 * zero — a full 100 — for nearly everyone, so with large weights they hold every quiet,
 * disengaged and overdue customer above the at-risk cut-off.
 *
 * Recency (days since the last order, 100 up to a week, 0 from 60 days) is the purchase
 * signal that exists for every buyer: the order cycle needs two order days, and a first order
 * reads as an amount increase. Without it, order-only data (a Taobao shop's 2018–2019
 * exports, where interaction, service, competition and complaints are "no data") scored
 * 626 healthy, 45 watch, 1 at risk; with it 302 / 334 / 36. On the demo workspace, scored
 * 90 days before its data date, these weights put 49 of 1,539 active customers at risk, 51 %
 * of whom churn within 90 days (without recency: 56 at 43 %); 20/20/25/15/20 group weights
 * put 7 of 3,112 there.
 */
export const defaultHealthConfig: HealthConfig = {
  groups: [
    { id: 'service', weight: 15 },
    { id: 'interaction', weight: 30 },
    { id: 'purchase', weight: 35 },
    { id: 'competition', weight: 10 },
    { id: 'complaints', weight: 10 },
  ],
  indicators: [
    { id: 'reply_time', feature: 'first_response_hours', group: 'service', direction: 'lowerIsBetter', weight: 50, scoring: { method: 'linear', low: 2, high: 48 } },
    { id: 'satisfaction', feature: 'satisfaction_avg', group: 'service', direction: 'higherIsBetter', weight: 50, scoring: { method: 'linear', low: 1, high: 5 } },
    { id: 'active_days', feature: 'active_days_30d', group: 'interaction', direction: 'higherIsBetter', weight: 60, scoring: { method: 'percentile' } },
    { id: 'page_views', feature: 'page_views_30d', group: 'interaction', direction: 'higherIsBetter', weight: 40, scoring: { method: 'percentile' } },
    {
      id: 'order_cycle',
      feature: 'overdue_ratio',
      group: 'purchase',
      direction: 'lowerIsBetter',
      weight: 50,
      scoring: {
        method: 'bands',
        bands: [
          { upTo: 1, score: 100 },
          { upTo: 1.5, score: 75 },
          { upTo: 2, score: 50 },
          { upTo: 3, score: 25 },
        ],
        otherwise: 0,
      },
    },
    { id: 'recency', feature: 'recency_days', group: 'purchase', direction: 'lowerIsBetter', weight: 30, scoring: { method: 'linear', low: 7, high: 60 } },
    { id: 'amount_change', feature: 'amount_change_90d', group: 'purchase', direction: 'higherIsBetter', weight: 20, scoring: { method: 'linear', low: -0.6, high: 0.2 } },
    {
      id: 'competitor_attention',
      feature: 'competitor_signals_90d',
      group: 'competition',
      direction: 'lowerIsBetter',
      weight: 100,
      scoring: {
        method: 'bands',
        bands: [
          { upTo: 0, score: 100 },
          { upTo: 1, score: 50 },
          { upTo: 2, score: 20 },
        ],
        otherwise: 0,
      },
    },
    {
      id: 'complaint_count',
      feature: 'complaints_90d',
      group: 'complaints',
      direction: 'lowerIsBetter',
      weight: 60,
      scoring: {
        method: 'bands',
        bands: [
          { upTo: 0, score: 100 },
          { upTo: 1, score: 60 },
          { upTo: 2, score: 30 },
        ],
        otherwise: 0,
      },
    },
    {
      id: 'complaint_severity',
      feature: 'severe_complaints_90d',
      group: 'complaints',
      direction: 'lowerIsBetter',
      weight: 40,
      scoring: {
        method: 'bands',
        bands: [
          { upTo: 0, score: 100 },
          { upTo: 1, score: 30 },
        ],
        otherwise: 0,
      },
    },
  ],
  tiers: { healthy: 70, watch: 40 },
};
