import { describe, expect, it } from 'vitest';
import { type ClassificationTree, fitTree, predictTree, treeLeaves, treeRules } from '../../../shared/models/tree';
import { Rng } from './rng';

describe('CART tree, hand-computed', () => {
  // x = 1…8, y = 0 0 1 0 1 1 0 1 (4 positives). Weighted Gini n·G per threshold "x ≤ c":
  // parent 8·0.5 = 4; c=1: 0 + 7·2·(4/7)(3/7) = 3.429; c=2: 0 + 6·2·(4/6)(2/6) = 2.667 (best,
  // gain 1.333); c=3: 1.333 + 2.4 = 3.733; c=4: 1.5 + 1.5 = 3 (gain 1.0); c=5: 3.733;
  // c=6: 3 + 1 = 4; c=7: 3.429.
  const X = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
  const y = [0, 0, 1, 0, 1, 1, 0, 1];

  it('picks the Gini-optimal threshold', () => {
    const t = fitTree(X, 8, 1, y, ['x'], { maxDepth: 1, minSamplesLeaf: 1 });
    expect(t.nodes[0]).toMatchObject({ feature: 0, threshold: 2 });
    expect(treeRules(t).map((r) => r.text)).toEqual(['if x > 2 then churn p = 0.67 (n=6)', 'if x ≤ 2 then churn p = 0.00 (n=2)']);
  });
  it('respects the minimum leaf size (only c = 3, 4, 5 allowed ⇒ c = 4)', () => {
    const t = fitTree(X, 8, 1, y, ['x'], { maxDepth: 1, minSamplesLeaf: 3 });
    expect(t.nodes[0]!.threshold).toBe(4);
  });
  it('breaks gain ties by the lowest threshold and merges bounds on one feature', () => {
    // Right child x = 3…8, y = 1 0 1 1 0 1: c = 3 and c = 7 tie (gain 0.267); c = 3 wins.
    const t = fitTree(X, 8, 1, y, ['x'], { maxDepth: 2, minSamplesLeaf: 1 });
    const right = t.nodes[t.nodes[0]!.right!]!;
    expect(right.threshold).toBe(3);
    const texts = treeRules(t).map((r) => r.text);
    expect(texts).toContain('if x > 3 then churn p = 0.60 (n=5)');
    expect(texts).toContain('if 2 < x ≤ 3 then churn p = 1.00 (n=1)');
  });
  it('predicts leaf probabilities and readable two-feature rules', () => {
    // Churn iff complaints ≥ 2 and days > 60. Root n·G = 12·2·(1/3)(2/3) = 5.333; the best
    // root split is complaints ≤ 1 (left 6 rows, 0 churn; right 6 rows, 4 churn: n·G 2.667,
    // gain 2.667) against days ≤ 50 (gain 1.905) or days ≤ 80 (gain 1.219); in the right
    // child days ≤ 50 separates perfectly.
    const rows = [
      [10, 0, 0],
      [20, 3, 0],
      [30, 1, 0],
      [50, 2, 0],
      [40, 0, 0],
      [80, 1, 0],
      [90, 2, 1],
      [100, 3, 1],
      [120, 4, 1],
      [130, 0, 0],
      [70, 2, 1],
      [200, 1, 0],
    ];
    const Xr = Float64Array.from(rows.flatMap((r) => [r[0]!, r[1]!]));
    const yr = rows.map((r) => r[2]!);
    const t = fitTree(Xr, rows.length, 2, yr, ['days_since_last_order', 'complaints_90d'], { maxDepth: 2, minSamplesLeaf: 1 });
    expect(treeRules(t).map((r) => r.text)).toEqual([
      'if complaints_90d > 1 and days_since_last_order > 50 then churn p = 1.00 (n=4)',
      'if complaints_90d ≤ 1 then churn p = 0.00 (n=6)',
      'if complaints_90d > 1 and days_since_last_order ≤ 50 then churn p = 0.00 (n=2)',
    ]);
    expect(Array.from(predictTree(t, Xr, rows.length))).toEqual(yr);
    expect(new Set(treeLeaves(t, Xr, rows.length)).size).toBe(3);
    // New customer: 2 complaints, 65 days ⇒ churn leaf.
    expect(predictTree(t, Float64Array.from([65, 2]), 1)[0]).toBe(1);
  });
  it('rejects non-finite features', () => {
    expect(() => fitTree(Float64Array.from([NaN]), 1, 1, [0], ['x'])).toThrow(RangeError);
  });
});

/** Reference CART: exhaustive search per node, same tie rules. */
function bruteTree(X: Float64Array, p: number, y: number[], rows: number[], depth: number, maxDepth: number, minLeaf: number): unknown {
  const pos = rows.filter((i) => y[i] === 1).length;
  const g = (n: number, k: number): number => (n ? 2 * (k / n) * (1 - k / n) * n : 0);
  let best = { gain: 0, f: -1, thr: 0 };
  if (depth < maxDepth) {
    for (let f = 0; f < p; f++) {
      const vals = [...new Set(rows.map((i) => X[i * p + f]!))].sort((a, b) => a - b);
      for (const thr of vals.slice(0, -1)) {
        const L = rows.filter((i) => X[i * p + f]! <= thr);
        if (L.length < minLeaf || rows.length - L.length < minLeaf) continue;
        const lp = L.filter((i) => y[i] === 1).length;
        const gain = g(rows.length, pos) - g(L.length, lp) - g(rows.length - L.length, pos - lp);
        if (gain > best.gain + 1e-12) best = { gain, f, thr };
      }
    }
  }
  if (best.f < 0) return { n: rows.length, pos };
  return {
    f: best.f,
    thr: best.thr,
    l: bruteTree(
      X,
      p,
      y,
      rows.filter((i) => X[i * p + best.f]! <= best.thr),
      depth + 1,
      maxDepth,
      minLeaf,
    ),
    r: bruteTree(
      X,
      p,
      y,
      rows.filter((i) => X[i * p + best.f]! > best.thr),
      depth + 1,
      maxDepth,
      minLeaf,
    ),
  };
}

function shape(t: ClassificationTree, id = 0): unknown {
  const nd = t.nodes[id]!;
  if (nd.feature === undefined) return { n: nd.n, pos: nd.positives };
  return { f: nd.feature, thr: nd.threshold, l: shape(t, nd.left), r: shape(t, nd.right) };
}

describe('CART tree, level-wise search equals exhaustive per-node search', () => {
  it('on random integer data with ties', () => {
    const rng = new Rng(5);
    const n = 400;
    const p = 4;
    const X = new Float64Array(n * p);
    const y: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) X[i * p + j] = Math.floor(rng.uniform() * (j === 3 ? 2 : 12));
      y.push(rng.uniform() < (X[i * p]! > 6 ? 0.7 : 0.2) + (X[i * p + 3]! ? 0.1 : 0) ? 1 : 0);
    }
    const t = fitTree(X, n, p, y, ['a', 'b', 'c', 'flag'], { maxDepth: 3, minSamplesLeaf: 15 });
    const all = [...Array(n).keys()];
    expect(shape(t)).toEqual(bruteTree(X, p, y, all, 0, 3, 15));
  });
});
