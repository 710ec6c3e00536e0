// A snapshot's segment sizes, written by the refresh inside the snapshot's own transaction once
// the mart holds the new snapshot: every dynamic segment that still compiles, counted on the new
// mart, and every list's members that are customers. Broken segments get no point (their trend
// shows the gap).
import type { Db } from '../database';
import { countMatching } from '../analytics/run-query';
import { checkSegment } from './broken';
import { customerFilterContext } from './filter-context';
import { listMemberCounts } from './list-members';
import { allSegmentRows } from './segment-rows';
import { recordSegmentSize } from './sizes';

export function recordSnapshotSegmentSizes(db: Db, snapshotId: number, asOf: string): number {
  const context = customerFilterContext(db, { asOf });
  let recorded = 0;
  for (const row of allSegmentRows(db)) {
    const check = checkSegment(row, context);
    if (check.kind === 'broken') continue;
    const size = check.kind === 'list' ? listMemberCounts(db, row.id).known : countMatching(db, 'customer', check.filter, asOf, context.catalog, context);
    recordSegmentSize(db, row.id, snapshotId, size);
    recorded += 1;
  }
  return recorded;
}
