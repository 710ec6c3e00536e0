/**
 * Unconstrained minimisation of smooth functions: L-BFGS (Nocedal & Wright 2006, Alg. 7.4
 * two-loop recursion) with a weak-Wolfe bisection line search (Lewis & Overton 2013,
 * "Nonsmooth optimization via quasi-Newton methods", §4.2). The bisection search never
 * assumes the objective is finite away from the current point, so parameters fitted on a
 * log scale may overflow to ±Infinity during trial steps without breaking the fit.
 */

export type Objective = (x: Float64Array) => number;
export type Gradient = (x: Float64Array, out: Float64Array) => void;

export interface MinimizeOptions {
  /** Analytic gradient; central differences are used when absent. */
  grad?: Gradient;
  /** Stop when max |∂f/∂xᵢ| ≤ gtol. Default 1e-6 (numerical gradients are ~1e-10 accurate). */
  gtol?: number;
  /** Stop when the relative decrease in f over an iteration is below ftol. Default 1e-14. */
  ftol?: number;
  maxIter?: number;
  /** Number of stored (s, y) pairs. Default 10. */
  memory?: number;
}

export interface MinimizeResult {
  x: Float64Array;
  f: number;
  gradNorm: number;
  iterations: number;
  converged: boolean;
  message: string;
}

/**
 * Central-difference gradient, step h = ε^(1/3)·max(1, |xᵢ|) which balances truncation
 * O(h²) against rounding O(ε/h) (Nocedal & Wright §8.1).
 */
export function numericGradient(f: Objective, x: Float64Array, out: Float64Array): void {
  const xt = Float64Array.from(x);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    const h = 6.055454452393343e-6 * Math.max(1, Math.abs(xi));
    xt[i] = xi + h;
    const fp = f(xt);
    xt[i] = xi - h;
    const fm = f(xt);
    xt[i] = xi;
    out[i] = (fp - fm) / (2 * h);
  }
}

/** Central-difference Hessian (row-major n×n), for standard errors at an optimum. */
export function numericHessian(f: Objective, x: Float64Array): Float64Array {
  const n = x.length;
  const H = new Float64Array(n * n);
  const xt = Float64Array.from(x);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) h[i] = 1e-4 * Math.max(1, Math.abs(x[i] ?? 0));
  const at = (di: number, dj: number, i: number, j: number): number => {
    xt.set(x);
    xt[i] = (xt[i] ?? 0) + di * (h[i] ?? 0);
    xt[j] = (xt[j] ?? 0) + dj * (h[j] ?? 0);
    return f(xt);
  };
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const v = (at(1, 1, i, j) - at(1, -1, i, j) - at(-1, 1, i, j) + at(-1, -1, i, j)) / (4 * (h[i] ?? 1) * (h[j] ?? 1));
      H[i * n + j] = v;
      H[j * n + i] = v;
    }
  }
  return H;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] ?? 0));
  return m;
}

/** Minimise f from x0 by L-BFGS. Deterministic; never mutates x0. */
export function minimize(f: Objective, x0: ArrayLike<number>, opts: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const gtol = opts.gtol ?? 1e-6;
  const ftol = opts.ftol ?? 1e-14;
  const maxIter = opts.maxIter ?? 500;
  const m = Math.max(1, opts.memory ?? 10);
  const grad: Gradient = opts.grad ?? ((x, out) => numericGradient(f, x, out));

  let x = Float64Array.from(x0);
  let fx = f(x);
  if (!Number.isFinite(fx)) {
    return { x, f: fx, gradNorm: NaN, iterations: 0, converged: false, message: 'objective not finite at start' };
  }
  let g = new Float64Array(n);
  grad(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const alphaBuf = new Float64Array(m);
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);

  for (let iter = 0; iter < maxIter; iter++) {
    const gn = maxAbs(g);
    if (gn <= gtol) return { x, f: fx, gradNorm: gn, iterations: iter, converged: true, message: 'gradient tolerance' };

    // Two-loop recursion: d = −H·g (Nocedal & Wright Alg. 7.4).
    for (let i = 0; i < n; i++) d[i] = -(g[i] ?? 0);
    const k = S.length;
    for (let j = k - 1; j >= 0; j--) {
      const a = (rho[j] ?? 0) * dot(S[j] ?? d, d);
      alphaBuf[j] = a;
      const yj = Y[j] ?? d;
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) - a * (yj[i] ?? 0);
    }
    if (k > 0) {
      const sl = S[k - 1] ?? d;
      const yl = Y[k - 1] ?? d;
      const gamma = dot(sl, yl) / dot(yl, yl);
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) * gamma;
    }
    for (let j = 0; j < k; j++) {
      const sj = S[j] ?? d;
      const b = (rho[j] ?? 0) * dot(Y[j] ?? d, d);
      const c = (alphaBuf[j] ?? 0) - b;
      for (let i = 0; i < n; i++) d[i] = (d[i] ?? 0) + c * (sj[i] ?? 0);
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Lost descent (numerical noise in y·s): restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -(g[i] ?? 0);
      slope = dot(g, d);
    }

    // Weak Wolfe bisection (Lewis & Overton §4.2), c1 = 1e-4, c2 = 0.9.
    let t = S.length === 0 ? Math.min(1, 1 / Math.max(gn, 1e-300)) : 1;
    let lo = 0;
    let hi = Infinity;
    let fNew = NaN;
    let accepted = false;
    for (let ls = 0; ls < 80; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] ?? 0) + t * (d[i] ?? 0);
      fNew = f(xNew);
      if (!Number.isFinite(fNew) || fNew > fx + 1e-4 * t * slope) {
        hi = t;
      } else {
        grad(xNew, gNew);
        if (dot(gNew, d) < 0.9 * slope) lo = t;
        else {
          accepted = true;
          break;
        }
      }
      t = hi < Infinity ? 0.5 * (lo + hi) : 2 * lo;
    }
    if (!accepted) {
      if (lo > 0) {
        // Armijo holds at lo but curvature never did: still an improvement, take it.
        for (let i = 0; i < n; i++) xNew[i] = (x[i] ?? 0) + lo * (d[i] ?? 0);
        fNew = f(xNew);
        grad(xNew, gNew);
      } else {
        return { x, f: fx, gradNorm: gn, iterations: iter, converged: gn <= 1e3 * gtol, message: 'line search failed' };
      }
    }

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] ?? 0) - (x[i] ?? 0);
      y[i] = (gNew[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const fOld = fx;
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    fx = fNew;
    if (Math.abs(fOld - fx) <= ftol * Math.max(1, Math.abs(fx))) {
      const gn2 = maxAbs(g);
      return { x, f: fx, gradNorm: gn2, iterations: iter + 1, converged: gn2 <= 1e3 * gtol, message: 'function tolerance' };
    }
  }
  const gn = maxAbs(g);
  return { x, f: fx, gradNorm: gn, iterations: maxIter, converged: gn <= gtol, message: 'iteration limit' };
}

/** Gauss–Jordan inverse (partial pivoting) of a small n×n matrix; null when singular. */
export function invertMatrix(A: Float64Array, n: number): Float64Array | null {
  const M = new Float64Array(n * 2 * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) M[i * 2 * n + j] = A[i * n + j] ?? 0;
    M[i * 2 * n + n + i] = 1;
  }
  const w = 2 * n;
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * w + c]!) > Math.abs(M[piv * w + c]!)) piv = r;
    const pv = M[piv * w + c]!;
    if (!(Math.abs(pv) > 1e-300)) return null;
    if (piv !== c) {
      for (let j = 0; j < w; j++) {
        const t = M[c * w + j]!;
        M[c * w + j] = M[piv * w + j]!;
        M[piv * w + j] = t;
      }
    }
    for (let j = 0; j < w; j++) M[c * w + j] = M[c * w + j]! / pv;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r * w + c]!;
      if (f === 0) continue;
      for (let j = 0; j < w; j++) M[r * w + j] = M[r * w + j]! - f * M[c * w + j]!;
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = M[i * w + n + j]!;
  return out;
}
