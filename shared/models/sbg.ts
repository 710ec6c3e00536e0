/**
 * Shifted-beta-geometric (sBG) model of contractual retention (Fader & Hardie 2007, "How to
 * project customer retention", J. Interactive Marketing 21(1)). Each customer churns at the
 * end of a period with probability θ, θ ~ Beta(α, β) across the cohort.
 *
 * Data: survivors[t] = customers of the cohort still active at the end of period t, with
 * survivors[0] = initial cohort size. Period 1 is the first renewal opportunity.
 */
import { minimize } from './optimize';
import { BOUND_PENALTY, logBox } from './log-box';

export interface SbgParams {
  alpha: number;
  beta: number;
}

export interface SbgFit {
  params: SbgParams;
  logLik: number;
  converged: boolean;
  iterations: number;
  /**
   * α or β reached [1e-6, 1e6]: the data cannot pin it — nobody lost (θ → 0: α → 0 or β → ∞) or
   * everyone lost in period 1 (θ → 1). The boxed fit is then the limit to ~1e-6.
   */
  atBound: boolean;
}

const box = logBox(1e6);

/**
 * P(T = t) for t = 1…n by the forward recursion of F&H 2007 eq. (7):
 * P(1) = α/(α+β), P(t) = (β+t−2)/(α+β+t−1) · P(t−1); S(t) = S(t−1) − P(t) (eq. 8).
 */
export function sbgChurnProbabilities(p: SbgParams, n: number): { P: Float64Array; S: Float64Array } {
  const P = new Float64Array(n + 1);
  const S = new Float64Array(n + 1);
  S[0] = 1;
  for (let t = 1; t <= n; t++) {
    P[t] = t === 1 ? p.alpha / (p.alpha + p.beta) : ((p.beta + t - 2) / (p.alpha + p.beta + t - 1)) * (P[t - 1] ?? 0);
    // Rounding can take the difference a hair below 0 when nearly everyone churns at once.
    S[t] = Math.max(0, (S[t - 1] ?? 0) - (P[t] ?? 0));
  }
  return { P, S };
}

/**
 * Log-likelihood F&H 2007 eq. (B1): Σₜ (n_{t−1} − n_t) ln P(T=t) + n_last ln S(last);
 * those still alive at the end are right-censored.
 */
export function sbgLogLik(p: SbgParams, survivors: ArrayLike<number>): number {
  const n = survivors.length - 1;
  const { P, S } = sbgChurnProbabilities(p, n);
  let ll = 0;
  for (let t = 1; t <= n; t++) {
    const lost = (survivors[t - 1] ?? 0) - (survivors[t] ?? 0);
    if (lost !== 0) ll += lost * Math.log(P[t] ?? 0);
  }
  const last = survivors[n] ?? 0;
  if (last !== 0) ll += last * Math.log(S[n] ?? 0);
  return ll;
}

/** MLE of (α, β) on log scale from a survivors-by-period curve. */
export function fitSbg(survivors: ArrayLike<number>): SbgFit {
  if (survivors.length < 2) throw new RangeError('sBG: need at least survivors[0] and survivors[1]');
  for (let t = 1; t < survivors.length; t++) {
    if (!((survivors[t] ?? NaN) <= (survivors[t - 1] ?? NaN) && (survivors[t] ?? -1) >= 0)) {
      throw new RangeError('sBG: survivors must be non-increasing and non-negative');
    }
  }
  const n0 = survivors[0] ?? 0;
  if (!(n0 > 0)) throw new RangeError('sBG: empty cohort (survivors[0] = 0)');
  // Boxed like BG/NBD: with no loss (or total loss) the likelihood rises towards a boundary
  // forever and the unboxed fit walked α, β to overflow.
  const clamped = new Float64Array(2);
  const obj = (v: Float64Array): number => {
    const excess = box.clamp(v, clamped);
    const f = -sbgLogLik({ alpha: Math.exp(clamped[0]!), beta: Math.exp(clamped[1]!) }, survivors) / n0;
    return excess > 0 ? f + BOUND_PENALTY * excess : f;
  };
  const res = minimize(obj, [0, 0], { gtol: 1e-9 });
  const atBound = box.clamp(res.x, clamped) > 0 || clamped.some((v) => Math.abs(v) >= box.bound - 1e-3);
  const params = { alpha: Math.exp(clamped[0]!), beta: Math.exp(clamped[1]!) };
  return { params, logLik: sbgLogLik(params, survivors), converged: res.converged, iterations: res.iterations, atBound };
}

/** Projected survival S(t), t = 0…horizon (multiply by the cohort size for survivors). */
export function sbgSurvival(p: SbgParams, horizon: number): Float64Array {
  return sbgChurnProbabilities(p, horizon).S;
}

/** Period-t retention rate r_t = S(t)/S(t−1) = (β+t−1)/(α+β+t−1), F&H 2007 eq. (4). */
export function sbgRetentionRate(p: SbgParams, t: number): number {
  return (p.beta + t - 1) / (p.alpha + p.beta + t - 1);
}
