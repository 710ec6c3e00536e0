// Conditional expected purchases E[Y(t) | x, t_x, T] of BG/NBD (FHL 2005 eq. 10) at many
// horizons t₁ < … < t_K at once. Every horizon needs ₂F₁(r+x, b+x; a+b+x−1; zₖ) with the
// same parameters and only z differing, so one pass of the Gauss series (shared
// coefficients, one power of z per horizon) replaces K separate series: a 12-period CLV
// costs about one series instead of twelve. Same maths as shared/models/bgnbd.ts, which
// the tests compare it with.
import { conditionalExpectedPurchases, probabilityAlive, type BgNbdParams } from '../models/bgnbd';

const TOL = 1e-15;
const MAX_TERMS = 1_000_000;

/** Writes E[Y(tₖ)] into out[k]; horizons must be positive. */
export function conditionalExpectedPurchasesMany(p: BgNbdParams, ts: readonly number[], x: number, tx: number, T: number, out: Float64Array): void {
  const a = Math.abs(p.a - 1) < 1e-7 ? 1 + 1e-7 : p.a;
  const { r, alpha, b } = p;
  const K = ts.length;
  const A = r + x;
  const B = b + x;
  const C = a + b + x - 1;
  if (p.a === 0 || C <= 0) {
    // The NBD limit and ₂F₁ with c ≤ 0 have no shared positive series here: the library's
    // closed form and rewritten series cover them, one horizon at a time.
    for (let k = 0; k < K; k++) out[k] = conditionalExpectedPurchases(p, ts[k]!, x, tx, T);
    return;
  }
  const z = ts.map((t) => t / (alpha + T + t));
  const pow = new Float64Array(K).fill(1);
  const sum = new Float64Array(K).fill(1);
  let coef = 1;
  let done = false;
  for (let n = 0; n < MAX_TERMS && !done; n++) {
    coef *= ((A + n) * (B + n)) / ((C + n) * (n + 1));
    done = true;
    for (let k = 0; k < K; k++) {
      pow[k] = pow[k]! * z[k]!;
      const term = coef * pow[k]!;
      sum[k] = sum[k]! + term;
      if (term > TOL * sum[k]!) done = false;
    }
    if (!Number.isFinite(coef) || !(sum[K - 1]! <= 1e250)) {
      // An overflowing sum also reads as "converged" (∞ > ∞ is false): hand it to the rescaled series.
      done = false;
      break;
    }
  }
  if (!done) {
    // Overflow or no convergence: the library's rescaled series handles these rare cases.
    for (let k = 0; k < K; k++) out[k] = conditionalExpectedPurchases(p, ts[k]!, x, tx, T);
    return;
  }
  const alive = probabilityAlive({ r, alpha, a, b }, x, tx, T);
  const lead = (a + b + x - 1) / (a - 1);
  for (let k = 0; k < K; k++) {
    const logTerm = A * Math.log((alpha + T) / (alpha + T + ts[k]!)) + Math.log(sum[k]!);
    out[k] = lead * -Math.expm1(logTerm) * alive;
  }
}

/** Discounted expected purchases over `periods` periods of `length`: Σₖ (E[Y(kL)] − E[Y((k−1)L)]) / (1+d)^k. */
export function discountedPurchases(p: BgNbdParams, x: number, tx: number, T: number, periods: number, length: number, discount: number, scratch: Float64Array): number {
  const ts = Array.from({ length: periods }, (_, k) => (k + 1) * length);
  conditionalExpectedPurchasesMany(p, ts, x, tx, T, scratch);
  let prev = 0;
  let total = 0;
  for (let k = 0; k < periods; k++) {
    total += (scratch[k]! - prev) / Math.pow(1 + discount, k + 1);
    prev = scratch[k]!;
  }
  return total;
}
