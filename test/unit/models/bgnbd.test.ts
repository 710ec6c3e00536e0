import { describe, expect, it } from 'vitest';
import { BGNBD_BOUNDS, type BgNbdParams, bgnbdLogLik, conditionalExpectedPurchases, expectedPurchases, fitBgNbd, probabilityAlive } from '../../../shared/models/bgnbd';
import { Rng } from './rng';

// Published CDNOW estimates (FHL 2005, §4; 2,357 customers, weeks).
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Simulate the BG/NBD story over (0, T]: λ ~ Γ(r, α), p ~ Beta(a, b), drop out after a repeat purchase w.p. p. */
function simulate(p: BgNbdParams, n: number, seed: number, Tof: (i: number) => number): { x: number[]; tx: number[]; T: number[] } {
  const rng = new Rng(seed);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  for (let i = 0; i < n; i++) {
    const Ti = Tof(i);
    const lambda = rng.gamma(p.r) / p.alpha;
    // a = 0: nobody ever drops out (the Poisson–gamma limit, outside the model's interior).
    const drop = p.a > 0 ? rng.beta(p.a, p.b) : 0;
    let t = 0;
    let k = 0;
    let last = 0;
    for (;;) {
      t += rng.exponential(lambda);
      if (t > Ti) break;
      k++;
      last = t;
      if (rng.uniform() < drop) break;
    }
    x.push(k);
    tx.push(last);
    T.push(Ti);
  }
  return { x, tx, T };
}

describe('BG/NBD closed forms', () => {
  it('reproduces the paper example: x = 2, t_x = 30.43, T = 38.86 ⇒ E[Y(39)] ≈ 1.226 (FHL 2005 §5)', () => {
    expect(conditionalExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });
  it('P(alive) is 1 without repeat purchases and falls as the customer goes quiet', () => {
    expect(probabilityAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    const recent = probabilityAlive(CDNOW, 2, 38, 38.86);
    const quiet = probabilityAlive(CDNOW, 2, 5, 38.86);
    expect(recent).toBeGreaterThan(quiet);
    expect(quiet).toBeGreaterThan(0);
  });
  it('conditional expectation of a brand-new customer equals the unconditional E[X(t)]', () => {
    for (const t of [1, 39, 78, 500]) {
      expect(conditionalExpectedPurchases(CDNOW, t, 0, 0, 0)).toBeCloseTo(expectedPurchases(CDNOW, t), 12);
    }
  });
  it('initial slope of E[Y(t)] is P(alive)·E[λ | data] = P(alive)(r+x)/(α+T)', () => {
    const h = 1e-4;
    const slope = conditionalExpectedPurchases(CDNOW, h, 2, 30.43, 38.86) / h;
    const expected = (probabilityAlive(CDNOW, 2, 30.43, 38.86) * (CDNOW.r + 2)) / (CDNOW.alpha + 38.86);
    expect(slope / expected).toBeCloseTo(1, 4);
  });
  it('E[X(t)] agrees with a Monte-Carlo mean from the generative process', () => {
    const t = 52;
    const sim = simulate(CDNOW, 40_000, 7, () => t);
    const mean = sim.x.reduce((s, v) => s + v, 0) / sim.x.length;
    const sd = Math.sqrt(sim.x.reduce((s, v) => s + (v - mean) ** 2, 0) / sim.x.length);
    expect(Math.abs(mean - expectedPurchases(CDNOW, t))).toBeLessThan((4 * sd) / Math.sqrt(sim.x.length));
  });
});

describe('BG/NBD maximum likelihood', () => {
  // Cohort entering over 40 weeks, observed to week 78: T ∈ [38, 78], like a CDNOW calibration.
  const sim = simulate(CDNOW, 5000, 2005, (i) => 78 - (40 * i) / 5000);
  const fit = fitBgNbd(sim);

  it('recovers the generating parameters within sampling error (|error| < 3.5 SE)', () => {
    expect(fit.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      const z = Math.abs(fit.params[k] - CDNOW[k]) / fit.se[k];
      expect(z, `${k}: ${fit.params[k]} ± ${fit.se[k]}`).toBeLessThan(3.5);
    }
  });
  it('is a maximum: every ±1 % perturbation lowers the log-likelihood', () => {
    const ll = bgnbdLogLik(fit.params, sim);
    expect(ll).toBeCloseTo(fit.logLik, 6);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      for (const f of [0.99, 1.01]) {
        expect(bgnbdLogLik({ ...fit.params, [k]: fit.params[k] * f }, sim)).toBeLessThan(ll);
      }
    }
    expect(bgnbdLogLik(CDNOW, sim)).toBeLessThanOrEqual(ll);
  });
  it('weights give the same fit as repeated rows', () => {
    const d = { x: [0, 1, 3, 0, 2], tx: [0, 5, 20, 0, 11], T: [30, 30, 30, 25, 25] };
    const w = [40, 12, 5, 30, 9];
    const rep = { x: [] as number[], tx: [] as number[], T: [] as number[] };
    w.forEach((c, i) => {
      for (let k = 0; k < c; k++) {
        rep.x.push(d.x[i]!);
        rep.tx.push(d.tx[i]!);
        rep.T.push(d.T[i]!);
      }
    });
    expect(bgnbdLogLik(CDNOW, { ...d, weights: w })).toBeCloseTo(bgnbdLogLik(CDNOW, rep), 9);
  });
  it('time unit only rescales α (weeks → days)', () => {
    const days = { x: sim.x, tx: sim.tx.map((v) => v * 7), T: sim.T.map((v) => v * 7) };
    const f2 = fitBgNbd(days);
    expect(f2.params.alpha / (7 * fit.params.alpha)).toBeCloseTo(1, 3);
    expect(f2.params.r / fit.params.r).toBeCloseTo(1, 3);
    expect(f2.params.a / fit.params.a).toBeCloseTo(1, 3);
  });
  it('fits the NBD limit (a = 0) with a sane likelihood when nobody drops out', () => {
    // With no dropout the likelihood keeps rising as a, b → ∞ together; unbounded, the fit ran
    // off to ~1e40 where lgamma differences cancel and ℓ came out positive.
    // Nearly identical purchase rates (large r and α) make it a near-Poisson process too.
    const truth = { r: 500, alpha: 2000, a: 0, b: 1 };
    const none = simulate(truth, 4000, 3, () => 52);
    const f = fitBgNbd(none);
    // The optimum is the boundary a/(a+b) → 0, where BG/NBD is the NBD: fitted as that limit.
    expect(f.nbdLimit).toBe(true);
    expect(f.params.a).toBe(0);
    for (const k of ['r', 'alpha'] as const) {
      expect(f.params[k], k).toBeGreaterThanOrEqual(BGNBD_BOUNDS.min);
      expect(f.params[k], k).toBeLessThanOrEqual(BGNBD_BOUNDS.max);
    }
    expect(Number.isFinite(f.logLik)).toBe(true);
    expect(f.logLik).toBeLessThan(0);
    expect(f.logLik).toBeCloseTo(bgnbdLogLik(f.params, none), 6);
    // What the data do pin down: almost no dropout, and the gamma purchase rates.
    expect(f.params.a / (f.params.a + f.params.b)).toBeLessThan(0.01);
    expect(f.params.r / f.params.alpha).toBeCloseTo(truth.r / truth.alpha, 1);
    expect(f.converged).toBe(true);
    expect(probabilityAlive(f.params, 5, 20, 60)).toBeGreaterThan(0.95);
    // Bounded, not merely finite: the fit is at least as good as a no-dropout point inside the box.
    expect(f.logLik).toBeGreaterThanOrEqual(bgnbdLogLik({ r: 500, alpha: 2000, a: 1e-3, b: 1e3 }, none) - 1e-6);
  });
  it('rejects rows violating 0 ≤ t_x ≤ T', () => {
    expect(() => fitBgNbd({ x: [1], tx: [5], T: [4] })).toThrow(RangeError);
  });
});
