// Scoring operations (snapshots, churn definition, health, models, customer 360, rates,
// cohorts and survival). Registered in ../operations.ts. Definitions: PRODUCT.md §5.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { ChurnDefinitionSchema } from '../../scoring/churn-definition';
import { HealthConfigSchema } from '../../scoring/health-config';
import { ScoringSettingsSchema } from '../../scoring/scoring-settings';
import {
  CohortRowSchema,
  CustomerProfileSchema,
  DimensionSchema,
  HistogramBinSchema,
  isoDate,
  LabelKindSchema,
  ModelKindSchema,
  ModelRunDetailSchema,
  ModelRunSummarySchema,
  NoDataIndicatorSchema,
  RatePointSchema,
  RateTotalSchema,
  SbgProjectionSchema,
  ScoreRowSchema,
  SnapshotSummarySchema,
  SourceCoverageSchema,
  SurvivalCurveSchema,
  TierCountsSchema,
  TierSchema,
  ValueRiskSchema,
} from './scoring-schemas';

export * from './scoring-schemas';

const jobId = z.string().min(1).max(100).optional();
/** A dimension id: a customer column, `attr:<key>` or a snapshot segment (see analysis.dimensions). */
const dimension = z.string().min(1).max(120);

const HealthVersionSchema = z.object({ version: z.number().int(), createdAt: z.string(), note: z.string().nullable() });

export const scoringOperations = {
  'snapshot.refresh': defineOperation({
    name: 'snapshot.refresh',
    summary: 'Create a snapshot as of a date (default: the data date) from data dated on or before it: features, labels, RFM, health, churn probability, P(alive), CLV.',
    long: true,
    input: z.object({
      asOf: isoDate.optional(),
      /** Train a logistic model first when none exists yet (default true). */
      trainIfMissing: z.boolean().default(true),
      jobId,
    }),
    output: SnapshotSummarySchema,
  }),
  'snapshot.list': defineOperation({
    name: 'snapshot.list',
    summary: 'Every snapshot, newest first, with its tier counts and fitted CLV models.',
    input: z.object({}).default({}),
    output: z.object({ snapshots: z.array(SnapshotSummarySchema) }),
  }),
  'snapshot.scores': defineOperation({
    name: 'snapshot.scores',
    summary: 'One page of scored customers of a snapshot (default: the latest), sorted by a catalog field and filtered by tier, value × risk or ids.',
    input: z.object({
      snapshotId: z.number().int().optional(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(5000).default(100),
      /** A catalog field stored with every snapshot's scores (health_score, tier, churn_probability, clv, rfm_segment, value_risk …). */
      sort: z
        .object({
          column: z
            .string()
            .regex(/^[a-z][a-z0-9_]*$/)
            .max(64),
          direction: z.enum(['asc', 'desc']),
        })
        .optional(),
      tier: TierSchema.optional(),
      valueRisk: ValueRiskSchema.optional(),
      customerIds: z.array(z.string().max(200)).max(5000).optional(),
    }),
    output: z.object({ snapshotId: z.number().int().nullable(), rows: z.array(ScoreRowSchema), total: z.number().int() }),
  }),
  'churn.getDefinition': defineOperation({
    name: 'churn.getDefinition',
    summary: 'The configured churn definition (implicit N days / k × own gap; active status, contract end or flag).',
    input: z.object({}).default({}),
    output: ChurnDefinitionSchema,
  }),
  'churn.saveDefinition': defineOperation({
    name: 'churn.saveDefinition',
    summary: 'Save the churn definition used by the next refresh, training and rates.',
    input: ChurnDefinitionSchema,
    output: ChurnDefinitionSchema,
  }),
  'scoring.getSettings': defineOperation({
    name: 'scoring.getSettings',
    summary: 'CLV horizon, margin and discount rate; value-tier shares; the risk cut-off of the value × risk matrix.',
    input: z.object({}).default({}),
    output: ScoringSettingsSchema,
  }),
  'scoring.saveSettings': defineOperation({
    name: 'scoring.saveSettings',
    summary: 'Save the scoring settings used by the next refresh.',
    input: ScoringSettingsSchema,
    output: ScoringSettingsSchema,
  }),
  'health.getConfig': defineOperation({
    name: 'health.getConfig',
    summary: 'A saved health-score configuration version (default: the newest) and the list of versions.',
    input: z.object({ version: z.number().int().optional() }),
    output: z.object({ version: z.number().int(), createdAt: z.string().nullable(), config: HealthConfigSchema, versions: z.array(HealthVersionSchema) }),
  }),
  'health.saveConfig': defineOperation({
    name: 'health.saveConfig',
    summary: 'Save a health-score configuration as a new version (used by the next refresh).',
    input: z.object({ config: HealthConfigSchema, note: z.string().max(500).optional() }),
    output: HealthVersionSchema,
  }),
  'health.preview': defineOperation({
    name: 'health.preview',
    summary:
      'Score the latest snapshot with an unsaved configuration: histogram, tier counts and before/after against the saved scores. A newer preview ends the one still running.',
    input: z.object({ config: HealthConfigSchema, jobId }),
    output: z.object({
      snapshotId: z.number().int().nullable(),
      asOf: isoDate.nullable(),
      histogram: z.array(HistogramBinSchema),
      tiers: TierCountsSchema,
      meanScore: z.number().nullable(),
      groupMeans: z.array(z.object({ group: z.string(), mean: z.number().nullable() })),
      saved: z.object({ version: z.number().int(), histogram: z.array(HistogramBinSchema), tiers: TierCountsSchema }).nullable(),
      /** Saved tier → previewed tier counts. */
      transitions: z.array(z.object({ from: TierSchema, to: TierSchema, count: z.number().int() })),
      /** The snapshot's source coverage and the draft's indicators without data (greyed out on Health). */
      sources: z.array(SourceCoverageSchema),
      noDataIndicators: z.array(NoDataIndicatorSchema),
    }),
  }),
  'health.suggestWeights': defineOperation({
    name: 'health.suggestWeights',
    summary: 'Fit the indicators to past churn and propose weights, with each indicator\u2019s AUC and coefficient as evidence.',
    long: true,
    input: z.object({ config: HealthConfigSchema.optional(), horizonDays: z.number().int().min(7).max(730).default(90), jobId }),
    output: z.object({
      trainAsOf: isoDate,
      horizonDays: z.number().int(),
      customers: z.number().int(),
      churned: z.number().int(),
      indicators: z.array(
        z.object({
          indicator: z.string(),
          group: z.string(),
          /** AUC of the indicator score (low score = churn); 0.5 = no signal. */
          auc: z.number().nullable(),
          /** Logistic coefficient per SD of the indicator score (negative = protective). */
          coefficient: z.number().nullable(),
          currentWeight: z.number(),
          suggestedWeight: z.number(),
        }),
      ),
      groups: z.array(z.object({ group: z.string(), auc: z.number().nullable(), currentWeight: z.number(), suggestedWeight: z.number() })),
      /** Combined-score AUC with the current and the suggested weights. */
      currentAuc: z.number().nullable(),
      suggestedAuc: z.number().nullable(),
      config: HealthConfigSchema,
    }),
  }),
  'model.train': defineOperation({
    name: 'model.train',
    summary: 'Train a churn-risk model on an earlier snapshot (labels = churned within the horizon after it) and evaluate it on a later, disjoint window.',
    long: true,
    input: z.object({
      model: z.enum(['logistic', 'tree']),
      label: LabelKindSchema.optional(),
      /** 'all' or a list of feature ids / `attr:<key>` / `cat:<column>`. */
      features: z.union([z.literal('all'), z.array(z.string().min(1).max(120)).min(1).max(500)]).default('all'),
      horizonDays: z.number().int().min(7).max(730).default(90),
      /** Ridge strength on standardised coefficients (logistic). */
      lambda: z.number().min(0).max(1e6).default(1),
      maxDepth: z.number().int().min(1).max(12).default(4),
      minLeaf: z.number().int().min(1).max(100_000).default(50),
      /** Seed of the stratified split when the data has no usable history. */
      seed: z.number().int().default(20240601),
      /** Evaluate as of this date (default: data date − horizon). */
      evalAsOf: isoDate.optional(),
      jobId,
    }),
    output: ModelRunSummarySchema,
  }),
  'model.list': defineOperation({
    name: 'model.list',
    summary: 'Model runs, newest first (optionally only the latest of each kind).',
    input: z.object({ latestPerKind: z.boolean().default(false), kind: ModelKindSchema.optional() }),
    output: z.object({ runs: z.array(ModelRunSummarySchema) }),
  }),
  'model.get': defineOperation({
    name: 'model.get',
    summary: 'One model run with its configuration, metrics, coefficients (plain-language labels) or rules.',
    input: z.object({ runId: z.number().int() }),
    output: ModelRunDetailSchema,
  }),
  'customer.profile': defineOperation({
    name: 'customer.profile',
    summary: 'Customer 360: profile, timeline, score history, health breakdown, churn probability and reasons, P(alive), CLV.',
    input: z.object({ customerId: z.string().min(1).max(200), snapshotId: z.number().int().optional(), timelineLimit: z.number().int().min(1).max(5000).default(500) }),
    output: CustomerProfileSchema,
  }),
  'analysis.dimensions': defineOperation({
    name: 'analysis.dimensions',
    summary: 'Dimensions churn rates and survival can be split by: customer columns, attributes and snapshot segments.',
    input: z.object({}).default({}),
    output: z.object({ dimensions: z.array(DimensionSchema) }),
  }),
  'analysis.churnByDimension': defineOperation({
    name: 'analysis.churnByDimension',
    summary: 'Monthly churn rate (active at month start who churned in it ÷ active at start) for the last N complete months, split by a dimension.',
    input: z.object({ dimension: dimension.optional(), months: z.number().int().min(1).max(120).default(12), label: LabelKindSchema.optional() }),
    output: z.object({
      dataDate: isoDate.nullable(),
      label: LabelKindSchema,
      points: z.array(RatePointSchema),
      /** Per group over all months: Σ churned ÷ Σ active at start. */
      totals: z.array(RateTotalSchema),
    }),
  }),
  'analysis.cohorts': defineOperation({
    name: 'analysis.cohorts',
    summary: 'Cohort retention matrix: share of each signup (or first-order) month cohort still active k months later.',
    input: z.object({ basis: z.enum(['signup', 'firstOrder']).default('firstOrder'), cohorts: z.number().int().min(1).max(120).default(12), label: LabelKindSchema.optional() }),
    output: z.object({ dataDate: isoDate.nullable(), label: LabelKindSchema, rows: z.array(CohortRowSchema) }),
  }),
  'analysis.survival': defineOperation({
    name: 'analysis.survival',
    summary: 'Kaplan–Meier retention curves with 95 % bands by a dimension, and an sBG projection for contractual customers.',
    input: z.object({
      dimension: dimension.optional(),
      label: LabelKindSchema.optional(),
      maxGroups: z.number().int().min(1).max(50).default(12),
      projectionPeriods: z.number().int().min(1).max(120).default(24),
    }),
    output: z.object({ dataDate: isoDate.nullable(), label: LabelKindSchema, curves: z.array(SurvivalCurveSchema), sbg: SbgProjectionSchema.nullable() }),
  }),
} as const;

export type ModelKind = z.infer<typeof ModelKindSchema>;
