// Response shapes of the scoring operations (snapshots, health, models, customer 360,
// analyses). Numbers that can be undefined (AUC with one class, a missing feature) are null.
import { z } from 'zod';
import { reasonTypes } from '../../scoring/reason-types';
import { StoredSnapshotWarningSchema } from './snapshot-warnings';
import { healthSources } from '../../scoring/source-coverage';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const num = z.number().nullable();

export const TierSchema = z.enum(['healthy', 'watch', 'atRisk']);
export const ReasonTypeSchema = z.enum(reasonTypes);
export const ValueTierSchema = z.enum(['high', 'medium', 'low']);
/** PRODUCT.md §5 value × risk segments: 高价值 / 潜力 / 流失预警 / 低价值. */
export const ValueRiskSchema = z.enum(['highValue', 'potential', 'warning', 'lowValue']);
export const ModelKindSchema = z.enum(['logistic', 'tree', 'bgnbd', 'gammaGamma']);
export const LabelKindSchema = z.enum(['implicit', 'active']);

export const TierCountsSchema = z.object({ healthy: z.number().int(), watch: z.number().int(), atRisk: z.number().int() });

export const BgNbdSummarySchema = z.object({
  r: z.number(),
  alpha: z.number(),
  a: z.number(),
  b: z.number(),
  /** Time unit of recency, T and alpha (alpha scales with it; r, a, b do not). */
  timeUnit: z.literal('week'),
  customers: z.number().int(),
  logLik: z.number(),
});
export const GammaGammaSummarySchema = z.object({ p: z.number(), q: z.number(), v: z.number(), customers: z.number().int() });

export const HealthSourceSchema = z.enum(healthSources);
/** One event source's coverage on the snapshot's day (shared/scoring/source-coverage.ts). */
export const SourceCoverageSchema = z.object({
  source: HealthSourceSchema,
  customers: z.number().int(),
  share: z.number(),
  rowsInWindow: z.number().int(),
  present: z.boolean(),
});
/** An indicator left out of the health score because its sources are absent. */
export const NoDataIndicatorSchema = z.object({ indicator: z.string(), sources: z.array(HealthSourceSchema) });

export const SnapshotSummarySchema = z.object({
  snapshotId: z.number().int(),
  asOf: isoDate,
  createdAt: z.string(),
  customers: z.number().int(),
  churnDefinition: z.unknown(),
  healthConfigVersion: z.number().int(),
  /** The model run whose probabilities this snapshot carries, null when none was trained. */
  modelRunId: z.number().int().nullable(),
  tierCounts: TierCountsSchema,
  valueRiskCounts: z.record(ValueRiskSchema, z.number().int()),
  meanHealth: num,
  atRiskClv: num,
  bgnbd: BgNbdSummarySchema.nullable(),
  gammaGamma: GammaGammaSummarySchema.nullable(),
  durationMs: z.number(),
  /** Codes with params; snapshots of older versions stored English sentences, still returned as they are. */
  warnings: z.array(StoredSnapshotWarningSchema),
  /** Coverage of each event source (empty for snapshots written before it was recorded). */
  sources: z.array(SourceCoverageSchema),
  /** Indicators scored "no data" for everyone: out of the score, weights renormalised. */
  noDataIndicators: z.array(NoDataIndicatorSchema),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

/** A churn reason by feature id; clients label it with `catalog:fields.<feature>`. */
export const ReasonSchema = z.object({
  feature: z.string(),
  reasonType: ReasonTypeSchema,
  /** Contribution to the log-odds (logistic) or the path's share of the leaf (tree). */
  contribution: z.number(),
  value: num,
});
export type Reason = z.infer<typeof ReasonSchema>;

export const GroupScoreSchema = z.object({
  group: z.string(),
  /** 0–100, null when none of its indicators had data. */
  score: num,
  /** Normalised weight actually applied (sums to 1 over groups with data). */
  weight: z.number(),
  /** score × weight: the group's points in the health score (they sum to the score). */
  points: z.number(),
});
export const IndicatorScoreSchema = z.object({ indicator: z.string(), group: z.string(), value: num, score: num, weight: z.number() });

export const ScoreRowSchema = z.object({
  customerId: z.string(),
  name: z.string().nullable(),
  healthScore: num,
  tier: TierSchema.nullable(),
  healthChange: num,
  churnProbability: num,
  pAlive: num,
  expectedPurchases90d: num,
  clv: num,
  rfmR: z.number().int().nullable(),
  rfmF: z.number().int().nullable(),
  rfmM: z.number().int().nullable(),
  rfmSegment: z.string().nullable(),
  valueTier: ValueTierSchema.nullable(),
  valueRisk: ValueRiskSchema.nullable(),
  churned: z.boolean(),
  reasons: z.array(ReasonSchema),
});
export type ScoreRow = z.infer<typeof ScoreRowSchema>;

export const TopKSchema = z.object({ fraction: z.number(), k: z.number().int(), precision: num, recall: num, lift: num });
export const LiftRowSchema = z.object({
  decile: z.number().int(),
  n: z.number().int(),
  positives: z.number().int(),
  rate: num,
  lift: num,
  cumulativeCapture: num,
  cumulativeLift: num,
});
export const CalibrationBinSchema = z.object({ lower: z.number(), upper: z.number(), n: z.number().int(), meanPredicted: num, observedRate: num });
export const ModelMetricsSchema = z.object({
  n: z.number().int(),
  positives: z.number().int(),
  baseRate: num,
  auc: num,
  prAuc: num,
  brier: num,
  topK: z.array(TopKSchema),
  lift: z.array(LiftRowSchema),
  calibration: z.array(CalibrationBinSchema),
  /** ROC vertices thinned to ≤ 200 points for charts. */
  roc: z.array(z.object({ fpr: z.number(), tpr: z.number() })),
});
export type ModelMetrics = z.infer<typeof ModelMetricsSchema>;

export const ModelRunSummarySchema = z.object({
  runId: z.number().int(),
  kind: ModelKindSchema,
  createdAt: z.string(),
  label: LabelKindSchema.nullable(),
  /** train: features as of trainAsOf, labels = churned in (trainAsOf, trainAsOf + horizon]. */
  trainAsOf: isoDate.nullable(),
  evalAsOf: isoDate.nullable(),
  horizonDays: z.number().int().nullable(),
  /** 'time' = later disjoint window; 'random' = stratified split with `seed`. */
  evaluation: z.enum(['time', 'random', 'none']),
  seed: z.number().int().nullable(),
  trainRows: z.number().int(),
  evalRows: z.number().int(),
  features: z.array(z.string()),
  metrics: ModelMetricsSchema.nullable(),
  /** Fitted parameters: BG/NBD {r, alpha, a, b, timeUnit}, Gamma-Gamma {p, q, v}, logistic {intercept, lambda}. */
  params: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export type ModelRunSummary = z.infer<typeof ModelRunSummarySchema>;

/** A design column (`feature`, `feature__missing`, `column=level`); clients label it from the catalog. */
export const CoefficientSchema = z.object({
  feature: z.string(),
  reasonType: ReasonTypeSchema,
  /** Per standard deviation of the feature: comparable importances. */
  coefStd: z.number(),
  coef: z.number(),
});
export const TreeRuleSchema = z.object({ leaf: z.number().int(), text: z.string(), n: z.number().int(), positives: z.number().int(), p: z.number() });

export const ModelRunDetailSchema = ModelRunSummarySchema.extend({
  config: z.unknown(),
  coefficients: z.array(CoefficientSchema),
  rules: z.array(TreeRuleSchema),
  trainMetrics: ModelMetricsSchema.nullable(),
});
export type ModelRunDetail = z.infer<typeof ModelRunDetailSchema>;

export const HistogramBinSchema = z.object({ lower: z.number(), upper: z.number(), count: z.number().int() });

export const TimelineEventSchema = z.object({
  date: z.string(),
  kind: z.enum(['order', 'activity', 'ticket', 'survey', 'signal', 'action']),
  title: z.string(),
  detail: z.string().nullable(),
  amount: num,
});

export const CustomerProfileSchema = z.object({
  customer: z.record(z.string(), z.unknown()),
  attributes: z.record(z.string(), z.unknown()),
  snapshotId: z.number().int().nullable(),
  asOf: isoDate.nullable(),
  score: ScoreRowSchema.nullable(),
  groups: z.array(GroupScoreSchema),
  indicators: z.array(IndicatorScoreSchema),
  features: z.record(z.string(), num),
  history: z.array(
    z.object({
      snapshotId: z.number().int(),
      asOf: isoDate,
      healthScore: num,
      tier: TierSchema.nullable(),
      churnProbability: num,
      clv: num,
      /** The health-configuration version the score was computed with. */
      healthVersion: z.number().int(),
      /** Change since the previous snapshot; null when the customer was not scored then or the basis changed. */
      healthChange: num,
      /** The configuration (or the indicators without data) differs from the previous point's: scores are not comparable across it. */
      configChanged: z.boolean(),
    }),
  ),
  timeline: z.array(TimelineEventSchema),
  /** Timeline events cut at this many, newest first. */
  timelineTruncated: z.boolean(),
});
export type CustomerProfile = z.infer<typeof CustomerProfileSchema>;

export const RatePointSchema = z.object({
  group: z.string(),
  month: z.string(),
  activeAtStart: z.number().int(),
  churned: z.number().int(),
  rate: num,
});
export const RateTotalSchema = z.object({ group: z.string(), activeAtStart: z.number().int(), churned: z.number().int(), rate: num });

export const CohortRowSchema = z.object({
  cohort: z.string(),
  size: z.number().int(),
  /** cells[k] = share of the cohort active at the end of month cohort + k; null when not yet observed. */
  cells: z.array(num),
  active: z.array(z.number().int().nullable()),
});

export const KmPointSchema = z.object({ time: z.number(), nRisk: z.number().int(), survival: z.number(), lower: z.number(), upper: z.number() });
export const SurvivalCurveSchema = z.object({
  group: z.string(),
  n: z.number().int(),
  events: z.number().int(),
  medianDays: num,
  points: z.array(KmPointSchema),
});
export const SbgProjectionSchema = z.object({
  customers: z.number().int(),
  alpha: z.number(),
  beta: z.number(),
  periodDays: z.number().int(),
  /** Observed (Kaplan–Meier) and projected survival per period, period 0 = 1. */
  observed: z.array(z.number()),
  projected: z.array(z.number()),
});

/** A catalog field churn rates and survival can be split by; labels come from i18n (`labelKey`), an attribute shows its own name. */
export const DimensionSchema = z.object({ id: z.string(), labelKey: z.string(), rawLabel: z.string().optional(), source: z.enum(['customer', 'attribute', 'snapshot']) });
