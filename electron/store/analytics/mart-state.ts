// Which snapshot the customer mart was built from, and its date: the "as of" every relative
// date filter and every dashboard period is measured from. No snapshot: every screen says so
// and offers a refresh.
import type { Db } from '../database';

export interface MartState {
  snapshotId: number;
  asOf: string;
  /** The churn definition the snapshot's lifecycle, spells and facts were computed with. */
  churnDefinition: unknown;
}

export function martState(db: Db): MartState | null {
  const row = db
    .prepare(
      `SELECT s.snapshot_id AS snapshotId, s.as_of AS asOf, s.summary ->> '$.churnDefinition' AS def
       FROM snapshots s ORDER BY s.as_of DESC, s.snapshot_id DESC LIMIT 1`,
    )
    .get() as { snapshotId: number; asOf: string; def: string | null } | undefined;
  if (!row) return null;
  return { snapshotId: row.snapshotId, asOf: row.asOf, churnDefinition: row.def ? (JSON.parse(row.def) as unknown) : null };
}
