import { describe, expect, it } from 'vitest';
import { fitLogistic, logisticContributions, logisticLinearPredictor, predictLogistic } from '../../../shared/models/logistic';
import { Rng } from './rng';

// Challenger O-ring data (Dalal, Fowlkes & Hoadley 1989, JASA 84: 945–957): launch
// temperature (°F) and whether any O-ring was damaged, 23 pre-Challenger flights.
const TEMP = [66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58];
const DAMAGE = [0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1];

function simulate(n: number, p: number, seed: number): { X: Float64Array; y: Float64Array } {
  const rng = new Rng(seed);
  const X = new Float64Array(n * p);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = -1;
    for (let j = 0; j < p; j++) {
      const v = rng.normal() * (j + 1) + 10 * j; // different scales and offsets per column
      X[i * p + j] = v;
      if (j < 5) eta += (0.4 * (v - 10 * j)) / (j + 1);
    }
    y[i] = rng.uniform() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  }
  return { X, y };
}

/** Gradient of the documented objective at the raw-scale coefficients, computed independently. */
function gradientAtFit(X: Float64Array, n: number, p: number, y: Float64Array, m: ReturnType<typeof fitLogistic>): number {
  const eta = logisticLinearPredictor(m, X, n);
  const g = new Float64Array(p + 1);
  for (let i = 0; i < n; i++) {
    const r = 1 / (1 + Math.exp(-eta[i]!)) - y[i]!;
    g[0] = g[0]! + r;
    for (let j = 0; j < p; j++) g[j + 1] = g[j + 1]! + (r * (X[i * p + j]! - m.means[j]!)) / m.sds[j]!;
  }
  let mx = 0;
  for (let j = 0; j <= p; j++) mx = Math.max(mx, Math.abs(g[j]! + (j ? m.lambda * m.coefStd[j - 1]! : 0)));
  return mx;
}

describe('logistic regression', () => {
  it('reproduces the published unregularised Challenger fit: logit p = 15.0429 − 0.2322·temp', () => {
    const m = fitLogistic(Float64Array.from(TEMP), 23, 1, DAMAGE, { lambda: 0 });
    expect(m.converged).toBe(true);
    expect(m.intercept).toBeCloseTo(15.0429, 4);
    expect(m.coef[0]).toBeCloseTo(-0.2322, 4);
    // Residual deviance 20.315 on 21 df (null deviance 28.267 on 22 df).
    expect(m.deviance).toBeCloseTo(20.315, 3);
    const nullModel = fitLogistic(new Float64Array(23), 23, 1, DAMAGE, { lambda: 0 });
    expect(nullModel.deviance).toBeCloseTo(28.267, 3);
    expect(nullModel.coef[0]).toBe(0);
  });
  it('reaches the Newton optimum of the penalised objective (gradient ≈ 1e-8)', () => {
    const n = 2000;
    const p = 8;
    const { X, y } = simulate(n, p, 11);
    const m = fitLogistic(X, n, p, y, { lambda: 3 });
    expect(m.solver).toBe('newton');
    expect(m.converged).toBe(true);
    expect(m.gradNorm).toBeLessThan(1e-8);
    expect(gradientAtFit(X, n, p, y, m)).toBeLessThan(1e-8);
  });
  it('the L-BFGS fallback reaches the same optimum', () => {
    const n = 2000;
    const p = 8;
    const { X, y } = simulate(n, p, 12);
    const a = fitLogistic(X, n, p, y, { lambda: 1 });
    const b = fitLogistic(X, n, p, y, { lambda: 1, newtonMaxFeatures: 4, tol: 1e-8 });
    expect(b.solver).toBe('lbfgs');
    for (let j = 0; j < p; j++) expect(b.coefStd[j]).toBeCloseTo(a.coefStd[j]!, 6);
  });
  it('reports consistent standardised and raw-scale coefficients; the intercept is unpenalised', () => {
    const n = 500;
    const p = 3;
    const { X, y } = simulate(n, p, 13);
    const m = fitLogistic(X, n, p, y, { lambda: 1e6 });
    // Huge λ shrinks slopes to ~0 but the intercept still matches the base rate.
    const ybar = y.reduce((s, v) => s + v, 0) / n;
    expect(1 / (1 + Math.exp(-m.interceptStd))).toBeCloseTo(ybar, 3);
    for (let j = 0; j < p; j++) expect(m.coef[j]! * m.sds[j]!).toBeCloseTo(m.coefStd[j]!, 12);
    const probs = predictLogistic(m, X, n);
    const contrib = logisticContributions(m, X, n);
    let eta0 = m.interceptStd;
    for (let j = 0; j < p; j++) eta0 += contrib[j]!;
    expect(Math.log(probs[0]! / (1 - probs[0]!))).toBeCloseTo(eta0, 10);
  });
  // Speed is measured by the benchmark under test/bench, never by a timed unit test.
  it('converges to the optimum on 200,000 rows × 30 features', () => {
    const n = 200_000;
    const p = 30;
    const { X, y } = simulate(n, p, 14);
    const m = fitLogistic(X, n, p, y, { lambda: 1 });
    expect(m.converged).toBe(true);
    expect(m.gradNorm).toBeLessThan(1e-6);
  });
});
