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
}

/**
 * log f(m_x | p, q, γ, x), Fader & Hardie note eq. (4):
 * f = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m_x^(px−1) x^(px) / (γ + m_x x)^(px+q).
 */
export function gammaGammaLogLikOne(g: GammaGammaParams, x: number, m: number): number {
  const px = g.p * x;
  return (
    lgamma(px + g.q) - lgamma(px) - lgamma(g.q) + g.q * Math.log(g.v) + (px - 1) * Math.log(m) +
    px * Math.log(x) - (px + g.q) * Math.log(g.v + m * x)
  );
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

/** MLE of (p, q, γ) on log scale. Rows with x < 1 or m ≤ 0 must be filtered out by the caller. */
export function fitGammaGamma(x: ArrayLike<number>, m: ArrayLike<number>): GammaGammaFit {
  const n = x.length;
  if (m.length !== n || n === 0) throw new RangeError('Gamma-Gamma: x and m must be non-empty, same length');
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i] ?? 0;
    const mi = m[i] ?? 0;
    if (!(xi >= 1 && mi > 0 && Number.isFinite(mi))) {
      throw new RangeError(`Gamma-Gamma: row ${i} needs x ≥ 1 and m_x > 0 (repeat buyers only)`);
    }
    mean += mi / n;
  }
  // Start at p = 1, q = 2 with γ chosen so the population mean pγ/(q−1) equals the sample mean.
  const logLik = preparedLogLik(x, m);
  const obj = (v: Float64Array): number => -logLik({ p: Math.exp(v[0] ?? 0), q: Math.exp(v[1] ?? 0), v: Math.exp(v[2] ?? 0) }) / n;
  const res = minimize(obj, [0, Math.log(2), Math.log(mean)], { gtol: 1e-8, maxIter: 1000 });
  const params = { p: Math.exp(res.x[0] ?? 0), q: Math.exp(res.x[1] ?? 0), v: Math.exp(res.x[2] ?? 0) };
  return { params, logLik: -res.f * n, converged: res.converged, iterations: res.iterations };
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
  if (x <= 0) return populationMeanSpend(g);
  return (g.p * (g.v + x * m)) / (g.p * x + g.q - 1);
}
