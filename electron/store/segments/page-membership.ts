// Which saved segments and lists each customer of a grid page belongs to (the Segments column):
// one query per segment restricted to the page's ids, so the cost follows the page size and the
// number of segments, never the mart's size. Broken segments are left out.
import { isQueryError } from '../../../shared/query/errors';
import type { Db } from '../database';
import { compileCustomerFilter, type CustomerFilterContext } from './filter-context';
import { listMembersAmong } from './list-members';
import { readDefinition } from './definition-read';
import { allSegmentRows, type SegmentRow } from './segment-rows';

/** The customers among `customerIds` that are members of one segment now; null when it is broken. */
export function membersAmong(db: Db, row: SegmentRow, customerIds: readonly string[], context: CustomerFilterContext): Set<string> | null {
  if (row.kind === 'list') return listMembersAmong(db, row.id, customerIds);
  try {
    const filter = readDefinition(row.definition ?? '', row.id).filter;
    const where = compileCustomerFilter(filter, context, 'm');
    // CROSS JOIN fixes the page's ids as the outer loop: one primary-key lookup per row of the
    // page, whatever index the segment's conditions would tempt the planner to scan instead.
    const ids = db
      .prepare(`SELECT m.customer_id FROM json_each(?) AS page CROSS JOIN customer_mart AS m ON m.customer_id = page.value WHERE ${where.sql}`)
      .pluck()
      .all(JSON.stringify(customerIds), ...where.params) as string[];
    return new Set(ids);
  } catch (error) {
    if (isQueryError(error)) return null;
    throw error;
  }
}

export function segmentsOfPage(db: Db, customerIds: readonly string[], context: CustomerFilterContext): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (customerIds.length === 0) return out;
  for (const row of allSegmentRows(db)) {
    const members = membersAmong(db, row, customerIds, context);
    if (!members) continue;
    for (const id of members) {
      const list = out.get(id) ?? [];
      list.push(row.id);
      out.set(id, list);
    }
  }
  for (const ids of out.values()) ids.sort((a, b) => a - b);
  return out;
}
