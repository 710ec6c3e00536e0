/**
 * The NBD model of repeat buying (Ehrenberg 1959; Morrison & Schmittlein 1988): Poisson purchases
 * at a Gamma(r, α)-distributed rate, nobody drops out. It is the BG/NBD's limit as the dropout
 * probability's Beta(a, b) collapses on 0 (a → 0, or b → ∞ with a fixed): there FHL 2005 eq. (6)
 * loses its second term and B(a, b+x)/B(a, b) → 1, leaving
 *   L = Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 * — t_x no longer matters, since with no dropout only the count in (0, T] is informative.
 * A real retail history can put the BG/NBD optimum there; fitBgNbd then fits this.
 */
import { minimize } from './optimize';
import { lgamma } from './special';
import { BOUND_PENALTY, logBox } from './log-box';
import type { RfData } from './bgnbd';

export interface NbdFit {
  r: number;
  alpha: number;
  logLik: number;
  converged: boolean;
  iterations: number;
  /** r or α reached the box (e.g. no repeat purchase at all, where the rate is pinned at ~0). */
  atBound: boolean;
}

export function nbdLogLikOne(r: number, alpha: number, x: number, T: number): number {
  return lgamma(r + x) - lgamma(r) + r * Math.log(alpha) - (r + x) * Math.log(alpha + T);
}

export function nbdLogLik(r: number, alpha: number, d: RfData): number {
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) {
    const w = d.weights ? (d.weights[i] ?? 0) : 1;
    if (w !== 0) ll += w * nbdLogLikOne(r, alpha, d.x[i] ?? 0, d.T[i] ?? 0);
  }
  return ll;
}

/** MLE of (r, α) on a log scale inside [1/max, max], as fitBgNbd's box; `wsum` = Σ weights > 0. */
export function fitNbd(d: RfData, wsum: number, max: number, start: { r: number; alpha: number }): NbdFit {
  const box = logBox(max);
  const clamped = new Float64Array(2);
  const obj = (v: Float64Array): number => {
    const excess = box.clamp(v, clamped);
    const f = -nbdLogLik(Math.exp(clamped[0]!), Math.exp(clamped[1]!), d) / wsum;
    return excess > 0 ? f + BOUND_PENALTY * excess : f;
  };
  const x0 = [start.r, start.alpha].map((v) => Math.min(box.bound, Math.max(-box.bound, Math.log(v))));
  const res = minimize(obj, x0, { gtol: 1e-8, maxIter: 1000 });
  const atBound = box.clamp(res.x, clamped) > 0 || clamped.some((v) => Math.abs(v) >= box.bound - 1e-3);
  const r = Math.exp(clamped[0]!);
  const alpha = Math.exp(clamped[1]!);
  return { r, alpha, logLik: nbdLogLik(r, alpha, d), converged: res.converged, iterations: res.iterations, atBound };
}
