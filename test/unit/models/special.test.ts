import { describe, expect, it } from 'vitest';
import { digamma, lbeta, lgamma, logHyp2f1 } from '../../../shared/models/special';

describe('lgamma', () => {
  it('matches exact values', () => {
    expect(lgamma(1)).toBeCloseTo(0, 14);
    expect(lgamma(2)).toBeCloseTo(0, 14);
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lgamma(10)).toBeCloseTo(Math.log(362880), 13);
    // ln Γ(100) = ln(99!) (A&S table / exact factorial).
    let lf = 0;
    for (let k = 2; k <= 99; k++) lf += Math.log(k);
    expect(lgamma(100) / lf).toBeCloseTo(1, 14);
    // Γ(1/3) = 2.678938534707747… (A&S 6.1.1 table value).
    expect(lgamma(1 / 3)).toBeCloseTo(Math.log(2.678938534707747), 13);
  });
  it('uses the reflection formula below 0.5 and for negative non-integers', () => {
    expect(lgamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 13);
    expect(lgamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 13);
    expect(lgamma(0)).toBe(Infinity);
  });
  it('lbeta(a, b) = ln(Γ(a)Γ(b)/Γ(a+b))', () => {
    expect(lbeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
  });
});

describe('digamma', () => {
  it('matches ψ(1) = −γ and ψ(1/2) = −γ − 2 ln 2', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 13);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 13);
    expect(digamma(11)).toBeCloseTo(-euler + [...Array(10).keys()].reduce((s, k) => s + 1 / (k + 1), 0), 13);
  });
  it('is the derivative of lgamma', () => {
    for (const x of [0.3, 1.7, 12.5]) {
      const h = 1e-5;
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 8);
    }
  });
});

describe('logHyp2f1', () => {
  it('matches closed forms (A&S 15.1.3, 15.1.8)', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) {
      expect(logHyp2f1(1, 1, 2, z)).toBeCloseTo(Math.log(-Math.log(1 - z) / z), 12);
      expect(logHyp2f1(2.5, 0.7, 0.7, z)).toBeCloseTo(-2.5 * Math.log(1 - z), 11);
    }
  });
  it('stays finite in log space when ₂F₁ itself overflows', () => {
    // (1 − z)^(−a) with a = 200, z = 0.999: 10^600, beyond double range.
    expect(logHyp2f1(200, 3, 3, 0.999) / (600 * Math.LN10)).toBeCloseTo(1, 10);
  });
  it('refuses rather than truncates when it cannot converge', () => {
    expect(() => logHyp2f1(1, 1, 2, 0.999999, { maxTerms: 1000 })).toThrow(RangeError);
    expect(() => logHyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });
});
