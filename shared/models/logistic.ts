/**
 * L2-regularised logistic regression on standardised features.
 *
 * Objective (standardised scale, β₀ = intercept, unpenalised):
 *   J(β) = −Σᵢ wᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)] + (λ/2) Σ_{j≥1} βⱼ²,  ηᵢ = β₀ + Σⱼ βⱼ zᵢⱼ,
 *   zᵢⱼ = (xᵢⱼ − meanⱼ) / sdⱼ (population sd).
 * λ is on the summed loss, i.e. scikit-learn's C = 1/λ. J is strictly convex for λ > 0, so
 * Newton's method (IRLS; Hastie, Tibshirani & Friedman, ESL §4.4.1) with step halving
 * reaches the unique optimum to machine precision. For more than `newtonMaxFeatures`
 * features the O(p³) solve and O(np²) Hessian get expensive, so we fall back to L-BFGS.
 */
import { minimize } from './optimize';

export interface LogisticOptions {
  /** Ridge strength on the standardised coefficients (not the intercept). Default 1. */
  lambda?: number;
  /** Optional case weights. */
  weights?: ArrayLike<number>;
  maxIter?: number;
  /** Stop when max |∂J/∂β| ≤ tol. Default 1e-9. */
  tol?: number;
  /** Above this many features use L-BFGS instead of Newton. Default 100. */
  newtonMaxFeatures?: number;
}

export interface LogisticModel {
  nFeatures: number;
  lambda: number;
  means: Float64Array;
  sds: Float64Array;
  /** Coefficients per standard deviation of each feature (comparable importances). */
  interceptStd: number;
  coefStd: Float64Array;
  /** The same model on the raw feature scale: logit p = intercept + Σ coef·x. */
  intercept: number;
  coef: Float64Array;
  /** Unpenalised log-likelihood at the fit and deviance = −2 logLik. */
  logLik: number;
  deviance: number;
  /** max |∂J/∂β| at the returned coefficients. */
  gradNorm: number;
  iterations: number;
  converged: boolean;
  solver: 'newton' | 'lbfgs';
}

/** log(1 + e^η) without overflow. */
function log1pExp(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

function sigmoid(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

interface Problem {
  Z: Float64Array; // n × (p+1) row-major, column 0 = 1
  y: ArrayLike<number>;
  w: ArrayLike<number> | undefined;
  n: number;
  q: number; // p + 1
  lambda: number;
  zeroCol: Uint8Array; // 1 where the feature is constant (no information)
}

/** J(β) and its gradient (into g when given). */
function objective(pr: Problem, beta: Float64Array, g?: Float64Array): number {
  const { Z, y, w, n, q, lambda } = pr;
  if (g) g.fill(0);
  let J = 0;
  for (let i = 0; i < n; i++) {
    const o = i * q;
    let eta = 0;
    for (let j = 0; j < q; j++) eta += Z[o + j]! * beta[j]!;
    const wi = w ? w[i]! : 1;
    const yi = y[i]!;
    J += wi * (log1pExp(eta) - yi * eta);
    if (g) {
      const r = wi * (sigmoid(eta) - yi);
      for (let j = 0; j < q; j++) g[j] = g[j]! + r * Z[o + j]!;
    }
  }
  for (let j = 1; j < q; j++) {
    J += 0.5 * lambda * beta[j]! * beta[j]!;
    if (g) g[j] = g[j]! + lambda * beta[j]!;
  }
  return J;
}

/** Cholesky solve of the SPD system H x = b (in place on copies); null if not SPD. */
function choleskySolve(H: Float64Array, b: Float64Array, q: number): Float64Array | null {
  const L = Float64Array.from(H);
  for (let j = 0; j < q; j++) {
    let d = L[j * q + j]!;
    for (let k = 0; k < j; k++) d -= L[j * q + k]! * L[j * q + k]!;
    if (!(d > 0)) return null;
    const ljj = Math.sqrt(d);
    L[j * q + j] = ljj;
    for (let i = j + 1; i < q; i++) {
      let s = L[i * q + j]!;
      for (let k = 0; k < j; k++) s -= L[i * q + k]! * L[j * q + k]!;
      L[i * q + j] = s / ljj;
    }
  }
  const x = Float64Array.from(b);
  for (let i = 0; i < q; i++) {
    let s = x[i]!;
    for (let k = 0; k < i; k++) s -= L[i * q + k]! * x[k]!;
    x[i] = s / L[i * q + i]!;
  }
  for (let i = q - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < q; k++) s -= L[k * q + i]! * x[k]!;
    x[i] = s / L[i * q + i]!;
  }
  return x;
}

function hessian(pr: Problem, beta: Float64Array, H: Float64Array): void {
  const { Z, w, n, q, lambda } = pr;
  H.fill(0);
  for (let i = 0; i < n; i++) {
    const o = i * q;
    let eta = 0;
    for (let j = 0; j < q; j++) eta += Z[o + j]! * beta[j]!;
    const mu = sigmoid(eta);
    const wi = (w ? w[i]! : 1) * mu * (1 - mu);
    if (wi === 0) continue;
    // Upper triangle only; mirrored below.
    for (let j = 0; j < q; j++) {
      const zj = wi * Z[o + j]!;
      if (zj === 0) continue;
      const row = j * q;
      for (let k = j; k < q; k++) H[row + k] = H[row + k]! + zj * Z[o + k]!;
    }
  }
  for (let j = 0; j < q; j++) {
    for (let k = j + 1; k < q; k++) H[k * q + j] = H[j * q + k]!;
    if (j > 0) {
      // A constant feature has an all-zero column; 1 keeps H invertible and its step 0.
      H[j * q + j] = H[j * q + j]! + (pr.zeroCol[j - 1] ? 1 : 0) + lambda;
    }
  }
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/**
 * Fit on a row-major n × p design X (Float64Array) and 0/1 labels y.
 * Deterministic; X and y are not modified.
 */
export function fitLogistic(X: Float64Array, n: number, p: number, y: ArrayLike<number>, opts: LogisticOptions = {}): LogisticModel {
  if (X.length !== n * p || y.length !== n) throw new RangeError('logistic: X must be n×p and y of length n');
  if (n === 0) throw new RangeError('logistic: no rows to fit');
  const lambda = opts.lambda ?? 1;
  const w = opts.weights;
  const tol = opts.tol ?? 1e-9;
  const q = p + 1;
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  let wsum = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i]! : 1;
    wsum += wi;
    for (let j = 0; j < p; j++) means[j] = means[j]! + wi * X[i * p + j]!;
  }
  for (let j = 0; j < p; j++) means[j] = means[j]! / wsum;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i]! : 1;
    for (let j = 0; j < p; j++) {
      const d = X[i * p + j]! - means[j]!;
      sds[j] = sds[j]! + wi * d * d;
    }
  }
  const zeroCol = new Uint8Array(p);
  for (let j = 0; j < p; j++) {
    const sd = Math.sqrt(sds[j]! / wsum);
    // Relative threshold: a column constant up to rounding carries no information.
    const isConst = !(sd > 1e-12 * Math.max(1, Math.abs(means[j]!)));
    zeroCol[j] = isConst ? 1 : 0;
    sds[j] = isConst ? 1 : sd;
  }
  const Z = new Float64Array(n * q);
  for (let i = 0; i < n; i++) {
    Z[i * q] = 1;
    for (let j = 0; j < p; j++) Z[i * q + 1 + j] = zeroCol[j] ? 0 : (X[i * p + j]! - means[j]!) / sds[j]!;
  }
  const pr: Problem = { Z, y, w, n, q, lambda, zeroCol };

  // Start at the intercept-only optimum: β₀ = logit(ȳ).
  let ybar = 0;
  for (let i = 0; i < n; i++) ybar += (w ? w[i]! : 1) * y[i]!;
  ybar /= wsum;
  const beta = new Float64Array(q);
  beta[0] = Math.log(Math.min(Math.max(ybar, 1e-12), 1 - 1e-12) / (1 - Math.min(Math.max(ybar, 1e-12), 1 - 1e-12)));

  const g = new Float64Array(q);
  let iterations = 0;
  let converged = false;
  let solver: 'newton' | 'lbfgs' = 'newton';
  if (p <= (opts.newtonMaxFeatures ?? 100)) {
    const maxIter = opts.maxIter ?? 100;
    const H = new Float64Array(q * q);
    let J = objective(pr, beta, g);
    const trial = new Float64Array(q);
    const gTrial = new Float64Array(q);
    for (; iterations < maxIter; iterations++) {
      if (maxAbs(g) <= tol) {
        converged = true;
        break;
      }
      hessian(pr, beta, H);
      let step = choleskySolve(H, g, q);
      if (!step) {
        // Only reachable with λ = 0 and collinear features: Levenberg-style damping.
        for (let j = 0; j < q; j++) H[j * q + j] = H[j * q + j]! * (1 + 1e-8) + 1e-10;
        step = choleskySolve(H, g, q);
        if (!step) break;
      }
      let t = 1;
      let Jn = Infinity;
      for (let h = 0; h < 50; h++) {
        for (let j = 0; j < q; j++) trial[j] = beta[j]! - t * step[j]!;
        Jn = objective(pr, trial, gTrial);
        if (Jn < J) break;
        // Near the optimum the decrease (≈ gᵀH⁻¹g / 2) drops below the rounding of a sum
        // over n rows, so J can no longer rank the points; the gradient still can.
        if (t === 1 && Jn <= J + 1e-12 * Math.abs(J) && maxAbs(gTrial) < maxAbs(g)) break;
        t *= 0.5;
      }
      if (!(Jn <= J + 1e-12 * Math.abs(J)) || (Jn >= J && maxAbs(gTrial) >= maxAbs(g))) break; // no progress possible
      beta.set(trial);
      J = Jn;
      g.set(gTrial);
    }
    converged = converged || maxAbs(g) <= tol;
  } else {
    solver = 'lbfgs';
    const res = minimize((b) => objective(pr, b), beta, {
      grad: (b, out) => {
        objective(pr, b, out);
      },
      gtol: tol,
      maxIter: opts.maxIter ?? 2000,
      ftol: 0,
    });
    beta.set(res.x);
    objective(pr, beta, g);
    iterations = res.iterations;
    converged = maxAbs(g) <= Math.max(tol, 1e-6);
  }

  const J = objective(pr, beta, g);
  let pen = 0;
  for (let j = 1; j < q; j++) pen += 0.5 * lambda * beta[j]! * beta[j]!;
  const logLik = -(J - pen);
  const coefStd = beta.slice(1);
  const coef = new Float64Array(p);
  let intercept = beta[0];
  for (let j = 0; j < p; j++) {
    coef[j] = coefStd[j]! / sds[j]!;
    intercept -= coef[j]! * means[j]!;
  }
  return {
    nFeatures: p,
    lambda,
    means,
    sds,
    interceptStd: beta[0],
    coefStd,
    intercept,
    coef,
    logLik,
    deviance: -2 * logLik,
    gradNorm: maxAbs(g),
    iterations,
    converged,
    solver,
  };
}

/** Linear predictor on the standardised scale (identical to the raw-scale form). */
export function logisticLinearPredictor(m: LogisticModel, X: Float64Array, n: number): Float64Array {
  const p = m.nFeatures;
  if (X.length !== n * p) throw new RangeError('logistic: X must be n×p');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = m.intercept;
    for (let j = 0; j < p; j++) eta += m.coef[j]! * X[i * p + j]!;
    out[i] = eta;
  }
  return out;
}

export function predictLogistic(m: LogisticModel, X: Float64Array, n: number): Float64Array {
  const eta = logisticLinearPredictor(m, X, n);
  for (let i = 0; i < n; i++) eta[i] = sigmoid(eta[i]!);
  return eta;
}

/**
 * Per-row contributions βⱼ zᵢⱼ on the standardised scale (relative to the average
 * customer), the basis for "top contributing factors".
 */
export function logisticContributions(m: LogisticModel, X: Float64Array, n: number): Float64Array {
  const p = m.nFeatures;
  const out = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) out[i * p + j] = (m.coefStd[j]! * (X[i * p + j]! - m.means[j]!)) / m.sds[j]!;
  }
  return out;
}
