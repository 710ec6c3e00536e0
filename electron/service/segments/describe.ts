// A saved segment as the contract shows it: details, its rule, its size now (a dynamic segment
// counted on the newest mart with the columnar engine, a list's members that are customers),
// ids of a list that are no customer, its size per snapshot, broken or not and why, who uses it.
import { SEGMENT_COLORS, SEGMENT_SCHEMA_VERSION, type Segment, type SegmentColor, type SegmentDefinition } from '../../../shared/segments/definition';
import { readDefinition } from '../../store/segments/definition-read';
import type { Db } from '../../store/database';
import { dynamicSegmentSize } from '../../store/segments/size-cache';
import { checkSegment } from '../../store/segments/broken';
import { customerFilterContext, type CustomerFilterContext } from '../../store/segments/filter-context';
import { listMemberCounts } from '../../store/segments/list-members';
import { allSegmentRows, segmentRow, segmentTags, type SegmentRow } from '../../store/segments/segment-rows';
import { segmentSizeHistory, type SizePoint } from '../../store/segments/sizes';
import { segmentUsers } from '../../store/segments/users';
import { segmentNotFound } from '../../store/segments/members-where';

function colorOf(value: string): SegmentColor {
  return (SEGMENT_COLORS as readonly string[]).includes(value) ? (value as SegmentColor) : 'blue';
}

/** A broken segment still shows its rule (so it can be mended) when the rule itself reads. */
function storedDefinition(row: SegmentRow): SegmentDefinition | null {
  if (row.definition === null) return null;
  try {
    return readDefinition(row.definition, row.id);
  } catch {
    return null;
  }
}

export function describeSegmentRow(db: Db, row: SegmentRow, context: CustomerFilterContext, sizes: readonly SizePoint[]): Segment {
  const check = checkSegment(row, context);
  let size: number | null = null;
  let unknownMembers: number | undefined;
  if (check.kind === 'list') {
    const counts = listMemberCounts(db, row.id);
    size = counts.known;
    unknownMembers = counts.unknown;
  } else if (check.kind === 'dynamic') {
    size = dynamicSegmentSize(db, check.filter, context);
  }
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    tags: segmentTags(row),
    color: colorOf(row.color),
    definition: check.kind === 'dynamic' ? { schemaVersion: SEGMENT_SCHEMA_VERSION, filter: check.filter } : storedDefinition(row),
    size,
    ...(unknownMembers !== undefined ? { unknownMembers } : {}),
    sizes: [...sizes],
    broken: check.broken,
    usedBy: segmentUsers(db, row),
    frozenFrom: row.frozen_from,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function describeSegments(db: Db): Segment[] {
  const context = customerFilterContext(db);
  const history = segmentSizeHistory(db);
  return allSegmentRows(db).map((row) => describeSegmentRow(db, row, context, history.get(row.id) ?? []));
}

export function describeSegment(db: Db, id: number): Segment {
  const row = segmentRow(db, id);
  if (!row) throw segmentNotFound(id);
  return describeSegmentRow(db, row, customerFilterContext(db), segmentSizeHistory(db).get(id) ?? []);
}
