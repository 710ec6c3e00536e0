// Actions (PRODUCT.md §5 "Effect of an action", §6 "Actions"): the playbook library, campaigns
// with a control group drawn at random from a recorded seed (optionally within risk tiers), the
// minimum detectable effect before launch, call lists, outcomes recorded by import or by hand, and
// the effect — uplift with Newcombe's and Wald's intervals, the p-value, the sample-ratio check,
// saved customers and value, cost and ROI — overall and by segment, owner and risk tier
// (shared/uplift/). The PDCA review reads these same operations.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { FilterNodeSchema } from '../../query/ast';
import { SegmentIdSchema } from '../../segments/definition';
import { REASON_TYPE_CODES, VALUE_RISK_CODES } from '../../catalog/customer-fields';
import { locales } from '../../i18n/locales';
import { WarningFilterSchema } from './warnings';
import { isoDate } from './workspace-info';

const jobId = z.string().min(1).max(100).optional();

/** The seeds' playbooks (专属优惠, VIP 客服, 关怀回访, 产品培训, 价格方案, 竞品对比), seeded by migration 011; names translated (namespace `campaigns`, `playbooks.<code>`). */
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
  /** Where it applies: value × risk groups and churn reason types (empty: any). */
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

export const campaignOperations = {
  'playbook.list': defineOperation({
    name: 'playbook.list',
    summary: 'The playbook library: channel, cost per contact, where each applies (value × risk group, reason type) and how many campaigns use it.',
    input: z.object({}).default({}),
    output: z.object({ playbooks: z.array(PlaybookSchema) }),
  }),
  'playbook.save': defineOperation({
    name: 'playbook.save',
    summary: 'Create or change a playbook.',
    input: PlaybookWriteSchema,
    output: PlaybookSchema,
  }),
  'playbook.delete': defineOperation({
    name: 'playbook.delete',
    summary: 'Delete a playbook no campaign uses (one in use is refused with playbookInUse).',
    input: z.object({ id: PlaybookIdSchema }),
    output: z.object({ deleted: z.boolean() }),
  }),
  'playbook.suggest': defineOperation({
    name: 'playbook.suggest',
    summary: 'The playbook suggested for one customer from the newest snapshot: its value × risk group and strongest reason type matched against the library.',
    input: z.object({ customerId: z.string().min(1).max(200) }),
    output: z.object({
      playbook: PlaybookSchema.nullable(),
      valueRisk: z.enum(VALUE_RISK_CODES).nullable(),
      reasonType: z.enum(REASON_TYPE_CODES).nullable(),
    }),
  }),
  'campaign.list': defineOperation({
    name: 'campaign.list',
    summary: 'Every campaign, newest first, with its groups and, once outcomes exist, its headline uplift and ROI.',
    input: z.object({}).default({}),
    output: z.object({
      campaigns: z.array(
        CampaignSchema.extend({
          headline: z.object({ uplift: z.number(), lower: z.number(), upper: z.number(), pValue: z.number(), roi: z.number().nullable() }).nullable(),
        }),
      ),
    }),
  }),
  'campaign.get': defineOperation({
    name: 'campaign.get',
    summary: 'One campaign.',
    input: z.object({ id: CampaignIdSchema }),
    output: CampaignSchema,
  }),
  'campaign.plan': defineOperation({
    name: 'campaign.plan',
    summary: 'Before launch: the audience size, the groups a control share makes (by risk tier when stratified) and the minimum detectable effect at power 80 %, α 5 %.',
    input: z.object({
      audience: CampaignAudienceSchema,
      controlShare: z.number().min(0.01).max(0.9).default(0.2),
      stratify: StratifySchema.default('tier'),
      outcomeMetric: OutcomeMetricSchema.default('retention'),
    }),
    output: CampaignPlanSchema,
  }),
  'campaign.save': defineOperation({
    name: 'campaign.save',
    summary: 'Create a draft campaign or change one; once its groups are drawn only the name, owner, end date, hypothesis, notes and next steps change.',
    input: CampaignWriteSchema,
    output: CampaignSchema,
  }),
  'campaign.delete': defineOperation({
    name: 'campaign.delete',
    summary: 'Delete a campaign with its groups and recorded actions.',
    input: z.object({ id: CampaignIdSchema }),
    output: z.object({ deleted: z.boolean() }),
  }),
  'campaign.assign': defineOperation({
    name: 'campaign.assign',
    summary:
      'Freeze a draft campaign’s audience and draw its control group at random from the recorded seed (within risk tiers when stratified); the same seed and audience give the same groups.',
    long: true,
    input: z.object({ id: CampaignIdSchema, jobId }),
    output: z.object({ campaign: CampaignSchema, plan: CampaignPlanSchema }),
  }),
  'campaign.members': defineOperation({
    name: 'campaign.members',
    summary: 'One page of a campaign’s members with their group, frozen tier and value, contact and outcome.',
    input: z.object({
      id: CampaignIdSchema,
      group: z.enum(['treatment', 'control']).optional(),
      owner: z.string().max(200).optional(),
      search: z.string().max(200).optional(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(5000).default(100),
    }),
    output: z.object({ rows: z.array(CampaignMemberSchema), total: z.number().int().nonnegative() }),
  }),
  'campaign.recordOutcomes': defineOperation({
    name: 'campaign.recordOutcomes',
    summary: 'Record (or clear, with outcome null) the contact and outcome of members by hand, as the members grid edits them.',
    input: z.object({
      id: CampaignIdSchema,
      outcomes: z
        .array(
          z.object({
            customerId: z.string().min(1).max(200),
            date: isoDate.optional(),
            kind: z.string().max(100).optional(),
            outcome: z.enum(['success', 'failure']).nullable(),
            cost: z.number().nonnegative().max(1e9).optional(),
          }),
        )
        .min(1)
        .max(5000),
    }),
    output: z.object({ updated: z.number().int().nonnegative(), notMembers: z.array(z.string()) }),
  }),
  'campaign.importOutcomes': defineOperation({
    name: 'campaign.importOutcomes',
    summary:
      'Record outcomes from a CSV or xlsx file (customer, date, kind, outcome, cost, group — 实验组/对照组 or treatment/control; outcome 是/否, 1/0, success/fail). Without campaignId, or for a campaign with no groups, the file’s groups create them (an external experiment analysed here).',
    long: true,
    input: z.object({
      campaignId: CampaignIdSchema.optional(),
      /** For a new campaign made from the file. */
      name: z.string().trim().min(1).max(120).optional(),
      path: z.string().min(1).max(4096),
      sheet: z.string().max(200).optional(),
      jobId,
    }),
    output: z.object({
      campaign: CampaignSchema,
      created: z.boolean(),
      rows: z.number().int().nonnegative(),
      imported: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
      rejects: z.array(OutcomeRejectSchema),
    }),
  }),
  'campaign.effect': defineOperation({
    name: 'campaign.effect',
    summary:
      'The campaign’s effect over its follow-up window: rates, uplift with Newcombe and Wald intervals, p-value, sample-ratio check, saved customers and value, cost, ROI, and the same by breakdown.',
    input: z.object({ id: CampaignIdSchema, by: z.array(z.enum(BREAKDOWNS)).default([...BREAKDOWNS]) }),
    output: CampaignEffectSchema,
  }),
  'campaign.exportCallList': defineOperation({
    name: 'campaign.exportCallList',
    summary: 'The treatment group’s call list as xlsx, one sheet per owner (formula-neutralised). Desktop and CLI give a path; the browser host answers a download id.',
    long: true,
    input: z.object({ id: CampaignIdSchema, language: z.enum(locales).default('zh-CN'), path: z.string().min(1).max(4096).optional(), jobId }),
    output: z.object({
      fileName: z.string(),
      path: z.string().nullable(),
      downloadId: z.string().nullable(),
      rows: z.number().int().nonnegative(),
      sheets: z.array(z.object({ name: z.string(), owner: z.string().nullable(), rows: z.number().int().nonnegative() })),
    }),
  }),
} as const;
