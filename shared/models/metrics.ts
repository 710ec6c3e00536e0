/**
 * Evaluation metrics for binary churn scores. Labels are 1 = churned (positive), 0 = not.
 * Ranking ties are never broken by input order except where a fixed-size "top k" cut
 * forces it; there the stable order is (score desc, row index asc), documented per function.
 */

function checkLengths(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (scores.length !== labels.length) throw new RangeError('metrics: scores and labels differ in length');
  return scores.length;
}

/** Row indices sorted by score descending, ties by index ascending (deterministic). */
export function rankOrder(scores: ArrayLike<number>): Uint32Array {
  const idx = new Uint32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  idx.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return idx;
}

/**
 * ROC AUC as the Mann–Whitney statistic with mid-ranks for ties:
 * AUC = (R₁ − n₁(n₁+1)/2) / (n₁ n₀), R₁ = rank sum of positives (Hanley & McNeil 1982).
 * Equals P(score⁺ > score⁻) + ½ P(score⁺ = score⁻). NaN when a class is empty.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = checkLengths(scores, labels);
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort((a, b) => scores[a]! - scores[b]!);
  let n1 = 0;
  let rankSum = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[idx[j + 1]!]! === scores[idx[i]!]!) j++;
    const midRank = (i + j + 2) / 2; // ranks are 1-based
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]!]! === 1) {
        n1++;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const n0 = n - n1;
  if (n1 === 0 || n0 === 0) return NaN;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

export interface RocPoint {
  threshold: number;
  fpr: number;
  tpr: number;
}

/** ROC curve vertices, one per distinct score (ties move diagonally), from (0,0) to (1,1). */
export function rocCurve(scores: ArrayLike<number>, labels: ArrayLike<number>): RocPoint[] {
  const n = checkLengths(scores, labels);
  const idx = rankOrder(scores);
  let P = 0;
  for (let i = 0; i < n; i++) P += labels[i] === 1 ? 1 : 0;
  const N = n - P;
  const pts: RocPoint[] = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n;) {
    const s = scores[idx[i]!]!;
    while (i < n && scores[idx[i]!]! === s) {
      if (labels[idx[i]!] === 1) tp++;
      else fp++;
      i++;
    }
    pts.push({ threshold: s, fpr: N ? fp / N : NaN, tpr: P ? tp / P : NaN });
  }
  return pts;
}

/**
 * Average precision AP = Σₖ (Rₖ − Rₖ₋₁) Pₖ over distinct score thresholds (descending),
 * the step-wise PR-AUC of scikit-learn's `average_precision_score` (no interpolation).
 */
export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = checkLengths(scores, labels);
  const idx = rankOrder(scores);
  let P = 0;
  for (let i = 0; i < n; i++) P += labels[i] === 1 ? 1 : 0;
  if (P === 0) return NaN;
  let tp = 0;
  let seen = 0;
  let prevRecall = 0;
  let ap = 0;
  for (let i = 0; i < n;) {
    const s = scores[idx[i]!]!;
    while (i < n && scores[idx[i]!]! === s) {
      if (labels[idx[i]!] === 1) tp++;
      seen++;
      i++;
    }
    const recall = tp / P;
    ap += (recall - prevRecall) * (tp / seen);
    prevRecall = recall;
  }
  return ap;
}

export interface TopKResult {
  k: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** precision / base rate. */
  lift: number;
}

/**
 * Precision and recall when flagging the top `fraction` of customers (e.g. 0.1 for 10 %):
 * k = ceil(fraction · n) highest scores, ties at the cut broken by row index (rankOrder).
 */
export function precisionRecallAtTop(scores: ArrayLike<number>, labels: ArrayLike<number>, fraction: number): TopKResult {
  const n = checkLengths(scores, labels);
  const k = Math.min(n, Math.ceil(fraction * n - 1e-9));
  const idx = rankOrder(scores);
  let P = 0;
  for (let i = 0; i < n; i++) P += labels[i] === 1 ? 1 : 0;
  let tp = 0;
  for (let i = 0; i < k; i++) tp += labels[idx[i]!] === 1 ? 1 : 0;
  const precision = k ? tp / k : NaN;
  const base = n ? P / n : NaN;
  return { k, truePositives: tp, precision, recall: P ? tp / P : NaN, lift: precision / base };
}

export interface LiftRow {
  /** 1 = highest scores. */
  decile: number;
  n: number;
  positives: number;
  rate: number;
  lift: number;
  cumulativeN: number;
  cumulativePositives: number;
  /** Share of all positives captured up to this decile (cumulative gain). */
  cumulativeCapture: number;
  cumulativeLift: number;
  minScore: number;
  maxScore: number;
}

/**
 * Lift table by `groups` (default 10) equal-count groups of the ranking (rankOrder); group g
 * holds rows [floor(g·n/G), floor((g+1)·n/G)), so sizes differ by at most one.
 */
export function liftTable(scores: ArrayLike<number>, labels: ArrayLike<number>, groups = 10): LiftRow[] {
  const n = checkLengths(scores, labels);
  const idx = rankOrder(scores);
  let P = 0;
  for (let i = 0; i < n; i++) P += labels[i] === 1 ? 1 : 0;
  const base = P / n;
  const rows: LiftRow[] = [];
  let cumN = 0;
  let cumP = 0;
  for (let g = 0; g < groups; g++) {
    const lo = Math.floor((g * n) / groups);
    const hi = Math.floor(((g + 1) * n) / groups);
    let pos = 0;
    let minS = Infinity;
    let maxS = -Infinity;
    for (let i = lo; i < hi; i++) {
      const r = idx[i]!;
      pos += labels[r] === 1 ? 1 : 0;
      minS = Math.min(minS, scores[r]!);
      maxS = Math.max(maxS, scores[r]!);
    }
    const size = hi - lo;
    cumN += size;
    cumP += pos;
    const rate = size ? pos / size : NaN;
    rows.push({
      decile: g + 1,
      n: size,
      positives: pos,
      rate,
      lift: rate / base,
      cumulativeN: cumN,
      cumulativePositives: cumP,
      cumulativeCapture: P ? cumP / P : NaN,
      cumulativeLift: cumN ? cumP / cumN / base : NaN,
      minScore: minS,
      maxScore: maxS,
    });
  }
  return rows;
}

export interface CalibrationBin {
  lower: number;
  upper: number;
  n: number;
  meanPredicted: number;
  observedRate: number;
}

/**
 * Reliability diagram: `bins` equal-width bins on [0, 1] (the last closed), mean predicted
 * probability vs observed positive rate per bin; empty bins are kept with NaN means.
 */
export function calibrationBins(probs: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): CalibrationBin[] {
  const n = checkLengths(probs, labels);
  const cnt = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const p = probs[i]!;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    cnt[b] = cnt[b]! + 1;
    sumP[b] = sumP[b]! + p;
    sumY[b] = sumY[b]! + (labels[i] === 1 ? 1 : 0);
  }
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const c = cnt[b]!;
    out.push({ lower: b / bins, upper: (b + 1) / bins, n: c, meanPredicted: c ? sumP[b]! / c : NaN, observedRate: c ? sumY[b]! / c : NaN });
  }
  return out;
}

/** Brier score: mean squared error of predicted probabilities. */
export function brierScore(probs: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = checkLengths(probs, labels);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = probs[i]! - (labels[i] === 1 ? 1 : 0);
    s += d * d;
  }
  return s / n;
}
