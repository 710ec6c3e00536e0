// Random small histories (0–30 customers; tiny, huge and equal values) fed to every model's fit
// and prediction: nothing throws except the documented RangeError for "no data", and every
// output is finite (issue 10 §4: a refresh never fails on real data). Seeded, so a failure
// reproduces; run counts keep the file to a few seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgnbdLogLik, conditionalExpectedPurchases, expectedPurchases, fitBgNbd, probabilityAlive } from '../../../shared/models/bgnbd';
import { conditionalExpectedSpend, fitGammaGamma } from '../../../shared/models/gamma-gamma';
import { kaplanMeier, survivalAt } from '../../../shared/models/kaplan-meier';
import { fitSbg, sbgSurvival } from '../../../shared/models/sbg';
import { fitLogistic, predictLogistic } from '../../../shared/models/logistic';
import { fitTree, predictTree } from '../../../shared/models/tree';
import { discountedPurchases } from '../../../shared/scoring/clv-fast';

const SEED = 20261204;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** A value drawn from the awkward places: zero, tiny, ordinary, huge, and one repeated value. */
const awkward = (max: number) => fc.oneof(fc.constant(0), fc.constant(1e-6), fc.double({ min: 0, max, noNaN: true }), fc.constant(max), fc.constant(7));

/** One customer's (x, t_x, T) in weeks: x = 0 ⇔ t_x = 0, and 0 ≤ t_x ≤ T. */
const rfRow = fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })), awkward(2000), fc.double({ min: 0, max: 1, noNaN: true })).map(([x, T, share]) => ({
  x,
  T,
  tx: x === 0 ? 0 : T * share,
}));

const expectFinite = (v: number, what: string): void => expect(Number.isFinite(v), `${what} = ${v}`).toBe(true);

/**
 * The Gauss series behind E[Y(t)] (₂F₁(r+x, b+x; a+b+x−1; z), z = t / (α+T+t)) grows until term
 * k ≈ (r+x)·z/(1−z) and then needs ~35/(1−z) more: the one documented failure is a RangeError
 * when that exceeds its million-term guard — a single-customer fit with r at its 1e6 bound, or t
 * beyond ~30,000 × (α+T). A refresh catches it and reports the customers left without values
 * (bgnbdPredictionFailed); finite values are required everywhere else.
 */
function expectation(f: () => number, p: { r: number; alpha: number }, x: number, T: number, t: number, what: string): number {
  try {
    return f();
  } catch (error) {
    expect(String(error), what).toMatch(/did not converge/);
    const z = t / (p.alpha + T + t);
    expect(((p.r + x) * z) / (1 - z) + 35 / (1 - z), what).toBeGreaterThan(2e5);
    return 0;
  }
}

describe('fuzz: BG/NBD fit and predictions', () => {
  it('fits any small history or reports "no data"; P(alive) ∈ [0, 1], expectations finite and ≥ 0', () => {
    fc.assert(
      fc.property(fc.array(rfRow, { minLength: 0, maxLength: 30 }), (rows) => {
        const d = { x: rows.map((r) => r.x), tx: rows.map((r) => r.tx), T: rows.map((r) => r.T) };
        if (rows.length === 0) {
          expect(() => fitBgNbd(d)).toThrow(RangeError);
          return;
        }
        const fit = fitBgNbd(d);
        // A log density of (x, t_x): finite, not necessarily ≤ 0.
        expectFinite(fit.logLik, 'logLik');
        expectFinite(bgnbdLogLik(fit.params, d), 'logLik again');
        for (const k of ['r', 'alpha', 'a', 'b'] as const) expectFinite(fit.params[k], k);
        expectFinite(
          expectation(() => expectedPurchases(fit.params, 52), fit.params, 0, 0, 52, 'E[X(52)]'),
          'E[X(52)]',
        );
        const scratch = new Float64Array(13);
        for (const r of rows) {
          const alive = probabilityAlive(fit.params, r.x, r.tx, r.T);
          expect(alive).toBeGreaterThanOrEqual(0);
          expect(alive).toBeLessThanOrEqual(1);
          const e = expectation(() => conditionalExpectedPurchases(fit.params, 90 / 7, r.x, r.tx, r.T), fit.params, r.x, r.T, 90 / 7, 'E[Y(90 d)]');
          expectFinite(e, 'E[Y(90 d)]');
          expect(e).toBeGreaterThanOrEqual(0);
          const clv = expectation(() => discountedPurchases(fit.params, r.x, r.tx, r.T, 12, 4.35, 0.008, scratch), fit.params, r.x, r.T, 52.2, 'discounted purchases');
          expectFinite(clv, 'discounted purchases');
        }
      }),
      runs(60),
    );
  });

  it('predictions stay finite at hand-picked boundary parameters (a → 0, b → ∞, a + b < 1, the NBD a = 0)', () => {
    const params = [
      { r: 0.2, alpha: 3, a: 1e-6, b: 0.3 },
      { r: 0.2, alpha: 3, a: 0.05, b: 0.4 },
      { r: 0.2, alpha: 3, a: 0.5, b: 1e6 },
      { r: 1e-6, alpha: 1e6, a: 1e6, b: 1e-6 },
      { r: 0.2, alpha: 3, a: 0, b: 0.3 },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...params), rfRow, (p, r) => {
        expectFinite(probabilityAlive(p, r.x, r.tx, r.T), 'P(alive)');
        expectFinite(conditionalExpectedPurchases(p, 52, r.x, r.tx, r.T), 'E[Y(52)]');
        expectFinite(expectedPurchases(p, 52), 'E[X(52)]');
      }),
      runs(300),
    );
  });
});

describe('fuzz: Gamma-Gamma', () => {
  const spendRow = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.oneof(awkward(1e7), fc.double({ min: -500, max: 0, noNaN: true })));
  it('fits repeat buyers with positive spend (others left out) or reports "none"; expected spend finite or the documented infinite mean', () => {
    fc.assert(
      fc.property(fc.array(spendRow, { minLength: 0, maxLength: 30 }), (rows) => {
        const x = rows.map(([k]) => k);
        const m = rows.map(([, v]) => v);
        const usable = rows.filter(([k, v]) => k >= 1 && v > 0).length;
        if (usable === 0) {
          expect(() => fitGammaGamma(x, m)).toThrow(RangeError);
          return;
        }
        const fit = fitGammaGamma(x, m);
        expect(fit.excluded).toBe(rows.length - usable);
        expectFinite(fit.logLik, 'logLik');
        for (const k of ['p', 'q', 'v'] as const) expectFinite(fit.params[k], k);
        for (const [k, v] of rows) {
          const e = conditionalExpectedSpend(fit.params, k, v);
          // q ≤ 1 (or px + q ≤ 1) is the one documented infinite value: no finite mean exists.
          if (!Number.isFinite(e)) expect(fit.params.p * Math.max(k, 0) + fit.params.q).toBeLessThanOrEqual(1 + fit.params.p * Math.max(k, 0));
          else expect(e).toBeGreaterThanOrEqual(0);
        }
      }),
      runs(120),
    );
  });
});

describe('fuzz: Kaplan–Meier and sBG', () => {
  it('KM on any times and events (none, all at once, one subject) gives survival in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(awkward(1000), fc.constantFrom(0, 1)), { minLength: 0, maxLength: 30 }), (rows) => {
        const curve = kaplanMeier(
          rows.map(([t]) => t),
          rows.map(([, e]) => e),
        );
        for (const t of [0, 1, 500, 1e6]) {
          const s = survivalAt(curve, t);
          if (rows.length > 0) {
            expectFinite(s, `S(${t})`);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          }
        }
      }),
      runs(200),
    );
  });

  it('sBG on any survivor curve (no loss, all lost at once, a single subject) gives finite parameters and survival', () => {
    const curve = fc
      .tuple(fc.integer({ min: 1, max: 5000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }))
      .map(([n0, keep]) => keep.reduce<number[]>((acc, k) => [...acc, Math.floor(acc[acc.length - 1]! * k)], [n0]));
    fc.assert(
      fc.property(fc.oneof(curve, fc.constant([1, 1, 1]), fc.constant([1, 0]), fc.constant([40, 0, 0]), fc.constant([40, 40, 40, 40])), (survivors) => {
        const fit = fitSbg(survivors);
        expectFinite(fit.logLik, 'logLik');
        expectFinite(fit.params.alpha, 'alpha');
        expectFinite(fit.params.beta, 'beta');
        for (const s of sbgSurvival(fit.params, 24)) {
          expectFinite(s, 'S(t)');
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
      }),
      runs(150),
    );
  });
});

describe('fuzz: logistic regression and tree', () => {
  const dataset = fc.integer({ min: 0, max: 30 }).chain((n) =>
    fc.integer({ min: 1, max: 8 }).chain((p) =>
      fc.record({
        n: fc.constant(n),
        p: fc.constant(p),
        X: fc.array(awkward(1e9), { minLength: n * p, maxLength: n * p }),
        y: fc.oneof(fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }), fc.constant(Array.from({ length: n }, () => 1))),
        separate: fc.boolean(),
        lambda: fc.constantFrom(0, 1e-6, 1),
      }),
    ),
  );
  it('fits one class, constant or perfectly separating features, fewer rows than features, with finite coefficients and probabilities', () => {
    fc.assert(
      fc.property(dataset, ({ n, p, X, y, separate, lambda }) => {
        // A perfectly separating first feature: its value is the label itself.
        const Xs = Float64Array.from(X, (v, i) => (separate && i % p === 0 ? y[Math.floor(i / p)]! : v));
        if (n === 0) {
          expect(() => fitLogistic(Xs, n, p, y)).toThrow(RangeError);
          return;
        }
        // λ = 0 (allowed by the train form) with a separating feature has no finite optimum: the
        // iteration cap keeps the coefficients finite.
        const model = fitLogistic(Xs, n, p, y, { lambda });
        expectFinite(model.intercept, 'intercept');
        model.coef.forEach((c, j) => expectFinite(c, `coef ${j}`));
        for (const q of predictLogistic(model, Xs, n)) {
          expect(q).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(1);
        }
        const tree = fitTree(
          Xs,
          n,
          p,
          y,
          Array.from({ length: p }, (_, j) => `f${j}`),
          { maxDepth: 4, minSamplesLeaf: 1 },
        );
        for (const q of predictTree(tree, Xs, n)) {
          expectFinite(q, 'tree probability');
          expect(q).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(1);
        }
      }),
      runs(150),
    );
  });
});

describe('degenerate cases by hand', () => {
  it('Kaplan–Meier: no events keeps S = 1, all events at once drop it to 0 there, one subject works', () => {
    expect(survivalAt(kaplanMeier([3, 5, 9], [0, 0, 0]), 100)).toBe(1);
    const once = kaplanMeier([5, 5, 5, 5], [1, 1, 1, 1]);
    expect(survivalAt(once, 4)).toBe(1);
    expect(survivalAt(once, 5)).toBe(0);
    expect(survivalAt(kaplanMeier([7], [1]), 7)).toBe(0);
    expect(survivalAt(kaplanMeier([7], [0]), 7)).toBe(1);
  });

  it('sBG: nobody lost keeps survival ≈ 1, everyone lost in period 1 drops it to ≈ 0 (ℓ → its supremum 0); an empty cohort is refused', () => {
    const none = fitSbg([40, 40, 40, 40]);
    expect(none.logLik).toBeCloseTo(0, 6);
    expect(sbgSurvival(none.params, 12)[12]!).toBeGreaterThan(0.999);
    const all = fitSbg([40, 0, 0]);
    expect(all.logLik).toBeCloseTo(0, 6);
    expect(sbgSurvival(all.params, 3)[1]!).toBeLessThan(1e-3);
    expect(() => fitSbg([0, 0])).toThrow(RangeError);
  });

  it('Gamma-Gamma: one price for everyone fits at its bound and predicts that price', () => {
    const fit = fitGammaGamma([1, 2, 3, 4, 5, 2, 3], [99, 99, 99, 99, 99, 99, 99]);
    expect(fit.atBound).toBe(true);
    expect(conditionalExpectedSpend(fit.params, 3, 99)).toBeCloseTo(99, 1);
    expect(conditionalExpectedSpend(fit.params, 0, 0)).toBeCloseTo(99, 1);
  });

  it('BG/NBD with a single repeat buyer among many one-time buyers: finite fit and predictions', () => {
    const n = 200;
    const d = {
      x: Array.from({ length: n }, (_, i) => (i === 0 ? 3 : 0)),
      tx: Array.from({ length: n }, (_, i) => (i === 0 ? 20 : 0)),
      T: Array.from({ length: n }, (_, i) => 30 + (i % 40)),
    };
    const fit = fitBgNbd(d);
    expectFinite(fit.logLik, 'logLik');
    expectFinite(conditionalExpectedPurchases(fit.params, 13, 3, 20, 30), 'E[Y]');
    expectFinite(probabilityAlive(fit.params, 3, 20, 30), 'P(alive)');
  });
});
