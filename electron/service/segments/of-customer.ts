// The saved segments and lists one customer belongs to now (Customer 360); broken ones left out.
import type { Db } from '../../store/database';
import { customerFilterContext } from '../../store/segments/filter-context';
import { membersAmong } from '../../store/segments/page-membership';
import { allSegmentRows } from '../../store/segments/segment-rows';

export interface CustomerSegment {
  id: number;
  name: string;
  color: string;
  kind: 'dynamic' | 'list';
}

export function segmentsOfCustomer(db: Db, customerId: string): CustomerSegment[] {
  const context = customerFilterContext(db);
  return allSegmentRows(db)
    .filter((row) => membersAmong(db, row, [customerId], context)?.has(customerId) === true)
    .map((row) => ({ id: row.id, name: row.name, color: row.color, kind: row.kind }));
}
