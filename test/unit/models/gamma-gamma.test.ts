import { describe, expect, it } from 'vitest';
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLik,
  populationMeanSpend,
} from '../../../shared/models/gamma-gamma';
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
  it('rejects non-repeat buyers', () => {
    expect(() => fitGammaGamma([0, 2], [0, 10])).toThrow(RangeError);
  });
});
