// Health score 0–100 (PRODUCT.md §5). Each indicator scores its feature 0–100 by its method
// (percentile rank, linear between two thresholds, or bands) and direction; a group's score
// is the weighted mean of its indicators that have data; the health score is the weighted
// mean of the groups that have data. Weights are renormalised over what is present, so a
// customer without tickets is scored on the other groups rather than penalised. The stored
// breakdown is each group's score and applied weight: Σ score × weight = health score.
//
// Percentile ranks compare a customer with the customer base the score is about: those who
// have not churned as of the snapshot. Churned customers are still scored, placed within
// that distribution; ranking among them too would fill the bottom of every percentile
// indicator with churners and lift every active customer out of the at-risk tier.
//
// Indicators whose source the snapshot has no data from (shared/scoring/source-coverage.ts)
// are "no data" for everyone: their scores stay NaN, so the same renormalisation leaves them
// out instead of reading "no tickets imported" as "no complaints" (100).
import type { HealthConfig, Indicator } from './health-config';
import { featureIndex } from './feature-catalog';
import { midRankPercentilesAmong } from './stats';
import type { Tier } from '../domain/tiers';

export interface HealthResult {
  readonly groups: readonly string[];
  readonly indicators: readonly string[];
  /** Per row; NaN when no group has data. */
  readonly score: Float64Array;
  /** rows × groups: group score (NaN = no data) and applied weight (0 when no data). */
  readonly groupScore: Float64Array;
  readonly groupWeight: Float64Array;
  /** rows × indicators: indicator score (NaN = missing value). */
  readonly indicatorScore: Float64Array;
}

/** Score 0–100 of one value by an indicator's method; `percentile` is the value's mid-rank (0–1). */
export function indicatorScore(ind: Indicator, value: number, percentile: number): number {
  if (!Number.isFinite(value)) return NaN;
  const lowerIsBetter = ind.direction === 'lowerIsBetter';
  const s = ind.scoring;
  switch (s.method) {
    case 'percentile':
      return 100 * (lowerIsBetter ? 1 - percentile : percentile);
    case 'linear': {
      if (s.high === s.low) return value >= s.high ? (lowerIsBetter ? 0 : 100) : lowerIsBetter ? 100 : 0;
      const u = Math.min(1, Math.max(0, (value - s.low) / (s.high - s.low)));
      return 100 * (lowerIsBetter ? 1 - u : u);
    }
    case 'bands': {
      // Bands are matched by ascending upper bound whatever order they were entered in.
      const bands = [...s.bands].sort((a, b) => a.upTo - b.upTo);
      for (const b of bands) if (value <= b.upTo) return b.score;
      return s.otherwise;
    }
  }
}

export function tierOf(score: number, tiers: HealthConfig['tiers']): Tier | null {
  if (!Number.isFinite(score)) return null;
  return score >= tiers.healthy ? 'healthy' : score >= tiers.watch ? 'watch' : 'atRisk';
}

/**
 * Scores every row of a row-major feature matrix (`featureCount` columns, catalog order).
 * `reference` marks the rows percentile indicators rank among (1 = not churned); every row
 * when omitted. `noData` names indicators left out for every row (their source is absent).
 */
export function computeHealth(
  config: HealthConfig,
  values: Float64Array,
  rows: number,
  featureCount: number,
  reference: Uint8Array = new Uint8Array(rows).fill(1),
  noData: ReadonlySet<string> = new Set(),
): HealthResult {
  const groups = config.groups.map((g) => g.id);
  const G = groups.length;
  const I = config.indicators.length;
  const indicatorScoreOut = new Float64Array(rows * I).fill(NaN);
  config.indicators.forEach((ind, k) => {
    const f = featureIndex.get(ind.feature);
    if (f === undefined || noData.has(ind.id)) return;
    const column = new Float64Array(rows);
    for (let r = 0; r < rows; r++) column[r] = values[r * featureCount + f]!;
    const pct = ind.scoring.method === 'percentile' ? midRankPercentilesAmong(column, reference) : null;
    for (let r = 0; r < rows; r++) indicatorScoreOut[r * I + k] = indicatorScore(ind, column[r]!, pct ? pct[r]! : NaN);
  });
  const groupOf = config.indicators.map((ind) => groups.indexOf(ind.group));
  const groupWeightConfig = config.groups.map((g) => g.weight);
  const score = new Float64Array(rows).fill(NaN);
  const groupScore = new Float64Array(rows * G).fill(NaN);
  const groupWeight = new Float64Array(rows * G);
  const sum = new Float64Array(G);
  const wsum = new Float64Array(G);
  for (let r = 0; r < rows; r++) {
    sum.fill(0);
    wsum.fill(0);
    for (let k = 0; k < I; k++) {
      const v = indicatorScoreOut[r * I + k]!;
      const w = config.indicators[k]!.weight;
      if (!Number.isFinite(v) || !(w > 0)) continue;
      const g = groupOf[k]!;
      sum[g] = sum[g]! + w * v;
      wsum[g] = wsum[g]! + w;
    }
    let total = 0;
    for (let g = 0; g < G; g++) if (wsum[g]! > 0 && groupWeightConfig[g]! > 0) total += groupWeightConfig[g]!;
    if (!(total > 0)) continue;
    let s = 0;
    for (let g = 0; g < G; g++) {
      if (!(wsum[g]! > 0)) continue;
      const gs = sum[g]! / wsum[g]!;
      groupScore[r * G + g] = gs;
      const w = groupWeightConfig[g]! / total;
      groupWeight[r * G + g] = w;
      s += gs * w;
    }
    score[r] = s;
  }
  return { groups, indicators: config.indicators.map((i) => i.id), score, groupScore, groupWeight, indicatorScore: indicatorScoreOut };
}
