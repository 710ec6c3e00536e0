/**
 * Special functions needed by the buy-till-you-die models (BG/NBD, Gamma-Gamma, sBG).
 * Pure numeric code: no Node or DOM APIs.
 */

// Lanczos approximation, g = 7, n = 9 (coefficients as tabulated by P. Godfrey; Numerical
// Recipes 3rd ed. §6.1 uses the same construction). Relative error ≈ 1e-15 for x > 0.5.
const LANCZOS_G = 7;
const LANCZOS_C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log |Γ(x)|. Uses the reflection formula Γ(x)Γ(1−x) = π / sin(πx) below 0.5. */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0.5) {
    const s = Math.sin(Math.PI * x);
    if (s === 0) return Infinity; // pole at non-positive integers
    return Math.log(Math.PI / Math.abs(s)) - lgamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS_C[0];
  for (let i = 1; i < LANCZOS_C.length; i++) sum += (LANCZOS_C[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** log B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b). */
export function lbeta(a: number, b: number): number {
  return lgamma(a) + lgamma(b) - lgamma(a + b);
}

/**
 * Digamma ψ(x): recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10 (truncation error < 1e-13), then the asymptotic
 * (Bernoulli) series (Abramowitz & Stegun 6.3.18); reflection for x < 0 (A&S 6.3.7).
 */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  }
  let acc = 0;
  let y = x;
  while (y < 10) {
    acc -= 1 / y;
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return acc + Math.log(y) - 0.5 * inv - series;
}

export interface Hyp2f1Options {
  /** Relative tolerance on the last term; default 1e-15. */
  tol?: number;
  /** Convergence guard: maximum number of series terms; default 1e6. */
  maxTerms?: number;
}

/**
 * log ₂F₁(a, b; c; z) by the Gauss series Σ (a)ₖ(b)ₖ/(c)ₖ zᵏ/k! (A&S 15.1.1), for
 * 0 ≤ z < 1 with a, b, c > 0 — the only region BG/NBD needs, since there z = t/(α+T+t)
 * and every term is positive (no cancellation). Successive terms shrink roughly by z, so
 * the term count grows like log(tol)/log(z); `maxTerms` guards z → 1, where we throw rather
 * than return a silently truncated value. The running sum is rescaled to stay finite when
 * c − a − b < 0 makes ₂F₁ itself huge.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number, opts: Hyp2f1Options = {}): number {
  return logPositiveSeries('logHyp2f1', a, b, c, z, 1, opts);
}

/**
 * log ₃F₂(a, b, 1; c, 2; z) = log Σⱼ (a)ⱼ(b)ⱼ / ((c)ⱼ (j+1)!) zʲ for 0 ≤ z < 1, a, b, c > 0 (all
 * terms positive). BG/NBD needs it where ₂F₁'s c = a+b+x−1 is ≤ 0 (no repeat purchase and
 * a + b ≤ 1, typical near the NBD boundary a → 0): there c·₂F₁(A, B; c; z) = c + A·B·z·₃F₂(A+1, B+1, 1; c+1, 2; z)
 * stays finite and positive-termed although ₂F₁ itself is not defined through positive terms.
 */
export function logHyp3f2Ones(a: number, b: number, c: number, z: number, opts: Hyp2f1Options = {}): number {
  return logPositiveSeries('logHyp3f2Ones', a, b, c, z, 2, opts);
}

/**
 * log Σₖ tₖ with t₀ = 1 and tₖ₊₁ = tₖ·(a+k)(b+k)/((c+k)(k+shift))·z: ₂F₁ for shift 1, ₃F₂(a, b, 1; c, 2)
 * for shift 2. One loop for both, so the convergence guard and the rescaling stay the same.
 */
function logPositiveSeries(name: string, a: number, b: number, c: number, z: number, shift: number, opts: Hyp2f1Options): number {
  const tol = opts.tol ?? 1e-15;
  const maxTerms = opts.maxTerms ?? 1_000_000;
  if (!(z >= 0 && z < 1)) throw new RangeError(`${name}: z must be in [0, 1), got ${z}`);
  if (!(a > 0 && b > 0 && c > 0)) throw new RangeError(`${name}: requires a, b, c > 0`);
  if (z === 0) return 0;
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < maxTerms; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + shift))) * z;
    sum += term;
    if (term <= tol * sum) return logScale + Math.log(sum);
    if (sum > 1e250) {
      sum /= 1e250;
      term /= 1e250;
      logScale += 250 * Math.LN10;
    }
  }
  throw new RangeError(`${name}: series did not converge in ${maxTerms} terms (z = ${z})`);
}
