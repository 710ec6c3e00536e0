import { describe, expect, it } from 'vitest';
import { GAMMA_GAMMA_BOUNDS, conditionalExpectedSpend, fitGammaGamma, gammaGammaLogLik, populationMeanSpend } from '../../../shared/models/gamma-gamma';
import { invertMatrix, numericHessian } from '../../../shared/models/optimize';
import { Rng } from './rng';

// Published CDNOW estimates (Fader, Hardie & Lee 2005 JMR; Fader & Hardie 2013 note).
const CDNOW = { p: 6.25, q: 3.74, v: 15.44 };

describe('Gamma-Gamma conditional expectation', () => {
  // lifetimes docs (CDNOW, conditional_expected_average_profit; its fit prints p 6.25, q 3.74,
  // v 15.45): (x, m_x) → expected spend. Rounded published parameters ⇒ 0.2 % tolerance.
  const cases: [number, number, number][] = [
    [2, 22.35, 24.658619],
    [1, 11.77, 18.911489],
    [0, 0, 35.170981],
    [7, 73.74, 71.462843],
    [2, 25.55, 27.282408],
  ];
  it.each(cases)('x = %d, m_x = %d ⇒ %d (lifetimes docs)', (x, m, expected) => {
    expect(Math.abs(conditionalExpectedSpend(CDNOW, x, m) / expected - 1)).toBeLessThan(2e-3);
  });
  it('is the credibility-weighted mean of the population mean pγ/(q−1) and m_x', () => {
    const x = 3;
    const m = 50;
    const w = (CDNOW.p * x) / (CDNOW.p * x + CDNOW.q - 1);
    expect(conditionalExpectedSpend(CDNOW, x, m)).toBeCloseTo(w * m + (1 - w) * populationMeanSpend(CDNOW), 12);
    expect(populationMeanSpend(CDNOW)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });
});

describe('Gamma-Gamma maximum likelihood', () => {
  // z ~ Gamma(p, rate ν), ν ~ Gamma(q, rate γ); x repeat purchases per customer.
  const truth = { p: 6, q: 4, v: 15 };
  const rng = new Rng(2013);
  const x: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const nu = rng.gamma(truth.q) / truth.v;
    const k = 1 + Math.floor(rng.exponential(0.4));
    let s = 0;
    for (let j = 0; j < k; j++) s += rng.gamma(truth.p) / nu;
    x.push(k);
    m.push(s / k);
  }
  const fit = fitGammaGamma(x, m);

  it('recovers (p, q, γ) within sampling error (|error| < 3.5 SE)', () => {
    expect(fit.converged).toBe(true);
    const v = Float64Array.from([fit.params.p, fit.params.q, fit.params.v]);
    const H = numericHessian((u) => -gammaGammaLogLik({ p: u[0]!, q: u[1]!, v: u[2]! }, x, m), v);
    const cov = invertMatrix(H, 3)!;
    (['p', 'q', 'v'] as const).forEach((k, i) => {
      const se = Math.sqrt(cov[i * 3 + i]!);
      expect(Math.abs(fit.params[k] - truth[k]) / se, `${k} = ${fit.params[k]} ± ${se}`).toBeLessThan(3.5);
    });
  });
  it('is a maximum of the likelihood', () => {
    const ll = gammaGammaLogLik(fit.params, x, m);
    for (const k of ['p', 'q', 'v'] as const) {
      for (const f of [0.99, 1.01]) expect(gammaGammaLogLik({ ...fit.params, [k]: fit.params[k] * f }, x, m)).toBeLessThan(ll);
    }
  });
  it('leaves non-repeat buyers and zero or negative net spend out of the fit, and throws when nothing is left', () => {
    const extra = fitGammaGamma([...x, 0, 3, 2], [...m, 0, -12, 0]);
    expect(extra.excluded).toBe(3);
    expect(extra.params.p).toBeCloseTo(fit.params.p, 6);
    expect(extra.logLik).toBeCloseTo(fit.logLik, 6);
    expect(() => fitGammaGamma([0, 2], [0, -10])).toThrow(RangeError);
  });
});

describe('Gamma-Gamma parameter bounds', () => {
  // A fixed subscription price: every repeat purchase day costs 99. The likelihood keeps rising
  // as p and q grow together (spend concentrates on 99), so the MLE does not exist; unbounded,
  // the fit stopped unconverged near p 2e7, q 1e9 with γ still moving.
  const rng = new Rng(11);
  const x = Array.from({ length: 2000 }, () => 1 + Math.floor(rng.exponential(0.3)));
  const m = x.map(() => 99);
  const fit = fitGammaGamma(x, m);

  it('stops at the box edge with a converged fit and a consistent likelihood', () => {
    expect(fit.atBound).toBe(true);
    expect(fit.converged).toBe(true);
    expect(fit.params.p).toBeLessThanOrEqual(GAMMA_GAMMA_BOUNDS.max);
    expect(fit.params.q).toBeLessThanOrEqual(GAMMA_GAMMA_BOUNDS.max);
    // γ is bounded on spend divided by its mean (99 here).
    expect(fit.params.v / 99).toBeLessThanOrEqual(GAMMA_GAMMA_BOUNDS.max);
    expect(Object.values(fit.params).every((v) => v >= GAMMA_GAMMA_BOUNDS.min)).toBe(true);
    expect(Number.isFinite(fit.logLik)).toBe(true);
    expect(fit.logLik).toBeCloseTo(gammaGammaLogLik(fit.params, x, m), 3);
  });

  it('the supremum lies outside the box (no finite MLE), yet the fit beats points inside it', () => {
    const edge = gammaGammaLogLik(fit.params, x, m);
    expect(gammaGammaLogLik({ p: 1e8, q: 1e8, v: (99 * (1e8 - 1)) / 1e8 }, x, m)).toBeGreaterThan(edge);
    expect(edge).toBeGreaterThanOrEqual(gammaGammaLogLik({ p: 1e3, q: 1e3, v: 99 }, x, m));
  });

  it('keeps what the data do pin down: the expected spend is the price', () => {
    for (const k of [1, 3, 10]) expect(conditionalExpectedSpend(fit.params, k, 99)).toBeCloseTo(99, 1);
  });

  it('does not depend on the currency unit: spend × 1000 scales γ only', () => {
    const sim = { x: [] as number[], m: [] as number[] };
    const r = new Rng(5);
    for (let i = 0; i < 2000; i++) {
      const nu = r.gamma(4) / 15;
      const k = 1 + Math.floor(r.exponential(0.4));
      let s = 0;
      for (let j = 0; j < k; j++) s += r.gamma(6) / nu;
      sim.x.push(k);
      sim.m.push(s / k);
    }
    const a = fitGammaGamma(sim.x, sim.m);
    const b = fitGammaGamma(
      sim.x,
      sim.m.map((v) => v * 1000),
    );
    expect(b.params.p / a.params.p).toBeCloseTo(1, 6);
    expect(b.params.q / a.params.q).toBeCloseTo(1, 6);
    expect(b.params.v / (1000 * a.params.v)).toBeCloseTo(1, 6);
    expect(b.logLik).toBeCloseTo(a.logLik - sim.x.length * Math.log(1000), 4);
  });
});
