/**
 * Gamma-Gamma model of monetary value (Fader, Hardie & Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", JMR 42(4); Fader & Hardie 2013 note "The
 * Gamma-Gamma model of monetary value").
 *
 * Data conventions (PRODUCT.md §5): fitted on repeat buyers only (x ≥ 1), where
 * x = number of repeat purchase days (as in BG/NBD) and m_x = mean spend per repeat purchase
 * day, the first purchase day excluded. Spend per transaction z ~ Gamma(p, ν), ν ~ Gamma(q, γ)
 * across customers; we call γ `v` as lifetimes does.
 */
import { minimize } from './optimize';
import { lgamma } from './special';
import { BOUND_PENALTY, logBox } from './log-box';

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLik: number;
  converged: boolean;
  iterations: number;
  /** A parameter sits on GAMMA_GAMMA_BOUNDS: the data cannot pin it (e.g. one fixed price). */
  atBound: boolean;
  /** Rows left out: x < 1, or a mean spend that is not a finite positive amount. */
  excluded: number;
}

/**
 * log f(m_x | p, q, γ, x), Fader & Hardie note eq. (4):
 * f = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m_x^(px−1) x^(px) / (γ + m_x x)^(px+q).
 */
export function gammaGammaLogLikOne(g: GammaGammaParams, x: number, m: number): number {
  const px = g.p * x;
  return lgamma(px + g.q) - lgamma(px) - lgamma(g.q) + g.q * Math.log(g.v) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + g.q) * Math.log(g.v + m * x);
}

export function gammaGammaLogLik(g: GammaGammaParams, x: ArrayLike<number>, m: ArrayLike<number>): number {
  let ll = 0;
  for (let i = 0; i < x.length; i++) ll += gammaGammaLogLikOne(g, x[i] ?? 0, m[i] ?? 0);
  return ll;
}

/**
 * gammaGammaLogLik for many evaluations on the same data, bit for bit: the same terms in
 * the same order, but log m, log x and the lgamma terms (x takes few distinct values) are
 * computed once instead of per row and evaluation — the fit evaluates it thousands of times.
 */
function preparedLogLik(x: ArrayLike<number>, m: ArrayLike<number>): (g: GammaGammaParams) => number {
  const n = x.length;
  const distinct = new Map<number, number>();
  const xs: number[] = [];
  const group = new Int32Array(n);
  const logM = new Float64Array(n);
  const logX = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i] ?? 0;
    let k = distinct.get(xi);
    if (k === undefined) {
      k = xs.length;
      distinct.set(xi, k);
      xs.push(xi);
    }
    group[i] = k;
    logM[i] = Math.log(m[i] ?? 0);
    logX[i] = Math.log(xi);
  }
  const lgPxq = new Float64Array(xs.length);
  const lgPx = new Float64Array(xs.length);
  return (g) => {
    for (let k = 0; k < xs.length; k++) {
      const px = g.p * xs[k]!;
      lgPxq[k] = lgamma(px + g.q);
      lgPx[k] = lgamma(px);
    }
    const lgQ = lgamma(g.q);
    const qLogV = g.q * Math.log(g.v);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const k = group[i]!;
      const xi = x[i] ?? 0;
      const mi = m[i] ?? 0;
      const px = g.p * xi;
      ll += lgPxq[k]! - lgPx[k]! - lgQ + qLogV + (px - 1) * logM[i]! + px * logX[i]! - (px + g.q) * Math.log(g.v + mi * xi);
    }
    return ll;
  };
}

/**
 * p, q and γ are kept in [1e-6, 1e6], γ measured on spend divided by its sample mean so that
 * the box does not depend on the currency: Gamma-Gamma is scale-equivariant (spend × c ⇒ γ × c,
 * p and q unchanged), so the fit runs on m / mean and γ is scaled back.
 */
export const GAMMA_GAMMA_BOUNDS = { min: 1e-6, max: 1e6 } as const;
const box = logBox(GAMMA_GAMMA_BOUNDS.max);
const LOG_BOUND = box.bound;

const fromLog = (v: Float64Array): GammaGammaParams => ({ p: Math.exp(v[0]!), q: Math.exp(v[1]!), v: Math.exp(v[2]!) });

/**
 * MLE of (p, q, γ) on log scale over the rows with x ≥ 1 and a finite m_x > 0: a customer whose
 * repeat purchases net to nothing or less (returns, free orders) has no Gamma-distributed spend,
 * so such rows are left out of the fit (counted in `excluded`); no usable row at all is a RangeError.
 */
export function fitGammaGamma(xIn: ArrayLike<number>, mIn: ArrayLike<number>): GammaGammaFit {
  if (mIn.length !== xIn.length) throw new RangeError('Gamma-Gamma: x and m must have the same length');
  const keep: number[] = [];
  for (let i = 0; i < xIn.length; i++) {
    const xi = xIn[i] ?? 0;
    const mi = mIn[i] ?? 0;
    if (xi >= 1 && mi > 0 && Number.isFinite(mi) && Number.isFinite(xi)) keep.push(i);
  }
  const n = keep.length;
  if (n === 0) throw new RangeError('Gamma-Gamma: no repeat buyer with a positive mean spend');
  const x = Float64Array.from(keep, (i) => xIn[i]!);
  const m = Float64Array.from(keep, (i) => mIn[i]!);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += m[i]! / n;
  const scaled = Float64Array.from({ length: n }, (_, i) => (m[i] ?? 0) / mean);
  // Outside the box the likelihood is evaluated at the nearest point inside plus a quadratic
  // penalty. Without it, spend with no spread between customers (a fixed subscription price)
  // sends q and γ towards infinity together, and spend with no spread within a customer sends
  // p there; the unbounded fit stopped unconverged near p 2e7, q 1e9. Inside, it is untouched.
  const logLikOf = preparedLogLik(x, scaled);
  const clamped = new Float64Array(3);
  const obj = (v: Float64Array): number => {
    const excess = box.clamp(v, clamped);
    const f = -logLikOf(fromLog(clamped)) / n;
    return excess > 0 ? f + BOUND_PENALTY * excess : f;
  };
  // Start at p = 1, q = 2 with γ chosen so the population mean pγ/(q−1) equals the sample mean (1 when scaled).
  const options = { gtol: 1e-8, maxIter: 1000 };
  let res = minimize(obj, [0, Math.log(2), 0], options);
  const atBound = box.clamp(res.x, clamped) > 0 || clamped.some((v) => Math.abs(v) >= LOG_BOUND - 1e-3);
  if (atBound) {
    // The penalty leaves a kink at the box edge that no gradient test passes: pin the parameters
    // that reached it and fit the others, a smooth problem with a proper convergence test.
    const pinned = Float64Array.from(clamped, (v) => (Math.abs(v) >= LOG_BOUND - 1e-3 ? Math.sign(v) * LOG_BOUND : NaN));
    const free = [0, 1, 2].filter((k) => Number.isNaN(pinned[k]));
    const full = (u: Float64Array): Float64Array => {
      const v = Float64Array.from(pinned);
      free.forEach((k, j) => (v[k] = u[j]!));
      return v;
    };
    if (free.length > 0) {
      const inner = minimize(
        (u) => obj(full(u)),
        Float64Array.from(free, (k) => clamped[k]!),
        options,
      );
      res = { ...inner, x: full(inner.x), iterations: res.iterations + inner.iterations };
    } else res = { ...res, x: pinned, converged: true };
    box.clamp(res.x, clamped);
  }
  const fitted = fromLog(clamped);
  // Back on the spend's own scale: γ × mean, and each density gains the Jacobian 1 / mean.
  return {
    params: { p: fitted.p, q: fitted.q, v: fitted.v * mean },
    logLik: logLikOf(fitted) - n * Math.log(mean),
    converged: res.converged,
    iterations: res.iterations,
    atBound,
    excluded: xIn.length - n,
  };
}

/** Population mean spend per transaction E[Z] = pγ/(q−1); infinite when q ≤ 1. */
export function populationMeanSpend(g: GammaGammaParams): number {
  return g.q > 1 ? (g.p * g.v) / (g.q - 1) : Infinity;
}

/**
 * E[Z | p, q, γ, m_x, x] = p(γ + x m_x) / (px + q − 1) (FHL 2005 JMR eq. 3; note eq. 5): a
 * weighted mean of the population mean and the customer's own m_x. For x = 0 it is the
 * population mean.
 */
export function conditionalExpectedSpend(g: GammaGammaParams, x: number, m: number): number {
  if (x <= 0 || !(m > 0)) return populationMeanSpend(g);
  const shape = g.p * x + g.q;
  // E[1/ν] under ν's Gamma(px+q, γ+x·m) posterior is infinite when px+q ≤ 1.
  return shape > 1 ? (g.p * (g.v + x * m)) / (shape - 1) : Infinity;
}
