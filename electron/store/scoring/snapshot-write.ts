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
const WRITE_CACHE_KIB = 512 * 1024;
const integerColumn = featureCatalog.map((f) => f.integer);

export function writeSnapshot(
  db: Db,
  header: SnapshotHeader,
  rows: number,
  customerId: (row: number) => string,
  features: Float64Array,
  scoreRow: (row: number) => ScoreValues,
  onRows?: (done: number) => void,
): number {
  // Five indexes on customer_scores take random inserts; with SQLite's default 2 MB page
  // cache (and still with 256 MB) a 1 M-row snapshot spills dirty pages to the WAL and
  // dirties them again, 4× slower per row past ~600 k rows; 512 MB holds a 1 M-row
  // snapshot's working set. Pages are allocated on demand: small workspaces pay nothing.
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
    const insertFeatures = db.prepare(featureSql(BATCH));
    const insertScores = db.prepare(scoreSql(BATCH));
    const featureParams: (number | string | null)[] = [];
    const scoreParams: (number | string | null)[] = [];
    const flush = (k: number) => {
      if (k === 0) return;
      if (k === BATCH) {
        insertFeatures.run(featureParams);
        insertScores.run(scoreParams);
      } else {
        db.prepare(featureSql(k)).run(featureParams);
        db.prepare(scoreSql(k)).run(scoreParams);
      }
      featureParams.length = 0;
      scoreParams.length = 0;
    };
    let pending = 0;
    for (let r = 0; r < rows; r++) {
      featureParams.push(id, customerId(r));
      for (let j = 0; j < F; j++) {
        const v = features[r * F + j]!;
        featureParams.push(Number.isFinite(v) ? (integerColumn[j] ? Math.round(v) : v) : null);
      }
      scoreParams.push(id, ...scoreRow(r));
      if (++pending === BATCH) {
        flush(pending);
        pending = 0;
      }
      if (onRows && (r + 1) % 50_000 === 0) onRows(r + 1);
    }
    flush(pending);
    return id;
  })();
}
