// health.preview: score the latest snapshot's stored features with an unsaved configuration
// and compare with the scores it holds (histogram, tiers, tier transitions).
import type { Tier } from '../../../shared/domain/tiers';
import { featureIds } from '../../../shared/scoring/feature-catalog';
import { computeHealth, tierOf } from '../../../shared/scoring/health';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import type { Db } from '../../store/database';
import { getSnapshotRow } from '../../store/scoring/snapshot-read';

const BINS = 20;
const tiers: Tier[] = ['healthy', 'watch', 'atRisk'];

function histogram(scores: ArrayLike<number>) {
  const counts = new Array<number>(BINS).fill(0);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (Number.isFinite(s)) counts[Math.min(BINS - 1, Math.max(0, Math.floor(s / (100 / BINS))))]!++;
  }
  return counts.map((count, b) => ({ lower: (b * 100) / BINS, upper: ((b + 1) * 100) / BINS, count }));
}

export function previewHealth(db: Db, config: HealthConfig) {
  const snapshot = getSnapshotRow(db);
  const empty = { healthy: 0, watch: 0, atRisk: 0 };
  if (!snapshot) return { snapshotId: null, asOf: null, histogram: histogram([]), tiers: empty, meanScore: null, groupMeans: [], saved: null, transitions: [] };
  const F = featureIds.length;
  const rows = db
    .prepare(`SELECT f.${featureIds.join(', f.')}, s.health_score, s.tier FROM snapshot_features f JOIN customer_scores s USING (snapshot_id, customer_id) WHERE f.snapshot_id = ? AND s.churned = 0`)
    .raw(true)
    .all(snapshot.snapshot_id) as (number | string | null)[][];
  const n = rows.length;
  const values = new Float64Array(n * F);
  const savedScores = new Float64Array(n);
  const savedTiers: (Tier | null)[] = [];
  rows.forEach((row, i) => {
    for (let j = 0; j < F; j++) {
      const v = row[j];
      values[i * F + j] = typeof v === 'number' ? v : NaN;
    }
    const saved = row[F];
    savedScores[i] = typeof saved === 'number' ? saved : NaN;
    savedTiers.push((row[F + 1] as Tier | null) ?? null);
  });
  const result = computeHealth(config, values, n, F);
  const counts = { ...empty };
  const savedCounts = { ...empty };
  const moves = new Map<string, number>();
  let sum = 0;
  let scored = 0;
  for (let i = 0; i < n; i++) {
    const t = tierOf(result.score[i]!, config.tiers);
    if (t) {
      counts[t]++;
      sum += result.score[i]!;
      scored++;
    }
    const before = savedTiers[i];
    if (before) savedCounts[before]++;
    if (t && before) moves.set(`${before}>${t}`, (moves.get(`${before}>${t}`) ?? 0) + 1);
  }
  const G = result.groups.length;
  return {
    snapshotId: snapshot.snapshot_id,
    asOf: snapshot.as_of,
    histogram: histogram(result.score),
    tiers: counts,
    meanScore: scored ? sum / scored : null,
    groupMeans: result.groups.map((group, g) => {
      let s = 0;
      let k = 0;
      for (let i = 0; i < n; i++) {
        const v = result.groupScore[i * G + g]!;
        if (Number.isFinite(v)) {
          s += v;
          k++;
        }
      }
      return { group, mean: k ? s / k : null };
    }),
    saved: { version: snapshot.health_version ?? 0, histogram: histogram(savedScores), tiers: savedCounts },
    transitions: tiers.flatMap((from) => tiers.map((to) => ({ from, to, count: moves.get(`${from}>${to}`) ?? 0 }))),
  };
}
