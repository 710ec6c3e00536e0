// shared/uplift against statsmodels 0.13.5 / scipy 1.10.1, values stored by
// test/reference/uplift_reference.py: Newcombe's (1998) eight examples and 40 campaign-sized
// cases at α = 0.05 and 0.1, the sample-ratio χ² and the minimum detectable effect.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newcombeInterval, twoProportionTest, waldInterval } from '../../../shared/uplift/intervals';
import { sampleRatioCheck } from '../../../shared/uplift/sample-ratio';
import { detectableEffect } from '../../../shared/uplift/detectable-effect';

interface IntervalCase {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  alpha: number;
  newcombe: [number, number];
  wald: [number, number];
  z?: number;
  p?: number;
}
interface Reference {
  intervals: IntervalCase[];
  srm: { observed: number[]; shares: number[]; chi2: number; p: number }[];
  mde: { n1: number; n2: number; p0: number; h: number; mde: number }[];
}

const reference = JSON.parse(readFileSync(new URL('../../reference/uplift_reference.json', import.meta.url), 'utf8')) as Reference;

describe('uplift intervals equal statsmodels confint_proportions_2indep', () => {
  it('holds 96 stored cases, Newcombe’s published examples first', () => {
    expect(reference.intervals).toHaveLength(96);
    // Newcombe (1998) Table II, method 10, as printed (4 decimals): 56/70 − 48/80 and 9/10 − 3/10.
    const [a, b] = reference.intervals;
    expect(newcombeInterval({ successes: a!.x1, n: a!.n1 }, { successes: a!.x2, n: a!.n2 }).lower).toBeCloseTo(0.0524, 4);
    expect(newcombeInterval({ successes: a!.x1, n: a!.n1 }, { successes: a!.x2, n: a!.n2 }).upper).toBeCloseTo(0.3339, 4);
    expect(newcombeInterval({ successes: b!.x1, n: b!.n1 }, { successes: b!.x2, n: b!.n2 }).lower).toBeCloseTo(0.1705, 4);
    expect(newcombeInterval({ successes: b!.x1, n: b!.n1 }, { successes: b!.x2, n: b!.n2 }).upper).toBeCloseTo(0.809, 4);
  });

  it.each(reference.intervals.map((c) => [`${c.x1}/${c.n1} − ${c.x2}/${c.n2}, α ${c.alpha}`, c] as const))('%s: newcomb and wald to 1e-9', (_name, c) => {
    const first = { successes: c.x1, n: c.n1 };
    const second = { successes: c.x2, n: c.n2 };
    const newcombe = newcombeInterval(first, second, c.alpha);
    const wald = waldInterval(first, second, c.alpha);
    expect(Math.abs(newcombe.lower - c.newcombe[0])).toBeLessThan(1e-9);
    expect(Math.abs(newcombe.upper - c.newcombe[1])).toBeLessThan(1e-9);
    expect(Math.abs(wald.lower - c.wald[0])).toBeLessThan(1e-9);
    expect(Math.abs(wald.upper - c.wald[1])).toBeLessThan(1e-9);
    const test = twoProportionTest(first, second);
    if (c.z === undefined || c.p === undefined) {
      expect(test.pValue).toBeNaN();
    } else {
      expect(Math.abs(test.z - c.z)).toBeLessThan(1e-9);
      expect(Math.abs(test.pValue - c.p)).toBeLessThan(1e-9 * Math.max(1, c.p));
    }
  });
});

describe('sample-ratio mismatch equals scipy chisquare', () => {
  it.each(reference.srm.map((c) => [c.observed.join(' / '), c] as const))('%s', (_name, c) => {
    const check = sampleRatioCheck(c.observed, c.shares);
    expect(Math.abs(check.chiSquare - c.chi2)).toBeLessThan(1e-9 * Math.max(1, c.chi2));
    expect(Math.abs(check.pValue - c.p)).toBeLessThan(1e-12 + 1e-9 * c.p);
    expect(check.mismatch).toBe(c.p < 0.001);
  });
});

describe('minimum detectable effect equals statsmodels NormalIndPower', () => {
  it.each(reference.mde.map((c) => [`${c.n1} vs ${c.n2} at ${c.p0}`, c] as const))('%s', (_name, c) => {
    const effect = detectableEffect({ treated: c.n1, control: c.n2, baseline: c.p0 });
    expect(Math.abs(effect.effectSize - c.h)).toBeLessThan(1e-8);
    expect(Math.abs((effect.uplift ?? NaN) - c.mde)).toBeLessThan(1e-8);
  });
});
