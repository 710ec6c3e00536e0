/**
 * BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the
 * easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2)).
 *
 * Data conventions (PRODUCT.md §5), one customer i, time in any fixed unit (days, weeks):
 *  - x   = frequency  = number of distinct purchase days AFTER the first purchase day
 *          (repeat purchases; several orders on one day count once, the first day never);
 *  - t_x = recency    = time from the first purchase to the last purchase (0 when x = 0);
 *  - T   = age        = time from the first purchase to the snapshot date.
 * So 0 ≤ t_x ≤ T and x = 0 ⇔ t_x = 0. The published CDNOW fit uses weeks; α scales with
 * the time unit (α in days = 7 × α in weeks) while r, a, b do not.
 */
import { invertMatrix, minimize, numericHessian } from './optimize';
import { lgamma, logHyp2f1, logHyp3f2Ones } from './special';
import { BOUND_PENALTY, logBox } from './log-box';
import { fitNbd, nbdLogLik } from './nbd';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface RfData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
  /** Optional multiplicity of each row (to fit on de-duplicated (x, t_x, T) triples). */
  weights?: ArrayLike<number>;
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLik: number;
  /** Asymptotic standard errors from the numerical observed information (natural scale). */
  se: BgNbdParams;
  converged: boolean;
  iterations: number;
  /** A parameter sits on BGNBD_BOUNDS: the data cannot pin it (e.g. no dropout at all). */
  atBound: boolean;
  /**
   * The optimum is the NBD limit (a → 0 or b → ∞: no dropout), fitted as such: params.a = 0
   * (the dropout probability is 0 whatever b), se.a and se.b NaN.
   */
  nbdLimit: boolean;
}

/**
 * Individual log-likelihood, FHL 2005 eq. (6):
 * L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *   + δ(x>0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
 * Written, as in the paper's Excel note, as A1·A2·(A3 + δ A4) and combined with log-sum-exp.
 */
export function bgnbdLogLikOne(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const a1 = lgamma(r + x) - lgamma(r) + r * Math.log(alpha);
  const a2 = lgamma(a + b) + lgamma(b + x) - lgamma(b) - lgamma(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (x <= 0) return a1 + a2 + a3;
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const hi = Math.max(a3, a4);
  return a1 + a2 + hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
}

export function bgnbdLogLik(p: BgNbdParams, d: RfData): number {
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) {
    const w = d.weights ? (d.weights[i] ?? 0) : 1;
    if (w === 0) continue;
    ll += w * bgnbdLogLikOne(p, d.x[i] ?? 0, d.tx[i] ?? 0, d.T[i] ?? 0);
  }
  return ll;
}

/** Every parameter is kept in [1e-6, 1e6]: wide enough for any time unit in use (α in days or weeks). */
export const BGNBD_BOUNDS = { min: 1e-6, max: 1e6 } as const;
const box = logBox(BGNBD_BOUNDS.max);
const LOG_BOUND = box.bound;

/**
 * bgnbdLogLik for many evaluations on the same data, bit for bit: each row's terms in the
 * same order, but those depending on the parameters and x only (lgamma of r+x, b+x, a+b+x)
 * are computed once per distinct x, and x takes few values — the fit evaluates this
 * thousands of times.
 */
function preparedLogLik(d: RfData): (p: BgNbdParams) => number {
  const n = d.x.length;
  const distinct = new Map<number, number>();
  const xs: number[] = [];
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const xi = d.x[i] ?? 0;
    let k = distinct.get(xi);
    if (k === undefined) {
      k = xs.length;
      distinct.set(xi, k);
      xs.push(xi);
    }
    group[i] = k;
  }
  const A12 = new Float64Array(xs.length);
  const C4 = new Float64Array(xs.length);
  return ({ r, alpha, a, b }) => {
    const lgR = lgamma(r);
    const rLogAlpha = r * Math.log(alpha);
    const lgAB = lgamma(a + b);
    const lgB = lgamma(b);
    const logA = Math.log(a);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k]!;
      const a1 = lgamma(r + x) - lgR + rLogAlpha;
      const a2 = lgAB + lgamma(b + x) - lgB - lgamma(a + b + x);
      A12[k] = a1 + a2;
      C4[k] = x <= 0 ? NaN : logA - Math.log(b + x - 1);
    }
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const w = d.weights ? (d.weights[i] ?? 0) : 1;
      if (w === 0) continue;
      const x = d.x[i] ?? 0;
      const k = group[i]!;
      const a3 = -(r + x) * Math.log(alpha + (d.T[i] ?? 0));
      let one: number;
      if (x <= 0) one = A12[k]! + a3;
      else {
        const a4 = C4[k]! - (r + x) * Math.log(alpha + (d.tx[i] ?? 0));
        const hi = Math.max(a3, a4);
        one = A12[k]! + hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
      }
      ll += w * one;
    }
    return ll;
  };
}

const fromLog = (v: Float64Array): BgNbdParams => ({
  r: Math.exp(v[0] ?? 0),
  alpha: Math.exp(v[1] ?? 0),
  a: Math.exp(v[2] ?? 0),
  b: Math.exp(v[3] ?? 0),
});

function validate(d: RfData): number {
  const n = d.x.length;
  if (d.tx.length !== n || d.T.length !== n) throw new RangeError('BG/NBD: x, tx, T lengths differ');
  let wsum = 0;
  for (let i = 0; i < n; i++) {
    const x = d.x[i] ?? NaN;
    const tx = d.tx[i] ?? NaN;
    const T = d.T[i] ?? NaN;
    if (!(x >= 0 && tx >= 0 && T >= tx && Number.isFinite(T))) {
      throw new RangeError(`BG/NBD: row ${i} violates 0 ≤ t_x ≤ T, x ≥ 0`);
    }
    wsum += d.weights ? (d.weights[i] ?? 0) : 1;
  }
  if (!(wsum > 0)) throw new RangeError('BG/NBD: no data');
  return wsum;
}

/**
 * Maximum-likelihood fit. Parameters are optimised as logs (all four must be positive);
 * the objective is −ℓ / N so tolerances do not depend on the sample size.
 */
export function fitBgNbd(d: RfData, init?: Partial<BgNbdParams>): BgNbdFit {
  const wsum = validate(d);
  let mx = 0;
  let mT = 0;
  for (let i = 0; i < d.x.length; i++) {
    const w = d.weights ? (d.weights[i] ?? 0) : 1;
    mx += w * (d.x[i] ?? 0);
    mT += w * (d.T[i] ?? 0);
  }
  mx /= wsum;
  mT /= wsum;
  // Start with Gamma(1, α) purchase rates whose mean r/α matches the observed repeat rate.
  const start: BgNbdParams = {
    r: init?.r ?? 1,
    alpha: init?.alpha ?? Math.max(mT / Math.max(mx, 0.1), 1e-3),
    a: init?.a ?? 1,
    b: init?.b ?? 1,
  };
  // Outside the box the likelihood is evaluated at the nearest point inside plus a quadratic
  // penalty: without it, data with (almost) no dropout sends a and b towards infinity
  // together, where lgamma differences cancel catastrophically and ℓ turns to noise (values
  // ~1e40 with a positive ℓ were seen). Inside the box the objective is untouched.
  const clamped = new Float64Array(4);
  const logLikOf = preparedLogLik(d);
  const obj = (v: Float64Array): number => {
    const excess = box.clamp(v, clamped);
    const f = -logLikOf(fromLog(clamped)) / wsum;
    return excess > 0 ? f + BOUND_PENALTY * excess : f;
  };
  const x0 = [start.r, start.alpha, start.a, start.b].map((v) => Math.min(LOG_BOUND, Math.max(-LOG_BOUND, Math.log(v))));
  const res = minimize(obj, x0, { gtol: 1e-7, maxIter: 1000 });
  const atBound = box.clamp(res.x, clamped) > 0 || clamped.some((v) => Math.abs(v) >= LOG_BOUND - 1e-3);
  const params = fromLog(clamped);
  const logLik = atBound ? logLikOf(params) : -res.f * wsum;
  // The NBD is BG/NBD's boundary a → 0 (Beta(a, b) collapsing on p = 0): fit that limit exactly
  // (two parameters, cheap) and keep it when it is at least as likely. On a flat ridge towards
  // the boundary the 4-parameter search stops at a ≈ 1e-5 a hair below it; on data with dropout
  // (CDNOW: ℓ −9,764 against −9,582) the BG/NBD stands.
  const nbd = fitNbd(d, wsum, BGNBD_BOUNDS.max, params);
  if (nbd.logLik >= logLik - 1e-12 * Math.max(1, Math.abs(logLik))) {
    const se = nbdStandardErrors(nbd.r, nbd.alpha, d);
    return {
      params: { r: nbd.r, alpha: nbd.alpha, a: 0, b: params.b },
      logLik: nbd.logLik,
      se: { ...se, a: NaN, b: NaN },
      converged: nbd.converged,
      iterations: res.iterations + nbd.iterations,
      atBound: nbd.atBound,
      nbdLimit: true,
    };
  }
  return { params, logLik, se: standardErrors(params, logLikOf), converged: res.converged, iterations: res.iterations, atBound, nbdLimit: false };
}

function nbdStandardErrors(r: number, alpha: number, d: RfData): { r: number; alpha: number } {
  const H = numericHessian((q) => (q[0]! > 0 && q[1]! > 0 ? -nbdLogLik(q[0]!, q[1]!, d) : Infinity), Float64Array.from([r, alpha]));
  const inv = invertMatrix(H, 2);
  const se = (i: number): number => (inv ? Math.sqrt(Math.max(inv[i * 2 + i] ?? NaN, 0)) : NaN);
  return { r: se(0), alpha: se(1) };
}

/** SEs from the inverse observed information on the natural scale (delta method not needed). */
function standardErrors(p: BgNbdParams, logLikOf: (p: BgNbdParams) => number): BgNbdParams {
  const v = Float64Array.from([p.r, p.alpha, p.a, p.b]);
  const H = numericHessian((q) => {
    if (!(q[0]! > 0 && q[1]! > 0 && q[2]! > 0 && q[3]! > 0)) return Infinity;
    return -logLikOf({ r: q[0]!, alpha: q[1]!, a: q[2]!, b: q[3]! });
  }, v);
  const inv = invertMatrix(H, 4);
  const se = (i: number): number => (inv ? Math.sqrt(Math.max(inv[i * 4 + i] ?? NaN, 0)) : NaN);
  return { r: se(0), alpha: se(1), a: se(2), b: se(3) };
}

/** P(alive | x, t_x, T), FHL 2005 eq. (A3 rearranged; see also their note on P(alive)). */
export function probabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x <= 0 || p.a === 0) return 1;
  const logRatio = Math.log(p.a / (p.b + x - 1)) + (p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx));
  return 1 / (1 + Math.exp(logRatio));
}

// a = 1 makes (a+b+x−1)/(a−1) singular although the limit exists; nudge so callers get the
// limiting value to ≈6 digits instead of NaN.
const nudgeA = (a: number): number => (Math.abs(a - 1) < 1e-7 ? 1 + 1e-7 : a);

/**
 * Expected purchases in (0, t] of a customer alive now whose purchase rate is Gamma(A, β) and
 * dropout probability Beta(a, B) (after x repeat purchases by T: A = r+x, β = α+T, B = b+x):
 * C/(a−1) · [1 − (β/(β+t))^A ₂F₁(A, B; C; z)], C = a+B−1, z = t/(β+t) (FHL 2005 eq. 7 and 10).
 * a = 0 is the NBD limit (p ≡ 0, nobody drops out): λ's posterior mean times t, A/β · t.
 * C ≤ 0 (only when x = 0 and a+b ≤ 1, met near that limit) leaves ₂F₁ without positive
 * terms; C·₂F₁ = C + A·B·z·₃F₂(A+1, B+1, 1; C+1, 2; z) rewrites the bracket as a sum of two
 * positive terms over 1 − a > 0.
 */
function expectedWhileAlive(A: number, beta: number, aIn: number, B: number, t: number): number {
  if (aIn === 0) return (A / beta) * t;
  const a = nudgeA(aIn);
  const C = a + B - 1;
  const z = t / (beta + t);
  const logSurvive = A * Math.log(beta / (beta + t));
  if (C > 0) return (C / (a - 1)) * -Math.expm1(logSurvive + logHyp2f1(A, B, C, z));
  const series = Math.exp(logSurvive + Math.log(A * B * z) + logHyp3f2Ones(A + 1, B + 1, C + 1, z));
  return (series - C * -Math.expm1(logSurvive)) / (1 - a);
}

/**
 * Unconditional expected number of repeat purchases in (0, t] for a new customer,
 * FHL 2005 eq. (7): E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 */
export function expectedPurchases(p: BgNbdParams, t: number): number {
  if (t <= 0) return 0;
  return expectedWhileAlive(p.r, p.alpha, p.a, p.b, t);
}

/**
 * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T+t], FHL 2005 eq. (10):
 * [(a+b+x−1)/(a−1) · (1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t)))]
 *   / [1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)].
 * With a = 0 (the NBD limit) P(alive) = 1 and this is (r+x)/(α+T) · t.
 */
export function conditionalExpectedPurchases(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  return expectedWhileAlive(p.r + x, p.alpha + T, p.a, p.b + x, t) * probabilityAlive(p, x, tx, T);
}
