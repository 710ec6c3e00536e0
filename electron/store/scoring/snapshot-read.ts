// Reading snapshots: the list, the latest id, previous health scores, a customer's score history.
import type { CustomerProfile } from '../../../shared/contract/domains/scoring-schemas';
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
  return db
    .prepare('SELECT snapshot_id, as_of, created_at, customers, health_version, model_run_id, config, summary FROM snapshots ORDER BY as_of DESC, snapshot_id DESC')
    .all() as SnapshotRow[];
}

export function getSnapshotRow(db: Db, snapshotId?: number): SnapshotRow | undefined {
  return (
    snapshotId === undefined
      ? db.prepare('SELECT * FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get()
      : db.prepare('SELECT * FROM snapshots WHERE snapshot_id = ?').get(snapshotId)
  ) as SnapshotRow | undefined;
}

/**
 * One customer's scores in every snapshot, oldest first. Snapshots drive the loop (CROSS
 * JOIN fixes the order) so each is one primary-key probe: customer_scores has no index on
 * customer_id alone (migration 004).
 */
export function scoreHistory(db: Db, customerId: string): Omit<CustomerProfile['history'][number], 'configChanged'>[] {
  return db.prepare(SCORE_HISTORY_SQL).all(customerId) as Omit<CustomerProfile['history'][number], 'configChanged'>[];
}

export const SCORE_HISTORY_SQL = `SELECT s.snapshot_id AS snapshotId, p.as_of AS asOf, s.health_score AS healthScore, s.tier, s.churn_probability AS churnProbability, s.clv,
  coalesce(p.health_version, 0) AS healthVersion, s.health_change AS healthChange
  FROM snapshots p CROSS JOIN customer_scores s ON s.snapshot_id = p.snapshot_id AND s.customer_id = ? ORDER BY p.as_of, s.snapshot_id`;

/**
 * Health scores of the newest snapshot as of `asOf` or earlier (for the change column),
 * aligned with `ids`: NaN where that snapshot has no score for the customer. `ids` must be
 * in SQLite's order of customer ids (BINARY: UTF-8 bytes), as the history loader reads
 * them, so one merge pass over the snapshot's rows in key order finds every match without
 * a million-entry map.
 */
export function previousHealth(db: Db, asOf: string, ids: readonly string[]): Float64Array {
  const out = new Float64Array(ids.length).fill(NaN);
  const prev = db.prepare('SELECT snapshot_id FROM snapshots WHERE as_of <= ? ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').pluck().get(asOf) as number | undefined;
  if (prev === undefined || ids.length === 0) return out;
  // Key order walks the primary key (insertion order); left to itself SQLite takes a
  // narrower index and fetches rows at random (2× slower at 1 M rows). Pages of rows by
  // key: .all() on a page costs less per row than .iterate().
  const page = db.prepare(
    'SELECT customer_id, health_score FROM customer_scores WHERE snapshot_id = ? AND customer_id > ? AND health_score IS NOT NULL ORDER BY customer_id LIMIT 8192',
  );
  const first = db.prepare('SELECT customer_id, health_score FROM customer_scores WHERE snapshot_id = ? AND health_score IS NOT NULL ORDER BY customer_id LIMIT 8192');
  let j = 0;
  let rows = first.raw(true).all(prev) as [string, number][];
  while (rows.length > 0) {
    for (const [id, score] of rows) {
      while (j < ids.length && ids[j] !== id && compareUtf8(ids[j]!, id) < 0) j++;
      if (j < ids.length && ids[j] === id) out[j++] = score;
    }
    rows = page.raw(true).all(prev, rows[rows.length - 1]![0]) as [string, number][];
  }
  return out;
}

/**
 * Order of two strings by their UTF-8 bytes (SQLite's BINARY collation), which is code
 * point order. JavaScript's < compares UTF-16 units, which puts a surrogate pair (a code
 * point above U+FFFF) before U+E000–U+FFFF; shifting those two ranges fixes that.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}
