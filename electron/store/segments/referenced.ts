// The saved segments a filter reaches through saved_segment conditions, followed through
// dynamic segments that reference others (each visited once, so a cycle ends the walk; the
// core reports it when lowering). The columnar engine loads the columns of every filter reached
// and needs list masks for the lists.
import type { ConditionNode, FilterNode, FilterValue } from '../../../shared/query/ast';
import type { SegmentResolver } from '../../../shared/query/segment-ref';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';

export interface ReachedSegments {
  /** Filters of the dynamic segments reached (not the root). */
  readonly filters: FilterNode[];
  readonly listIds: number[];
  /** Ids of every segment reached, dynamic or list. */
  readonly ids: number[];
  /** Some reference did not resolve (the core throws UNKNOWN_SEGMENT). */
  readonly unresolved: boolean;
}

/** A membership condition's references as the core reads them: `values` for in / not_in, `value` for = / != (payload an operator does not read is ignored). */
export function conditionRefs(node: ConditionNode): readonly FilterValue[] {
  if (node.op === 'in' || node.op === 'not_in') return node.values ?? [];
  return node.value === undefined ? [] : [node.value];
}

function refsOf(node: FilterNode, out: FilterValue[]): void {
  if (node.kind === 'group') node.children.forEach((c) => refsOf(c, out));
  else if (node.kind === 'not') refsOf(node.child, out);
  else if (node.field === SAVED_SEGMENT_FIELD) out.push(...conditionRefs(node));
}

export function reachedSegments(root: FilterNode | undefined, resolve: SegmentResolver | undefined): ReachedSegments {
  const reached: ReachedSegments = { filters: [], listIds: [], ids: [], unresolved: false };
  if (!root) return reached;
  const seen = new Set<number>();
  const pending: FilterNode[] = [root];
  let unresolved = false;
  for (let node = pending.pop(); node; node = pending.pop()) {
    const refs: FilterValue[] = [];
    refsOf(node, refs);
    for (const ref of refs) {
      const segment = resolve?.(ref);
      if (!segment) {
        unresolved = true;
        continue;
      }
      if (seen.has(segment.id)) continue;
      seen.add(segment.id);
      reached.ids.push(segment.id);
      if (segment.kind === 'list') reached.listIds.push(segment.id);
      else {
        reached.filters.push(segment.filter);
        pending.push(segment.filter);
      }
    }
  }
  return { ...reached, unresolved };
}

/** Whether a filter mentions saved_segment at all (cheap test before any resolving). */
export function mentionsSegments(node: FilterNode | undefined): boolean {
  if (!node) return false;
  const refs: FilterValue[] = [];
  refsOf(node, refs);
  return refs.length > 0;
}
