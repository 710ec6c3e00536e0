// References to saved segments inside a filter: a condition on a `membership` field (the
// catalog's `saved_segment`) whose values are segment ids. The caller supplies a resolver from
// a reference to what the segment is now: a dynamic segment's own filter (expanded in place, so
// it may refer to further segments) or a static list (a `member` leaf of the core, evaluated
// against segment_list_members). Resolution rules live here so that lowering, the columnar
// engine's column planning and the service agree on what is unknown, cyclic or too deep.
//
// To check a segment's NEW rule before saving it, resolve the segment's own id to that new rule:
// a reference back to it is then found as a cycle.
import type { FieldDef } from '../catalog/types';
import type { ConditionNode, FilterNode, FilterOperator, FilterValue } from './ast';
import { QueryError } from './errors';

export type ResolvedSegment = { readonly kind: 'filter'; readonly id: number; readonly filter: FilterNode } | { readonly kind: 'list'; readonly id: number };

/** A ref value is a segment id (a number, or a numeric string); a resolver may also accept a name. */
export type SegmentResolver = (ref: FilterValue) => ResolvedSegment | undefined;

/** Levels of segments referring to segments (a filter → A → B … counts A as level 1). */
export const MAX_SEGMENT_DEPTH = 5;

/** Nodes of a filter with every segment expanded (TOO_MANY_CONDITIONS beyond): 20 full filters. */
export const MAX_EXPANDED_NODES = 10_000;

/** The mart's customer key, and the table and columns of static lists (migration 009). */
export const MEMBER_KEY_COLUMN = 'customer_id';
export const MEMBER_TABLE = 'segment_list_members';
export const MEMBER_LIST_COLUMN = 'segment_id';

/** `not_in` and `!=` select every customer outside the referenced segments. */
export function isExcludingMembership(op: FilterOperator): boolean {
  return op === 'not_in' || op === '!=';
}

/** The references of a membership condition: `value` for = / !=, `values` for in / not_in. */
function refsOf(node: ConditionNode): readonly FilterValue[] {
  if (node.op === 'in' || node.op === 'not_in') return node.values ?? [];
  return node.value === undefined ? [] : [node.value];
}

/**
 * The saved-segment references a filter makes itself (not those of the segments it refers to),
 * as written: what "used by" lists scan, resolving each the way the compiler does.
 */
export function directSegmentRefs(node: FilterNode, resolveField: (id: string) => FieldDef | undefined): FilterValue[] {
  if (node.kind === 'group') return node.children.flatMap((child) => directSegmentRefs(child, resolveField));
  if (node.kind === 'not') return directSegmentRefs(node.child, resolveField);
  return resolveField(node.field)?.membership ? [...refsOf(node)] : [];
}

/**
 * Every reference of a membership condition resolved, duplicates dropped, in order.
 * `trail` holds the ids of the segments being expanded around this condition, outermost first.
 * Throws UNKNOWN_SEGMENT (no resolver, or nothing found), SEGMENT_CYCLE (a segment already on
 * the trail) or TOO_DEEP (a reference below MAX_SEGMENT_DEPTH levels).
 */
export function resolveSegmentRefs(node: ConditionNode, resolver: SegmentResolver | undefined, trail: readonly number[]): ResolvedSegment[] {
  const out: ResolvedSegment[] = [];
  for (const ref of refsOf(node)) {
    const segment = resolver?.(ref);
    if (!segment) throw new QueryError('UNKNOWN_SEGMENT', { segment: String(ref) }, `unknown segment ${JSON.stringify(ref)}`);
    if (trail.includes(segment.id)) throw new QueryError('SEGMENT_CYCLE', { segment: segment.id }, `segment ${segment.id} refers to itself`);
    if (trail.length + 1 > MAX_SEGMENT_DEPTH) throw new QueryError('TOO_DEEP', { max: MAX_SEGMENT_DEPTH, reason: 'segments' });
    if (!out.some((s) => s.id === segment.id)) out.push(segment);
  }
  return out;
}
