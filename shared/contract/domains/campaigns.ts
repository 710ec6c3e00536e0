// Actions (PRODUCT.md §5 "Effect of an action", §6 "Actions"): the operations over playbooks and
// campaigns; their schemas are in campaign-schemas.ts (re-exported here).
import { z } from 'zod';
import { defineOperation } from '../operation';
import { REASON_TYPE_CODES, VALUE_RISK_CODES } from '../../catalog/customer-fields';
import { locales } from '../../i18n/locales';
import { isoDate } from './workspace-info';
import { ListByOwnerFileSchema } from './export';
import {
  BREAKDOWNS,
  CampaignAudienceSchema,
  CampaignEffectSchema,
  CampaignIdSchema,
  CampaignMemberSchema,
  CampaignPlanSchema,
  CampaignSchema,
  CampaignWriteSchema,
  OutcomeMetricSchema,
  OutcomeRejectSchema,
  PlaybookIdSchema,
  PlaybookSchema,
  PlaybookWriteSchema,
  StratifySchema,
} from './campaign-schemas';

export * from './campaign-schemas';

const jobId = z.string().min(1).max(100).optional();

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
    output: ListByOwnerFileSchema,
  }),
} as const;
