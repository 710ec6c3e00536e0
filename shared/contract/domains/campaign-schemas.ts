// The schemas of the actions domain (its operations are in campaigns.ts). PRODUCT.md §5 "Effect
// of an action", §6 "Actions": the playbook library, campaigns
// with a control group drawn at random from a recorded seed (optionally within risk tiers), the
// minimum detectable effect before launch, call lists, outcomes recorded by import or by hand, and
// the effect — uplift with Newcombe's and Wald's intervals, the p-value, the sample-ratio check,
// saved customers and value, cost and ROI — overall and by segment, owner and risk tier
// (shared/uplift/). The PDCA review reads these same operations.
import { z } from 'zod';
import { FilterNodeSchema } from '../../query/ast';
import { SegmentIdSchema } from '../../segments/definition';
import { REASON_TYPE_CODES, VALUE_RISK_CODES } from '../../catalog/customer-fields';
import { WarningFilterSchema } from './warnings';
import { isoDate } from './workspace-info';

/** The seeds' playbooks (专属优惠, VIP 客服, 关怀回访, 产品培训, 价格方案, 竞品对比), seeded by migration 011; names translated (namespace `campaign-words`, `playbooks.<code>.name`). */
export const BUILTIN_PLAYBOOKS = ['exclusiveOffer', 'vipService', 'careCall', 'productTraining', 'pricingPlan', 'competitorComparison'] as const;
export const BuiltinPlaybookSchema = z.enum(BUILTIN_PLAYBOOKS);

export const CHANNELS = ['phone', 'sms', 'email', 'wechat', 'visit', 'app', 'other'] as const;
export const ChannelSchema = z.enum(CHANNELS);

export const PlaybookIdSchema = z.number().int().positive();

export const PlaybookSchema = z.object({
  id: PlaybookIdSchema,
  /** Null for a built-in playbook nobody renamed: the UI shows its translated name. */
  name: z.string().nullable(),
  builtin: BuiltinPlaybookSchema.nullable(),
  description: z.string(),
  channel: ChannelSchema,
  costPerContact: z.number().nonnegative(),
  /** Where it applies: value × risk groups and churn reason types (empty: every one). */
  valueRisk: z.array(z.enum(VALUE_RISK_CODES)),
  reasonTypes: z.array(z.enum(REASON_TYPE_CODES)),
  updatedAt: z.string(),
  /** Campaigns that use it. */
  campaigns: z.number().int().nonnegative(),
});
export type Playbook = z.infer<typeof PlaybookSchema>;

export const PlaybookWriteSchema = z.object({
  id: PlaybookIdSchema.optional(),
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  channel: ChannelSchema,
  costPerContact: z.number().nonnegative().max(1e9),
  valueRisk: z.array(z.enum(VALUE_RISK_CODES)).default([]),
  reasonTypes: z.array(z.enum(REASON_TYPE_CODES)).default([]),
});

/** Who a campaign targets; frozen into its groups by campaign.assign. */
export const CampaignAudienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segmentId: SegmentIdSchema }),
  z.object({ kind: z.literal('filter'), filter: FilterNodeSchema }),
  /** The customers of the inbox's warnings matching a filter (its "start a campaign from these"). */
  z.object({ kind: z.literal('warnings'), filter: WarningFilterSchema }),
  z.object({ kind: z.literal('customers'), customerIds: z.array(z.string().min(1).max(200)).min(1).max(200_000) }),
]);
export type CampaignAudience = z.infer<typeof CampaignAudienceSchema>;

/**
 * What counts as success for a member over the follow-up window: retention (not churned by the
 * window's end, from the churn facts), win-back (an order within the window) or the outcome
 * recorded per member (imported or edited).
 */
export const OUTCOME_METRICS = ['retention', 'winback', 'recorded'] as const;
export const OutcomeMetricSchema = z.enum(OUTCOME_METRICS);
export type OutcomeMetric = z.infer<typeof OutcomeMetricSchema>;

/** draft: no groups yet; running: groups frozen, follow-up window open; finished: window over; where it came from decides nothing else. */
export const CampaignStatusSchema = z.enum(['draft', 'running', 'finished']);
export const CampaignOriginSchema = z.enum(['app', 'import', 'data']);
export const StratifySchema = z.enum(['none', 'tier']);

export const CampaignIdSchema = z.string().min(1).max(120);

export const CampaignSchema = z.object({
  id: CampaignIdSchema,
  name: z.string(),
  playbookId: PlaybookIdSchema.nullable(),
  /** The playbook as text (campaigns imported from data name it in words). */
  playbookText: z.string().nullable(),
  channel: z.string().nullable(),
  owner: z.string().nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  followUpDays: z.number().int().positive(),
  costPerContact: z.number().nonnegative().nullable(),
  controlShare: z.number().min(0).max(1).nullable(),
  seed: z.number().int().nullable(),
  stratify: StratifySchema,
  outcomeMetric: OutcomeMetricSchema,
  audience: CampaignAudienceSchema.nullable(),
  hypothesis: z.string(),
  notes: z.string(),
  nextSteps: z.string(),
  status: CampaignStatusSchema,
  origin: CampaignOriginSchema,
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  groups: z.object({ treatment: z.number().int().nonnegative(), control: z.number().int().nonnegative() }),
  /** Members with a recorded contact, with a recorded outcome, and the recorded cost in all. */
  contacted: z.number().int().nonnegative(),
  outcomes: z.number().int().nonnegative(),
  recordedCost: z.number().nonnegative(),
});
export type Campaign = z.infer<typeof CampaignSchema>;

const campaignFields = {
  name: z.string().trim().min(1).max(120),
  playbookId: PlaybookIdSchema.nullable().default(null),
  owner: z.string().trim().max(200).nullable().default(null),
  startDate: isoDate,
  endDate: isoDate,
  followUpDays: z.number().int().min(1).max(3650).default(90),
  costPerContact: z.number().nonnegative().max(1e9).default(0),
  controlShare: z.number().min(0.01).max(0.9).default(0.2),
  stratify: StratifySchema.default('tier'),
  /** Absent: drawn at random and recorded. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  outcomeMetric: OutcomeMetricSchema.default('retention'),
  audience: CampaignAudienceSchema,
  hypothesis: z.string().max(4000).default(''),
  notes: z.string().max(8000).default(''),
  nextSteps: z.string().max(8000).default(''),
};

export const CampaignWriteSchema = z.object({ id: CampaignIdSchema.optional(), ...campaignFields });
export type CampaignWrite = z.input<typeof CampaignWriteSchema>;

export const ProportionSchema = z.object({ n: z.number().int().nonnegative(), successes: z.number().int().nonnegative(), rate: z.number().nullable() });
const IntervalSchema = z.object({ lower: z.number(), upper: z.number() });
const EstimateSchema = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

/** Before launch: the groups the draw will make and the smallest uplift they can detect (power 80 %, α 5 %, two-sided). */
export const CampaignPlanSchema = z.object({
  audience: z.number().int().nonnegative(),
  /** Churned customers are left out of a retention campaign, live ones out of a win-back. */
  excluded: z.number().int().nonnegative(),
  treatment: z.number().int().nonnegative(),
  control: z.number().int().nonnegative(),
  /** The expected success rate without action: 1 − mean churn probability of the audience (retention), or the history's rate. */
  baselineRate: z.number().nullable(),
  /** Smallest detectable difference in rate (absolute), or null when a group is empty. */
  mde: z.number().nullable(),
  power: z.number(),
  alpha: z.number(),
  strata: z.array(z.object({ stratum: z.string(), n: z.number().int().nonnegative(), control: z.number().int().nonnegative() })),
});
export type CampaignPlan = z.infer<typeof CampaignPlanSchema>;

export const BREAKDOWNS = ['valueRisk', 'owner', 'tier'] as const;

export const EffectRowSchema = z.object({
  key: z.string().nullable(),
  treatment: ProportionSchema,
  control: ProportionSchema,
  uplift: z.number().nullable(),
  newcombe: IntervalSchema.nullable(),
  pValue: z.number().nullable(),
});
export type EffectRow = z.infer<typeof EffectRowSchema>;

export const CampaignEffectSchema = z.object({
  campaignId: CampaignIdSchema,
  metric: OutcomeMetricSchema,
  window: z.object({ start: isoDate.nullable(), end: isoDate.nullable(), complete: z.boolean(), dataDate: isoDate.nullable() }),
  drawn: z.object({ treatment: z.number().int().nonnegative(), control: z.number().int().nonnegative(), controlShare: z.number().nullable() }),
  treatment: ProportionSchema,
  control: ProportionSchema,
  /** Null (with `problem`) when a group has no measured member. */
  uplift: z.number().nullable(),
  newcombe: IntervalSchema.nullable(),
  wald: IntervalSchema.nullable(),
  z: z.number().nullable(),
  pValue: z.number().nullable(),
  /** χ² of the measured group sizes against the drawn control share; alarm below p 0.001. */
  srm: z.object({ chiSquare: z.number(), pValue: z.number(), alarm: z.boolean() }).nullable(),
  mde: z.number().nullable(),
  savedCustomers: EstimateSchema.nullable(),
  meanClv: z.number().nullable(),
  savedValue: EstimateSchema.nullable(),
  cost: z.number().nullable(),
  roi: EstimateSchema.nullable(),
  breakdowns: z.array(z.object({ by: z.enum(BREAKDOWNS), rows: z.array(EffectRowSchema) })),
  problem: z.enum(['noMembers', 'noOutcomes', 'emptyGroup']).nullable(),
});
export type CampaignEffect = z.infer<typeof CampaignEffectSchema>;

export const CampaignMemberSchema = z.object({
  customerId: z.string(),
  name: z.string().nullable(),
  owner: z.string().nullable(),
  group: z.enum(['treatment', 'control']),
  stratum: z.string().nullable(),
  tier: z.string().nullable(),
  valueRisk: z.string().nullable(),
  clv: z.number().nullable(),
  churnProbability: z.number().nullable(),
  contactedOn: isoDate.nullable(),
  kind: z.string().nullable(),
  outcome: z.enum(['success', 'failure']).nullable(),
  cost: z.number().nullable(),
});
export type CampaignMember = z.infer<typeof CampaignMemberSchema>;

export const OutcomeRejectSchema = z.object({ row: z.number().int().positive(), column: z.string().nullable(), code: z.string(), value: z.string().nullable() });
