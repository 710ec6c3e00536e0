// Statements over segment_sizes: each segment's size at each snapshot, for the list page's trend.
import type { Db } from '../database';

export const SIZE_HISTORY = 24;

export interface SizePoint {
  snapshotId: number;
  asOf: string;
  size: number;
}

export function recordSegmentSize(db: Db, segmentId: number, snapshotId: number, size: number): void {
  db.prepare('INSERT OR REPLACE INTO segment_sizes (segment_id, snapshot_id, size) VALUES (?, ?, ?)').run(segmentId, snapshotId, size);
}

/** The last SIZE_HISTORY sizes of every segment, oldest first, by segment id. */
export function segmentSizeHistory(db: Db): Map<number, SizePoint[]> {
  const rows = db
    .prepare(
      `SELECT segment_id AS segmentId, snapshotId, asOf, size FROM (
         SELECT z.segment_id, z.snapshot_id AS snapshotId, s.as_of AS asOf, z.size,
                row_number() OVER (PARTITION BY z.segment_id ORDER BY s.as_of DESC, z.snapshot_id DESC) AS n
         FROM segment_sizes z JOIN snapshots s ON s.snapshot_id = z.snapshot_id)
       WHERE n <= ? ORDER BY segment_id, asOf, snapshotId`,
    )
    .all(SIZE_HISTORY) as (SizePoint & { segmentId: number })[];
  const out = new Map<number, SizePoint[]>();
  for (const { segmentId, ...point } of rows) {
    const list = out.get(segmentId) ?? [];
    list.push(point);
    out.set(segmentId, list);
  }
  return out;
}
