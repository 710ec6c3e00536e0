// Warnings (PRODUCT.md §6 "Warnings"): rules evaluated on the newest snapshot after every refresh,
// one state per customer × rule (shared/warnings/state-machine.ts), the inbox that works them,
// the high-risk list by owner, and the desktop notification of new ones. A rule's condition is the
// core's filter AST (shared/query/ast.ts): every field is whitelisted by the catalog and every
// value bound, and "lower is better" or equality at a threshold is spelled by the operator itself
// (health_score < 40 leaves 40 out; churn_probability >= 0.6 takes 0.6 in).
import { z } from 'zod';
import { defineOperation } from '../operation';
import { FilterNodeSchema } from '../../query/ast';
import { SegmentIdSchema } from '../../segments/definition';
import { locales } from '../../i18n/locales';
import { isoDate } from './workspace-info';
import { ListByOwnerFileSchema } from './export';

const jobId = z.string().min(1).max(100).optional();

export const WARNING_SEVERITIES = ['high', 'medium', 'low'] as const;
export const WarningSeveritySchema = z.enum(WARNING_SEVERITIES);
export type WarningSeverity = z.infer<typeof WarningSeveritySchema>;

/**
 * open: raised and nobody has taken it yet; acknowledged: someone works it; resolved: closed by a
 * person with a note; expired: its condition stopped holding at a refresh before anyone resolved it.
 */
export const WARNING_STATES = ['open', 'acknowledged', 'resolved', 'expired'] as const;
export const WarningStateSchema = z.enum(WARNING_STATES);
export type WarningState = z.infer<typeof WarningStateSchema>;

/** The default rules of PRODUCT.md §6, seeded by migration 011; their names are translated (namespace `warning-words`, `builtin.<code>.name`). */
export const BUILTIN_WARNING_RULES = ['lowHealthHighValue', 'scoreDrop', 'overdueCycle'] as const;
export const BuiltinWarningRuleSchema = z.enum(BUILTIN_WARNING_RULES);
export type BuiltinWarningRule = z.infer<typeof BuiltinWarningRuleSchema>;

/** Whom a rule watches: every customer not churned as of the snapshot, or the members of a saved segment (still never churned ones). */
export const WarningTargetSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('all') }), z.object({ kind: z.literal('segment'), segmentId: SegmentIdSchema })]);
export type WarningTarget = z.infer<typeof WarningTargetSchema>;

export const WarningRuleIdSchema = z.number().int().positive();

export const WarningRuleSchema = z.object({
  id: WarningRuleIdSchema,
  /** Null for a built-in rule nobody renamed: the UI shows its translated name. */
  name: z.string().nullable(),
  builtin: BuiltinWarningRuleSchema.nullable(),
  description: z.string(),
  target: WarningTargetSchema,
  condition: FilterNodeSchema,
  severity: WarningSeveritySchema,
  enabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Warnings of the rule now open and acknowledged. */
  open: z.number().int().nonnegative(),
  acknowledged: z.number().int().nonnegative(),
  /** Null when the rule cannot be evaluated now (a field or segment it names is gone): its problem code. */
  problem: z.string().nullable(),
});
export type WarningRule = z.infer<typeof WarningRuleSchema>;

export const WarningRuleWriteSchema = z.object({
  /** Absent: a new rule. */
  id: WarningRuleIdSchema.optional(),
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  target: WarningTargetSchema.default({ kind: 'all' }),
  condition: FilterNodeSchema,
  severity: WarningSeveritySchema.default('medium'),
  enabled: z.boolean().default(true),
});
export type WarningRuleWrite = z.input<typeof WarningRuleWriteSchema>;

export const WarningIdSchema = z.number().int().positive();

/** One warning as the inbox lists it: the rule, the customer with the scores it fired on, and its state. */
export const WarningRowSchema = z.object({
  id: WarningIdSchema,
  ruleId: WarningRuleIdSchema,
  ruleName: z.string().nullable(),
  ruleBuiltin: BuiltinWarningRuleSchema.nullable(),
  severity: WarningSeveritySchema,
  state: WarningStateSchema,
  customerId: z.string(),
  customerName: z.string().nullable(),
  /** The customer's account manager when it fired: where the warning is routed. */
  owner: z.string().nullable(),
  /** Who works it now (default: the owner); changed by assign. */
  assignee: z.string().nullable(),
  /** The snapshot date it fired on, and the newest one it still held on. */
  firedOn: isoDate,
  lastSeenOn: isoDate,
  /** The newest scores (null once the customer is no longer scored). */
  healthScore: z.number().nullable(),
  tier: z.string().nullable(),
  churnProbability: z.number().nullable(),
  clv: z.number().nullable(),
  valueRisk: z.string().nullable(),
  topReason: z.string().nullable(),
  note: z.string(),
  updatedAt: z.string(),
  /** Raised by the newest refresh. */
  isNew: z.boolean(),
});
export type WarningRow = z.infer<typeof WarningRowSchema>;

export const WarningFilterSchema = z.object({
  ruleIds: z.array(WarningRuleIdSchema).max(200).optional(),
  severities: z.array(WarningSeveritySchema).optional(),
  /** Owner or assignee names; '' stands for "no owner". */
  owners: z.array(z.string().max(200)).max(500).optional(),
  /** Default: open and acknowledged. */
  states: z.array(WarningStateSchema).optional(),
  /** Customers now in this saved segment or list. */
  segmentId: SegmentIdSchema.optional(),
  customerId: z.string().max(200).optional(),
  /** Raised by the newest refresh only. */
  onlyNew: z.boolean().optional(),
  /** Matches customer id or name. */
  search: z.string().max(200).optional(),
});
export type WarningFilter = z.infer<typeof WarningFilterSchema>;

export const WARNING_SORT_KEYS = ['severity', 'firedOn', 'healthScore', 'churnProbability', 'clv', 'owner', 'customerId'] as const;

/** Which warnings an inbox action applies to: picked ids, or every warning matching a filter (bulk). */
export const WarningSelectionSchema = z.union([z.object({ ids: z.array(WarningIdSchema).min(1).max(100_000) }), z.object({ filter: WarningFilterSchema })]);
export type WarningSelection = z.infer<typeof WarningSelectionSchema>;

export const WarningSummarySchema = z.object({
  open: z.number().int().nonnegative(),
  acknowledged: z.number().int().nonnegative(),
  /** Open warnings by severity. */
  bySeverity: z.object({ high: z.number().int().nonnegative(), medium: z.number().int().nonnegative(), low: z.number().int().nonnegative() }),
  /** Raised by the newest evaluation (a refresh), and when that was. */
  raisedLast: z.number().int().nonnegative(),
  evaluatedOn: isoDate.nullable(),
  snapshotId: z.number().int().nullable(),
  /** The newest single run (a refresh, or Evaluate now on the same snapshot): when, what it raised and how many of those are high — what a notification announces. */
  lastRun: z.object({ evaluatedAt: z.string(), raised: z.number().int().nonnegative(), high: z.number().int().nonnegative() }).nullable(),
});
export type WarningSummary = z.infer<typeof WarningSummarySchema>;

/** What one evaluation (after a refresh) did; stored in warning_evaluations and in the snapshot's summary as `warningEvaluation`. */
export const WarningEvaluationSchema = z.object({
  snapshotId: z.number().int(),
  asOf: isoDate,
  raised: z.number().int().nonnegative(),
  raisedBySeverity: z.object({ high: z.number().int().nonnegative(), medium: z.number().int().nonnegative(), low: z.number().int().nonnegative() }),
  /** Open or acknowledged warnings whose condition no longer holds. */
  expired: z.number().int().nonnegative(),
  /** Still holding, not raised again. */
  held: z.number().int().nonnegative(),
  /** Rules that could not be evaluated (their problem codes by rule id). */
  skipped: z.array(z.object({ ruleId: WarningRuleIdSchema, problem: z.string() })),
});
export type WarningEvaluation = z.infer<typeof WarningEvaluationSchema>;

export const warningOperations = {
  'warning.rules': defineOperation({
    name: 'warning.rules',
    summary: 'Every warning rule with its open and acknowledged counts and, when it cannot be evaluated now, its problem code.',
    input: z.object({}).default({}),
    output: z.object({ rules: z.array(WarningRuleSchema) }),
  }),
  'warning.saveRule': defineOperation({
    name: 'warning.saveRule',
    summary: 'Create or change a rule (the condition must compile against the catalog); it is evaluated at the next refresh, or now with warning.evaluate.',
    input: WarningRuleWriteSchema,
    output: WarningRuleSchema,
  }),
  'warning.deleteRule': defineOperation({
    name: 'warning.deleteRule',
    summary: 'Delete a rule and its warnings.',
    input: z.object({ id: WarningRuleIdSchema }),
    output: z.object({ deleted: z.boolean() }),
  }),
  'warning.evaluate': defineOperation({
    name: 'warning.evaluate',
    summary: 'Evaluate every enabled rule on the newest snapshot now (a refresh does it by itself): raise, hold and expire warnings.',
    long: true,
    input: z.object({ jobId }),
    output: WarningEvaluationSchema,
  }),
  'warning.list': defineOperation({
    name: 'warning.list',
    summary: 'One page of warnings for the inbox, filtered by rule, severity, owner, state, segment or customer, most severe and newest first by default.',
    input: z.object({
      filter: WarningFilterSchema.default({}),
      sort: z.object({ key: z.enum(WARNING_SORT_KEYS), direction: z.enum(['asc', 'desc']) }).optional(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(5000).default(100),
    }),
    output: z.object({ rows: z.array(WarningRowSchema), total: z.number().int().nonnegative(), owners: z.array(z.string()), asOf: isoDate.nullable() }),
  }),
  'warning.update': defineOperation({
    name: 'warning.update',
    summary: 'Acknowledge, assign, resolve (with a note) or reopen warnings, by id or by filter. Answers the previous states so the inbox can undo (warning.restore).',
    input: z.object({
      selection: WarningSelectionSchema,
      action: z.enum(['acknowledge', 'assign', 'resolve', 'reopen']),
      assignee: z.string().trim().max(200).optional(),
      note: z.string().max(2000).optional(),
    }),
    output: z.object({
      updated: z.number().int().nonnegative(),
      previous: z.array(z.object({ id: WarningIdSchema, state: WarningStateSchema, assignee: z.string().nullable(), note: z.string() })),
    }),
  }),
  'warning.restore': defineOperation({
    name: 'warning.restore',
    summary: 'Put warnings back as warning.update answered them (the inbox’s Undo).',
    input: z.object({
      previous: z.array(z.object({ id: WarningIdSchema, state: WarningStateSchema, assignee: z.string().nullable(), note: z.string() })).max(100_000),
    }),
    output: z.object({ restored: z.number().int().nonnegative() }),
  }),
  'warning.summary': defineOperation({
    name: 'warning.summary',
    summary: 'Counts for the navigation badge and the notification: open and acknowledged, open by severity, raised by the newest refresh.',
    input: z.object({}).default({}),
    output: WarningSummarySchema,
  }),
  'warning.exportByOwner': defineOperation({
    name: 'warning.exportByOwner',
    summary:
      'The high-risk list by owner as xlsx: one sheet per owner (formula-neutralised text, number formats, frozen header, auto-filter) of the warnings matching a filter. Desktop and CLI give a path; the browser host answers a download id.',
    long: true,
    input: z.object({
      filter: WarningFilterSchema.default({}),
      language: z.enum(locales).default('zh-CN'),
      path: z.string().min(1).max(4096).optional(),
      jobId,
    }),
    output: ListByOwnerFileSchema,
  }),
  'warning.notify': defineOperation({
    name: 'warning.notify',
    summary:
      'Desktop app only: one summary notification of new warnings (Electron Notification in the main process, texts in the given language); clicking it opens the inbox. Other hosts answer desktopOnly (the browser uses the web Notification API).',
    input: z.object({ raised: z.number().int().positive(), high: z.number().int().nonnegative(), language: z.enum(locales) }),
    output: z.object({ shown: z.boolean() }),
  }),
} as const;
