// Segments: saved filters (dynamic) and static lists of customers, the live preview the builder
// asks for on every edit, the value pickers' profiles, and the call-list export. Kept general:
// the dashboard, warning and campaign issues target segments through these same operations.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { FilterNodeSchema } from '../../query/ast';
import {
  SEGMENT_COLORS,
  SEGMENT_DESCRIPTION_MAX,
  SEGMENT_TAG_MAX,
  SEGMENT_TAGS_MAX,
  SegmentDefinitionSchema,
  SegmentIdSchema,
  SegmentMetaSchema,
  SegmentNameSchema,
  SegmentSchema,
} from '../../segments/definition';
import { isoDate } from './workspace-info';

const jobId = z.string().min(1).max(100).optional();

export const SegmentSampleRowSchema = z.object({
  customer_id: z.string(),
  name: z.string().nullable(),
  region: z.string().nullable(),
  owner: z.string().nullable(),
  lifecycle: z.string().nullable(),
  tier: z.string().nullable(),
  health_score: z.number().nullable(),
  churn_probability: z.number().nullable(),
  value_risk: z.string().nullable(),
});
export type SegmentSampleRow = z.infer<typeof SegmentSampleRowSchema>;

/**
 * The count after each step of the root group, in order: step i applies the root's operator to
 * its children 0..i (AND narrows, OR widens). A root that is a single condition has one step.
 */
export const FunnelStepSchema = z.object({ index: z.number().int().nonnegative(), count: z.number().int().nonnegative() });

export const SegmentPreviewSchema = z.object({
  count: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  asOf: isoDate.nullable(),
  sample: z.array(SegmentSampleRowSchema),
  funnel: z.array(FunnelStepSchema),
  /** Milliseconds the service spent (count, sample, funnel), for the bench and the status line. */
  elapsedMs: z.number().nonnegative(),
});
export type SegmentPreview = z.infer<typeof SegmentPreviewSchema>;

/** What the value picker shows for one field: categories with counts, or a histogram, or a date range. */
export const FieldProfileSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('categories'),
    /** Most frequent first; empty values counted in `empty`. */
    values: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() })),
    /** More distinct values exist than were returned (the picker searches with `search`). */
    truncated: z.boolean(),
    empty: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('histogram'),
    min: z.number().nullable(),
    max: z.number().nullable(),
    bins: z.array(z.object({ low: z.number(), high: z.number(), count: z.number().int().nonnegative() })),
    empty: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('dates'),
    min: z.string().nullable(),
    max: z.string().nullable(),
    /** Customers per month 'YYYY-MM', oldest first. */
    months: z.array(z.object({ month: z.string(), count: z.number().int().nonnegative() })),
    empty: z.number().int().nonnegative(),
  }),
]);
export type FieldProfile = z.infer<typeof FieldProfileSchema>;

/** Which customers an export or a freeze takes: a saved segment or list, or an unsaved rule. */
export const SegmentSourceSchema = z.union([z.object({ segmentId: SegmentIdSchema }), z.object({ filter: FilterNodeSchema })]);
export type SegmentSource = z.infer<typeof SegmentSourceSchema>;

export const CallListFormatSchema = z.enum(['xlsx', 'csv']);
/** CSV only: UTF-8 with BOM (default) or GB18030 for old versions of Excel. */
export const CallListEncodingSchema = z.enum(['utf8', 'gb18030']);

export const segmentOperations = {
  'segment.list': defineOperation({
    name: 'segment.list',
    summary: 'Every saved segment and list with its size now, its size per snapshot, whether it is broken and why, and who uses it.',
    input: z.object({}).default({}),
    output: z.object({ segments: z.array(SegmentSchema), asOf: isoDate.nullable() }),
  }),
  'segment.get': defineOperation({
    name: 'segment.get',
    summary: 'One saved segment or list.',
    input: z.object({ id: SegmentIdSchema }),
    output: SegmentSchema,
  }),
  'segment.save': defineOperation({
    name: 'segment.save',
    summary: 'Create a dynamic segment (no id) or replace a saved one’s rule and details; the rule is checked against the workspace’s catalog and a name must be unique.',
    input: SegmentMetaSchema.extend({ id: SegmentIdSchema.optional(), definition: SegmentDefinitionSchema }),
    output: SegmentSchema,
  }),
  'segment.rename': defineOperation({
    name: 'segment.rename',
    summary: 'Rename a segment or list (names are unique) and change its description, tags and colour.',
    // Each detail optional WITHOUT the defaults of SegmentMetaSchema: what the caller leaves out is kept.
    input: z.object({
      id: SegmentIdSchema,
      name: SegmentNameSchema.optional(),
      description: z.string().max(SEGMENT_DESCRIPTION_MAX).optional(),
      tags: z.array(z.string().trim().min(1).max(SEGMENT_TAG_MAX)).max(SEGMENT_TAGS_MAX).optional(),
      color: z.enum(SEGMENT_COLORS).optional(),
    }),
    output: SegmentSchema,
  }),
  'segment.duplicate': defineOperation({
    name: 'segment.duplicate',
    summary: 'Copy a segment or list under a new name (default: the name with a copy suffix made unique).',
    input: z.object({ id: SegmentIdSchema, name: SegmentNameSchema.optional() }),
    output: SegmentSchema,
  }),
  'segment.delete': defineOperation({
    name: 'segment.delete',
    summary: 'Delete a segment or list; refused (reason segmentInUse, naming the users) while another segment, a dashboard, a warning rule or a campaign uses it.',
    input: z.object({ id: SegmentIdSchema }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'segment.freeze': defineOperation({
    name: 'segment.freeze',
    summary: 'Store today’s members of a segment (or of an unsaved rule) as a static list under a new name.',
    long: true,
    input: SegmentMetaSchema.extend({ source: SegmentSourceSchema, jobId }),
    output: SegmentSchema,
  }),
  'segment.importList': defineOperation({
    name: 'segment.importList',
    summary:
      'Create a static list from a CSV or xlsx file of customer ids (first column, or the column named like a customer id); ids that are no customer are counted and the first ones returned.',
    long: true,
    input: SegmentMetaSchema.extend({ path: z.string().min(1).max(4096), jobId }),
    output: z.object({ segment: SegmentSchema, imported: z.number().int().nonnegative(), unknown: z.number().int().nonnegative(), unknownExamples: z.array(z.string()) }),
  }),
  'segment.preview': defineOperation({
    name: 'segment.preview',
    summary: 'The builder’s live answer for a rule: matching count and total, a sample of customers, and the count after each step of the root group.',
    input: z.object({ filter: FilterNodeSchema, sampleSize: z.number().int().min(0).max(100).default(20), funnel: z.boolean().default(true) }),
    output: SegmentPreviewSchema,
  }),
  'segment.fieldProfile': defineOperation({
    name: 'segment.fieldProfile',
    summary: 'Values of one catalog field for the value picker: categories with customer counts (searchable), a histogram, or a date range by month.',
    input: z.object({
      field: z.string().min(1).max(100),
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      bins: z.number().int().min(2).max(100).default(30),
    }),
    output: FieldProfileSchema,
  }),
  'segment.ofCustomer': defineOperation({
    name: 'segment.ofCustomer',
    summary: 'The saved segments and lists one customer belongs to now (broken segments left out).',
    input: z.object({ customerId: z.string().min(1).max(200) }),
    output: z.object({ segments: z.array(z.object({ id: SegmentIdSchema, name: z.string(), color: z.string(), kind: z.enum(['dynamic', 'list']) })) }),
  }),
  'segment.export': defineOperation({
    name: 'segment.export',
    summary:
      'Write a call list of a segment’s members (xlsx or CSV) streamed to disk: owner, contact fields present in the data, tier, churn probability, top reasons, value tier and the suggested action. Desktop and CLI give a path; the browser host answers a download id.',
    long: true,
    input: z.object({
      source: SegmentSourceSchema,
      format: CallListFormatSchema.default('xlsx'),
      encoding: CallListEncodingSchema.default('utf8'),
      /** Desktop and CLI: where to write. The browser host refuses a path and offers a download instead. */
      path: z.string().min(1).max(4096).optional(),
      /** Column headers and suggested actions in this language. */
      language: z.enum(['en', 'zh-CN']).default('zh-CN'),
      jobId,
    }),
    output: z.object({ rows: z.number().int().nonnegative(), fileName: z.string(), path: z.string().nullable(), downloadId: z.string().nullable() }),
  }),
} as const;
