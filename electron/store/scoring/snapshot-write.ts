// Writes one snapshot (its row, every customer's features and scores) in one transaction,
// so a cancelled or failed refresh leaves no partial snapshot behind.
import { featureCatalog, featureIds } from '../../../shared/scoring/feature-catalog';
import type { Db } from '../database';

export interface SnapshotHeader {
  asOf: string;
  config: unknown;
  healthVersion: number;
  modelRunId: number | null;
  summary: unknown;
}

/** One customer's score row; JSON columns are pre-serialised by the caller. */
export type ScoreValues = [
  customerId: string,
  healthScore: number | null,
  tier: string | null,
  churnProbability: number | null,
  pAlive: number | null,
  clv: number | null,
  reasons: string,
  healthChange: number | null,
  healthGroups: string,
  healthIndicators: string,
  rfmR: number | null,
  rfmF: number | null,
  rfmM: number | null,
  rfmSegment: string | null,
  rfmClass: string | null,
  valueTier: string | null,
  valueRisk: string | null,
  expectedPurchases90d: number | null,
  churned: number,
  churnDate: string | null,
];

const F = featureIds.length;
const SCORE_COLUMNS = 20;
const BATCH = 64;
const WRITE_CACHE_KIB = 128 * 1024;
const integerColumn = featureCatalog.map((f) => f.integer);

/**
 * Runs a snapshot's write transaction with WAL auto-checkpointing held off. A 1 M-row
 * snapshot puts ~400 MB of pages in the WAL; copying them into the database file (~2 s,
 * mostly fsync) is no part of producing the snapshot, so the job does it after posting its
 * result (worker.ts), and otherwise this connection's next commit does.
 */
export function commitSnapshot<T>(db: Db, write: () => T): T {
  const every = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return db.transaction(write)();
  } finally {
    db.pragma(`wal_autocheckpoint = ${every}`);
  }
}

export function writeSnapshot(
  db: Db,
  header: SnapshotHeader,
  rows: number,
  customerId: (row: number) => string,
  features: Float64Array,
  scoreRow: (row: number) => ScoreValues,
  onRows?: (done: number) => void,
): number {
  // customer_scores' score indexes (health, probability, tier, CLV, P(alive)) take their entries
  // at random places within the new snapshot's range: ~30 MB of pages each at 1 M rows that
  // must stay cached, or every insert re-reads and re-dirties spilled pages. SQLite's
  // default 2 MB cache is far too small; pages are allocated on demand, so small
  // workspaces pay nothing.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (cacheSize > -WRITE_CACHE_KIB) db.pragma(`cache_size = -${WRITE_CACHE_KIB}`);
  try {
    return insertSnapshot(db, header, rows, customerId, features, scoreRow, onRows);
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

function insertSnapshot(
  db: Db,
  header: SnapshotHeader,
  rows: number,
  customerId: (row: number) => string,
  features: Float64Array,
  scoreRow: (row: number) => ScoreValues,
  onRows?: (done: number) => void,
): number {
  return db.transaction(() => {
    const info = db
      .prepare(`INSERT INTO snapshots (as_of, created_at, config, customers, health_version, model_run_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(header.asOf, new Date().toISOString(), JSON.stringify(header.config), rows, header.healthVersion, header.modelRunId, JSON.stringify(header.summary));
    const id = Number(info.lastInsertRowid);
    const featureSql = (k: number) =>
      `INSERT INTO snapshot_features (snapshot_id, customer_id, ${featureIds.join(', ')}) VALUES ${Array.from({ length: k }, () => `(${Array.from({ length: F + 2 }, () => '?').join(', ')})`).join(', ')}`;
    const scoreSql = (k: number) =>
      `INSERT INTO customer_scores (snapshot_id, customer_id, health_score, tier, churn_probability, p_alive, clv, reasons,
         health_change, health_groups, health_indicators, rfm_r, rfm_f, rfm_m, rfm_segment, rfm_class, value_tier, value_risk,
         expected_purchases_90d, churned, churn_date)
       VALUES ${Array.from({ length: k }, () => `(${Array.from({ length: SCORE_COLUMNS + 1 }, () => '?').join(', ')})`).join(', ')}`;
    // Many rows per statement: per-call overhead, not b-tree work, dominated one-row inserts.
    // The parameter arrays are filled in place and reused batch after batch.
    const insertFeatures = db.prepare(featureSql(BATCH));
    const insertScores = db.prepare(scoreSql(BATCH));
    const featureParams: (number | string | null)[] = new Array<number | string | null>(BATCH * (F + 2)).fill(null);
    const scoreParams: (number | string | null)[] = new Array<number | string | null>(BATCH * (SCORE_COLUMNS + 1)).fill(null);
    const flush = (k: number) => {
      if (k === BATCH) {
        insertFeatures.run(featureParams);
        insertScores.run(scoreParams);
      } else if (k > 0) {
        db.prepare(featureSql(k)).run(featureParams.slice(0, k * (F + 2)));
        db.prepare(scoreSql(k)).run(scoreParams.slice(0, k * (SCORE_COLUMNS + 1)));
      }
    };
    let pending = 0;
    let fp = 0;
    let sp = 0;
    for (let r = 0; r < rows; r++) {
      featureParams[fp++] = id;
      featureParams[fp++] = customerId(r);
      for (let j = 0, at = r * F; j < F; j++, at++) {
        const v = features[at]!;
        featureParams[fp++] = Number.isFinite(v) ? (integerColumn[j] ? Math.round(v) : v) : null;
      }
      const values = scoreRow(r);
      scoreParams[sp++] = id;
      for (let c = 0; c < SCORE_COLUMNS; c++) scoreParams[sp++] = values[c] ?? null;
      if (++pending === BATCH) {
        flush(pending);
        pending = fp = sp = 0;
      }
      if (onRows && (r + 1) % 50_000 === 0) onRows(r + 1);
    }
    flush(pending);
    return id;
  })();
}
