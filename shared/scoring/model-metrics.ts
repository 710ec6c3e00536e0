// The evaluation summary stored with every model run (PRODUCT.md §5 churn-risk model).
import type { ModelMetrics } from '../contract/domains/scoring-schemas';
import { averagePrecision, brierScore, calibrationBins, liftTable, precisionRecallAtTop, rocAuc, rocCurve } from '../models/metrics';

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
export const TOP_FRACTIONS = [0.05, 0.1, 0.2] as const;

export function evaluateScores(scores: Float64Array, labels: Uint8Array): ModelMetrics {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i]!;
  const roc = rocCurve(scores, labels);
  const step = Math.max(1, Math.ceil(roc.length / 200));
  const thin = roc.filter((_, i) => i % step === 0 || i === roc.length - 1).map((pt) => ({ fpr: pt.fpr, tpr: pt.tpr }));
  return {
    n,
    positives,
    baseRate: finite(positives / n),
    auc: finite(rocAuc(scores, labels)),
    prAuc: finite(averagePrecision(scores, labels)),
    brier: finite(brierScore(scores, labels)),
    topK: TOP_FRACTIONS.map((fraction) => {
      const t = precisionRecallAtTop(scores, labels, fraction);
      return { fraction, k: t.k, precision: finite(t.precision), recall: finite(t.recall), lift: finite(t.lift) };
    }),
    lift: liftTable(scores, labels, 10).map((row) => ({
      decile: row.decile,
      n: row.n,
      positives: row.positives,
      rate: finite(row.rate),
      lift: finite(row.lift),
      cumulativeCapture: finite(row.cumulativeCapture),
      cumulativeLift: finite(row.cumulativeLift),
    })),
    calibration: calibrationBins(scores, labels, 10).map((b) => ({
      lower: b.lower,
      upper: b.upper,
      n: b.n,
      meanPredicted: finite(b.meanPredicted),
      observedRate: finite(b.observedRate),
    })),
    roc: thin.filter((pt) => Number.isFinite(pt.fpr) && Number.isFinite(pt.tpr)),
  };
}
