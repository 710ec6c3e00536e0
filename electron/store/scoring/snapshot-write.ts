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
  return db.transaction(() => {
    const info = db
      .prepare(`INSERT INTO snapshots (as_of, created_at, config, customers, health_version, model_run_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(header.asOf, new Date().toISOString(), JSON.stringify(header.config), rows, header.healthVersion, header.modelRunId, JSON.stringify(header.summary));
    const id = Number(info.lastInsertRowid);
    const insertFeatures = db.prepare(
      `INSERT INTO snapshot_features (snapshot_id, customer_id, ${featureIds.join(', ')}) VALUES (?, ?, ${featureIds.map(() => '?').join(', ')})`,
    );
    const insertScores = db.prepare(
      `INSERT INTO customer_scores (snapshot_id, customer_id, health_score, tier, churn_probability, p_alive, clv, reasons,
         health_change, health_groups, health_indicators, rfm_r, rfm_f, rfm_m, rfm_segment, rfm_class, value_tier, value_risk,
         expected_purchases_90d, churned, churn_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const params: (number | string | null)[] = new Array<number | string | null>(F + 2);
    params[0] = id;
    for (let r = 0; r < rows; r++) {
      params[1] = customerId(r);
      for (let j = 0; j < F; j++) {
        const v = features[r * F + j]!;
        params[j + 2] = Number.isFinite(v) ? (integerColumn[j] ? Math.round(v) : v) : null;
      }
      insertFeatures.run(params);
      insertScores.run(id, ...scoreRow(r));
      if (onRows && (r + 1) % 50_000 === 0) onRows(r + 1);
    }
    return id;
  })();
}
