// Reading snapshots: the list, the latest id, previous health scores, score pages.
import type { Db } from '../database';

export interface SnapshotRow {
  snapshot_id: number;
  as_of: string;
  created_at: string;
  customers: number;
  health_version: number | null;
  model_run_id: number | null;
  config: string | null;
  summary: string | null;
}

export function listSnapshotRows(db: Db): SnapshotRow[] {
  return db.prepare('SELECT snapshot_id, as_of, created_at, customers, health_version, model_run_id, config, summary FROM snapshots ORDER BY as_of DESC, snapshot_id DESC').all() as SnapshotRow[];
}

export function getSnapshotRow(db: Db, snapshotId?: number): SnapshotRow | undefined {
  return (
    snapshotId === undefined
      ? db.prepare('SELECT * FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get()
      : db.prepare('SELECT * FROM snapshots WHERE snapshot_id = ?').get(snapshotId)
  ) as SnapshotRow | undefined;
}

/** Health scores of the newest existing snapshot as of `asOf` or earlier (for the change column). */
export function previousHealth(db: Db, asOf: string): Map<string, number> {
  const prev = db.prepare('SELECT snapshot_id FROM snapshots WHERE as_of <= ? ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').pluck().get(asOf) as number | undefined;
  const out = new Map<string, number>();
  if (prev === undefined) return out;
  // In key order the primary key walks the rows in insertion order; left to itself SQLite
  // takes the health-score index and fetches rows at random (2× slower at 1 M rows).
  for (const row of db.prepare('SELECT customer_id, health_score FROM customer_scores WHERE snapshot_id = ? AND health_score IS NOT NULL ORDER BY customer_id').raw(true).iterate(prev)) {
    const [id, score] = row as [string, number];
    out.set(id, score);
  }
  return out;
}
