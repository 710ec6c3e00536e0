// Intervals for the difference of two independent proportions, p₁ − p₂ (treatment − control: the
// uplift). Newcombe's hybrid score interval (1998, method 10: Wilson score limits of each group,
// combined by the square-and-add rule) is the default: it keeps close to its nominal coverage
// for small groups and rates near 0 or 1, where Wald's interval does not; Wald is shown beside
// it because analysts know it. Both equal statsmodels' confint_proportions_2indep (methods
// 'newcomb' and 'wald', compare 'diff'); the p-value is the pooled two-proportion z test
// (statsmodels' proportions_ztest).
import { normalCdf, normalQuantile } from '../stats/normal';

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface Proportion {
  /** Successes (retained, won back, or the recorded outcome). */
  readonly successes: number;
  readonly n: number;
}

function critical(alpha: number): number {
  return normalQuantile(1 - alpha / 2);
}

function rate({ successes, n }: Proportion): number {
  return n > 0 ? successes / n : NaN;
}

/** Wilson's score interval of one proportion (no continuity correction). */
export function wilsonInterval(group: Proportion, alpha = 0.05): Interval {
  const { n } = group;
  if (!(n > 0)) return { lower: NaN, upper: NaN };
  const p = rate(group);
  const z = critical(alpha);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { lower: centre - half, upper: centre + half };
}

/** Newcombe's hybrid score interval of p₁ − p₂. */
export function newcombeInterval(first: Proportion, second: Proportion, alpha = 0.05): Interval {
  const p1 = rate(first);
  const p2 = rate(second);
  const a = wilsonInterval(first, alpha);
  const b = wilsonInterval(second, alpha);
  const difference = p1 - p2;
  return {
    lower: difference - Math.sqrt((p1 - a.lower) ** 2 + (b.upper - p2) ** 2),
    upper: difference + Math.sqrt((a.upper - p1) ** 2 + (p2 - b.lower) ** 2),
  };
}

/** Wald's interval of p₁ − p₂: the difference ± z × its unpooled standard error. */
export function waldInterval(first: Proportion, second: Proportion, alpha = 0.05): Interval {
  const p1 = rate(first);
  const p2 = rate(second);
  const se = Math.sqrt((p1 * (1 - p1)) / first.n + (p2 * (1 - p2)) / second.n);
  const z = critical(alpha);
  return { lower: p1 - p2 - z * se, upper: p1 - p2 + z * se };
}

export interface ZTest {
  readonly z: number;
  /** Two-sided. */
  readonly pValue: number;
}

/** The pooled two-proportion z test of p₁ = p₂; NaN when every outcome is the same (no variance to test). */
export function twoProportionTest(first: Proportion, second: Proportion): ZTest {
  const pooled = (first.successes + second.successes) / (first.n + second.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  if (!(se > 0)) return { z: NaN, pValue: NaN };
  const z = (rate(first) - rate(second)) / se;
  return { z, pValue: 2 * normalCdf(-Math.abs(z)) };
}
