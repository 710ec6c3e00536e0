// A saved segment as stored and as it crosses the boundary: the core's filter AST with a schema
// version (a dynamic segment, re-evaluated on every snapshot), or a static list of customer ids
// (frozen from a segment or imported from a file). PRODUCT.md §6 "Segments".
import { z } from 'zod';
import { FilterNodeSchema } from '../query/ast';
import { MessageParamsSchema } from '../contract/message-params';

/** Bumped when the stored definition's shape changes; older versions are upgraded on read. */
export const SEGMENT_SCHEMA_VERSION = 1;

/**
 * The catalog's pseudo-field for membership of a saved segment: `{field: 'saved_segment', op:
 * 'in' | 'not_in' | '=' | '!=', value(s): segment id}`. Not `segment`, which is the customer's
 * imported industry/segment column.
 */
export const SAVED_SEGMENT_FIELD = 'saved_segment';

export const SEGMENT_NAME_MAX = 80;
export const SEGMENT_DESCRIPTION_MAX = 2_000;
export const SEGMENT_TAG_MAX = 30;
export const SEGMENT_TAGS_MAX = 20;

/** antd preset colour names: the renderer maps them to tokens, exports to their hex. */
export const SEGMENT_COLORS = ['blue', 'green', 'gold', 'red', 'purple', 'cyan', 'magenta', 'orange', 'geekblue', 'lime', 'volcano', 'grey'] as const;
export type SegmentColor = (typeof SEGMENT_COLORS)[number];

export const SegmentDefinitionSchema = z.strictObject({
  schemaVersion: z.literal(SEGMENT_SCHEMA_VERSION),
  filter: FilterNodeSchema,
});
export type SegmentDefinition = z.infer<typeof SegmentDefinitionSchema>;

export const SegmentKindSchema = z.enum(['dynamic', 'list']);
export type SegmentKind = z.infer<typeof SegmentKindSchema>;

export const SegmentIdSchema = z.number().int().positive();

/** What the analyst types: trimmed, not empty. */
export const SegmentNameSchema = z.string().trim().min(1).max(SEGMENT_NAME_MAX);

export const SegmentMetaSchema = z.object({
  name: SegmentNameSchema,
  description: z.string().max(SEGMENT_DESCRIPTION_MAX).default(''),
  tags: z.array(z.string().trim().min(1).max(SEGMENT_TAG_MAX)).max(SEGMENT_TAGS_MAX).default([]),
  color: z.enum(SEGMENT_COLORS).default('blue'),
});

/**
 * Why a saved segment cannot be evaluated on this workspace any more, as a QueryError code with
 * its params (UNKNOWN_FIELD {field} when a re-import dropped an attribute, OPERATOR_NOT_ALLOWED
 * when a field changed type, UNKNOWN_SEGMENT {segment} when a referenced segment was deleted …).
 */
export const SegmentBrokenSchema = z.object({ code: z.string(), params: MessageParamsSchema });
export type SegmentBroken = z.infer<typeof SegmentBrokenSchema>;

/** Who uses a segment (deleting it is refused while the list is not empty). */
export const SegmentUserSchema = z.object({
  kind: z.enum(['segment', 'dashboard', 'warningRule', 'campaign']),
  id: z.union([z.number(), z.string()]),
  name: z.string(),
});
export type SegmentUser = z.infer<typeof SegmentUserSchema>;

export const SegmentSizePointSchema = z.object({
  snapshotId: z.number().int(),
  asOf: z.string(),
  size: z.number().int().nonnegative(),
});

export const SegmentSchema = z.object({
  id: SegmentIdSchema,
  kind: SegmentKindSchema,
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  color: z.enum(SEGMENT_COLORS),
  /** A dynamic segment's rule; null for a list. */
  definition: SegmentDefinitionSchema.nullable(),
  /** Members now: a dynamic segment evaluated on the newest mart, a list's stored ids; null when broken. */
  size: z.number().int().nonnegative().nullable(),
  /** A list: ids in it that are no customer of the workspace (any more). */
  unknownMembers: z.number().int().nonnegative().optional(),
  /** Size at each snapshot since the segment existed, oldest first (at most the last 24). */
  sizes: z.array(SegmentSizePointSchema),
  broken: SegmentBrokenSchema.nullable(),
  usedBy: z.array(SegmentUserSchema),
  /** A list frozen from a segment: that segment's id (it may since have been deleted). */
  frozenFrom: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Segment = z.infer<typeof SegmentSchema>;
