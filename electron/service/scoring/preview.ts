// health.preview: score the latest snapshot's stored features with an unsaved configuration
// and compare with the scores it holds (histogram, tiers, tier transitions).
import type { Tier } from '../../../shared/domain/tiers';
import { featureIds } from '../../../shared/scoring/feature-catalog';
import { computeHealth, tierOf } from '../../../shared/scoring/health';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import type { Db } from '../../store/database';
import { getSnapshotRow } from '../../store/scoring/snapshot-read';
import { absentSources, noDataIndicators, type NoDataIndicator, type SourceCoverage } from '../../../shared/scoring/source-coverage';

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
  if (!snapshot)
    return {
      snapshotId: null,
      asOf: null,
      histogram: histogram([]),
      tiers: empty,
      meanScore: null,
      groupMeans: [],
      saved: null,
      transitions: [],
      sources: [],
      noDataIndicators: [],
    };
  // The draft is scored on the snapshot's sources: an indicator moved onto a feature of an
  // absent source is "no data" in the preview exactly as the next refresh will make it.
  const sources = ((snapshot.summary ? (JSON.parse(snapshot.summary) as { sources?: SourceCoverage[] }).sources : undefined) ?? []) satisfies SourceCoverage[];
  const noData: NoDataIndicator[] = noDataIndicators(config, absentSources(sources));
  const F = featureIds.length;
  const rows = db
    // Percentile indicators rank among the customers who have not churned, exactly as
    // refresh does, and the reported distribution is limited to them.
    .prepare(
      `SELECT f.${featureIds.join(', f.')}, s.health_score, s.tier, s.churned FROM snapshot_features f JOIN customer_scores s USING (snapshot_id, customer_id) WHERE f.snapshot_id = ?`,
    )
    .raw(true)
    .all(snapshot.snapshot_id) as (number | string | null)[][];
  const n = rows.length;
  const values = new Float64Array(n * F);
  const savedScores = new Float64Array(n);
  const savedTiers: (Tier | null)[] = [];
  const churned: boolean[] = [];
  rows.forEach((row, i) => {
    churned.push(row[F + 2] === 1);
    for (let j = 0; j < F; j++) {
      const v = row[j];
      values[i * F + j] = typeof v === 'number' ? v : NaN;
    }
    const saved = row[F];
    savedScores[i] = typeof saved === 'number' ? saved : NaN;
    savedTiers.push((row[F + 1] as Tier | null) ?? null);
  });
  const result = computeHealth(
    config,
    values,
    n,
    F,
    Uint8Array.from(churned, (c) => (c ? 0 : 1)),
    new Set(noData.map((x) => x.indicator)),
  );
  const G = result.groups.length;
  const counts = { ...empty };
  const savedCounts = { ...empty };
  const moves = new Map<string, number>();
  const activeScores: number[] = [];
  const activeSaved: number[] = [];
  const groupSums = new Float64Array(G);
  const groupCounts = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    if (churned[i]) continue;
    const score = result.score[i]!;
    activeScores.push(score);
    activeSaved.push(savedScores[i]!);
    const t = tierOf(score, config.tiers);
    if (t) counts[t]++;
    const before = savedTiers[i];
    if (before) savedCounts[before]++;
    if (t && before) moves.set(`${before}>${t}`, (moves.get(`${before}>${t}`) ?? 0) + 1);
    for (let g = 0; g < G; g++) {
      const v = result.groupScore[i * G + g]!;
      if (Number.isFinite(v)) {
        groupSums[g] = groupSums[g]! + v;
        groupCounts[g] = groupCounts[g]! + 1;
      }
    }
  }
  const finite = activeScores.filter(Number.isFinite);
  return {
    snapshotId: snapshot.snapshot_id,
    asOf: snapshot.as_of,
    histogram: histogram(activeScores),
    tiers: counts,
    meanScore: finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : null,
    groupMeans: result.groups.map((group, g) => ({ group, mean: groupCounts[g] ? groupSums[g]! / groupCounts[g] : null })),
    saved: { version: snapshot.health_version ?? 0, histogram: histogram(activeSaved), tiers: savedCounts },
    transitions: tiers.flatMap((from) => tiers.map((to) => ({ from, to, count: moves.get(`${from}>${to}`) ?? 0 }))),
    sources,
    noDataIndicators: noData,
  };
}
