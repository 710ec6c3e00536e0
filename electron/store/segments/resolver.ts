// Resolves the saved_segment field's references for the analytic core: a segment id, a numeric
// string of one, or a segment's exact name (ASCII case ignored, as names are unique). A dynamic
// segment resolves to its stored filter (which may reference others: the core detects cycles),
// a list to its id. Unknown, or a definition that cannot be read → undefined (UNKNOWN_SEGMENT).
import type { FilterNode, FilterValue } from '../../../shared/query/ast';
import type { ResolvedSegment, SegmentResolver } from '../../../shared/query/segment-ref';
import type { Db } from '../database';
import { readDefinition } from './definition-read';
import { segmentRow, segmentRowByName, type SegmentRow } from './segment-rows';

export function findSegmentRow(db: Db, ref: FilterValue): SegmentRow | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref > 0 ? segmentRow(db, ref) : undefined;
  if (typeof ref !== 'string') return undefined;
  if (/^[1-9][0-9]{0,15}$/.test(ref)) {
    const byId = segmentRow(db, Number(ref));
    if (byId) return byId;
  }
  return segmentRowByName(db, ref);
}

/**
 * `overrides` replaces stored filters by id: saving a segment checks its new rule as if it were
 * already stored, so a rule that references itself is caught as a cycle.
 */
export function segmentResolver(db: Db, overrides: ReadonlyMap<number, FilterNode> = new Map()): SegmentResolver {
  const cache = new Map<number, ResolvedSegment | undefined>();
  return (ref) => {
    const row = findSegmentRow(db, ref);
    if (!row) return undefined;
    if (cache.has(row.id)) return cache.get(row.id);
    let resolved: ResolvedSegment | undefined;
    const override = overrides.get(row.id);
    if (row.kind === 'list') resolved = { kind: 'list', id: row.id };
    else if (override) resolved = { kind: 'filter', id: row.id, filter: override };
    else if (row.definition !== null) {
      try {
        resolved = { kind: 'filter', id: row.id, filter: readDefinition(row.definition, row.id).filter };
      } catch {
        resolved = undefined;
      }
    }
    cache.set(row.id, resolved);
    return resolved;
  };
}
