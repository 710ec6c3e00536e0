import { describe, expect, it } from 'vitest';
import { averagePrecision, brierScore, calibrationBins, liftTable, precisionRecallAtTop, rocAuc, rocCurve } from '../../../shared/models/metrics';
import { Rng } from './rng';

/** P(s⁺ > s⁻) + ½ P(s⁺ = s⁻) over all n₁·n₀ pairs. */
function bruteAuc(s: number[], y: number[]): number {
  let num = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    if (y[i] !== 1) continue;
    for (let j = 0; j < s.length; j++) {
      if (y[j] !== 0) continue;
      pairs++;
      num += s[i]! > s[j]! ? 1 : s[i] === s[j] ? 0.5 : 0;
    }
  }
  return num / pairs;
}

describe('ROC AUC and PR-AUC', () => {
  // scikit-learn docs example: roc_auc_score = 0.75, average_precision_score = 0.8333….
  const y = [0, 0, 1, 1];
  const s = [0.1, 0.4, 0.35, 0.8];
  it('hand example', () => {
    expect(rocAuc(s, y)).toBeCloseTo(0.75, 12);
    expect(averagePrecision(s, y)).toBeCloseTo(5 / 6, 12);
  });
  it('equals the brute-force Mann–Whitney pair count, with many ties', () => {
    const rng = new Rng(99);
    const ss: number[] = [];
    const yy: number[] = [];
    for (let i = 0; i < 700; i++) {
      const label = rng.uniform() < 0.3 ? 1 : 0;
      yy.push(label);
      ss.push(Math.round((rng.normal() + label) * 4) / 4); // coarse grid ⇒ ties
    }
    expect(rocAuc(ss, yy)).toBeCloseTo(bruteAuc(ss, yy), 12);
  });
  it('area under the ROC vertices equals the rank AUC', () => {
    const ss = [3, 1, 2, 2, 5, 4, 4, 0];
    const yy = [1, 0, 1, 0, 1, 0, 1, 0];
    const pts = rocCurve(ss, yy);
    let area = 0;
    for (let i = 1; i < pts.length; i++) area += ((pts[i]!.fpr - pts[i - 1]!.fpr) * (pts[i]!.tpr + pts[i - 1]!.tpr)) / 2;
    expect(area).toBeCloseTo(rocAuc(ss, yy), 12);
    expect(rocAuc(ss, yy)).toBeCloseTo(bruteAuc(ss, yy), 12);
  });
  it('is NaN when a class is missing', () => {
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
  });
});

describe('top-k, lift and calibration', () => {
  const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
  const labels = [1, 1, 0, 1, 0, 0, 1, 0, 0, 0];
  it('precision and recall at the top 30 %', () => {
    const r = precisionRecallAtTop(scores, labels, 0.3);
    expect(r).toMatchObject({ k: 3, truePositives: 2 });
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(0.5, 12);
    expect(r.lift).toBeCloseTo(2 / 3 / 0.4, 12);
  });
  it('lift by decile partitions the ranking', () => {
    const t = liftTable(scores, labels);
    expect(t.map((r) => r.positives)).toEqual([1, 1, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect(t[0]!.lift).toBeCloseTo(2.5, 12);
    expect(t[9]!.cumulativeCapture).toBe(1);
    expect(t[1]!.cumulativeLift).toBeCloseTo(2.5, 12);
    const t3 = liftTable(scores, labels, 3);
    expect(t3.map((r) => r.n)).toEqual([3, 3, 4]);
  });
  it('calibration bins compare mean predicted with observed rate', () => {
    const b = calibrationBins([0.05, 0.15, 0.12, 0.95, 1], [0, 1, 0, 1, 1], 10);
    expect(b[1]).toMatchObject({ n: 2, observedRate: 0.5 });
    expect(b[1]!.meanPredicted).toBeCloseTo(0.135, 12);
    expect(b[9]).toMatchObject({ n: 2, observedRate: 1 });
    expect(b[5]!.n).toBe(0);
    expect(brierScore([0, 1, 0.5], [0, 1, 1])).toBeCloseTo(0.25 / 3, 12);
  });
});
