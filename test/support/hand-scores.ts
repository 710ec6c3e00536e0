// Two hand-written snapshots over test/support/hand-cases.ts for the customers grid. The
// latest (2024-06-30) scores A–E; F arrived after it and has no score row.
//          health  tier     P(churn)  P(alive)  CLV   region
//   A       35     atRisk    0.8       0.3      100   华东
//   B       80     healthy   0.1       0.9      500   华南
//   C       55     watch     null      0.2       50   华北   (churned: no probability)
//   D       20     atRisk    0.6       0.5      300   华东
//   E      null    null      0.4       null     null  西南
// The older snapshot (2024-05-31) holds other values that must never show.
import type { Db } from '../../electron/store/database';

export const handScores: [string, number | null, string | null, number | null, number | null, number | null, number][] = [
  // [customer_id, health_score, tier, churn_probability, p_alive, clv, churned]
  ['A', 35, 'atRisk', 0.8, 0.3, 100, 0],
  ['B', 80, 'healthy', 0.1, 0.9, 500, 0],
  ['C', 55, 'watch', null, 0.2, 50, 1],
  ['D', 20, 'atRisk', 0.6, 0.5, 300, 0],
  ['E', null, null, 0.4, null, null, 0],
];

export const LATEST_SNAPSHOT = 2;

export function seedHandScores(db: Db): void {
  const snapshot = db.prepare(`INSERT INTO snapshots (snapshot_id, as_of, created_at, customers) VALUES (?, ?, ?, ?)`);
  const score = db.prepare(
    `INSERT INTO customer_scores (snapshot_id, customer_id, health_score, tier, churn_probability, p_alive, clv, reasons, churned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    snapshot.run(1, '2024-05-31', '2024-06-01T00:00:00.000Z', 6);
    for (const id of ['A', 'B', 'C', 'D', 'E', 'F']) score.run(1, id, 99, 'healthy', 0.01, 0.99, 9999, '[]', 0);
    snapshot.run(LATEST_SNAPSHOT, '2024-06-30', '2024-07-01T00:00:00.000Z', 5);
    for (const [id, health, tier, p, alive, clv, churned] of handScores) {
      const reasons =
        id === 'A'
          ? JSON.stringify([
              ['complaints_90d', 'service', 0.9],
              ['recency_days', 'product', 0.4],
            ])
          : '[]';
      score.run(LATEST_SNAPSHOT, id, health, tier, p, alive, clv, reasons, churned);
    }
  })();
}
