// BG/NBD's expected purchases near and on its NBD boundary, against an independent route: the
// definition itself, E[Y(t) | alive] = E_p[(1 − (β/(β+pt))^A) / p] with p ~ Beta(a, B), λ's
// Gamma(A, β) integrated out in closed form and p integrated numerically (Simpson, with the
// substitutions p = u^(1/a) and 1 − p = v^(1/B) that remove the Beta endpoint singularities).
// No hypergeometric function is involved, so this checks the ₂F₁ / ₃F₂ route (c ≤ 0 included).
import { describe, expect, it } from 'vitest';
import { bgnbdLogLik, conditionalExpectedPurchases, expectedPurchases, fitBgNbd, probabilityAlive } from '../../../shared/models/bgnbd';
import { nbdLogLik } from '../../../shared/models/nbd';
import { lbeta } from '../../../shared/models/special';

function simpson(f: (x: number) => number, lo: number, hi: number, n = 20000): number {
  const h = (hi - lo) / n;
  let s = f(lo) + f(hi);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(lo + i * h);
  return (s * h) / 3;
}

/** E[purchases in (0, t] | alive], rate Gamma(A, β), dropout Beta(a, B): by quadrature over p. */
function byIntegral(A: number, beta: number, a: number, B: number, t: number): number {
  const g = (p: number): number => (p <= 0 ? (A * t) / beta : -Math.expm1(-A * Math.log1p((p * t) / beta)) / p);
  const lower =
    simpson(
      (u) => {
        const p = Math.pow(u, 1 / a);
        return Math.pow(1 - p, B - 1) * g(p);
      },
      0,
      Math.pow(0.5, a),
    ) / a;
  const upper =
    simpson(
      (v) => {
        const p = 1 - Math.pow(v, 1 / B);
        return Math.pow(p, a - 1) * g(p);
      },
      0,
      Math.pow(0.5, B),
    ) / B;
  return (lower + upper) / Math.exp(lbeta(a, B));
}

describe('BG/NBD expectations near the NBD boundary', () => {
  const cases = [
    { name: 'c = a+b−1 < 0 (a 0.05, b 0.4)', r: 0.3, alpha: 2, a: 0.05, b: 0.4 },
    { name: 'c < 0 just below 0 (a 0.3, b 0.65)', r: 0.8, alpha: 5, a: 0.3, b: 0.65 },
    { name: 'c > 0 just above 0 (a 0.3, b 0.75)', r: 0.8, alpha: 5, a: 0.3, b: 0.75 },
    { name: 'c = 0 exactly (a 0.3, b 0.7)', r: 0.8, alpha: 5, a: 0.3, b: 0.7 },
    { name: 'CDNOW (interior)', r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  ];
  it.each(cases)('$name: ₂F₁ / ₃F₂ route equals the integral over p', (p) => {
    for (const [T, t] of [
      [0, 52],
      [10, 13],
      [40, 39],
    ] as const) {
      // x = 0: alive for sure, A = r, β = α + T, B = b.
      const ours = conditionalExpectedPurchases(p, t, 0, 0, T);
      expect(ours / byIntegral(p.r, p.alpha + T, p.a, p.b, t) - 1, `T ${T}, t ${t}: ${ours}`).toBeCloseTo(0, 6);
    }
    expect(expectedPurchases(p, 52) / byIntegral(p.r, p.alpha, p.a, p.b, 52) - 1).toBeCloseTo(0, 6);
  });

  it('tends to the NBD value (r+x)/(α+T)·t as a → 0, which a = 0 returns exactly', () => {
    const base = { r: 0.6, alpha: 8, b: 0.5 };
    const nbd = ((0.6 + 3) / (8 + 30)) * 26;
    expect(conditionalExpectedPurchases({ ...base, a: 0 }, 26, 3, 30, 30)).toBeCloseTo(nbd, 12);
    expect(probabilityAlive({ ...base, a: 0 }, 3, 5, 30)).toBe(1);
    const gaps = [1e-2, 1e-4, 1e-6].map((a) => Math.abs(conditionalExpectedPurchases({ ...base, a }, 26, 3, 30, 30) - nbd));
    expect(gaps[1]!).toBeLessThan(gaps[0]!);
    expect(gaps[2]!).toBeLessThan(1e-4 * nbd);
  });

  it('the likelihood at a = 0 is the NBD likelihood', () => {
    const d = { x: [0, 1, 4, 2], tx: [0, 3, 20, 9], T: [30, 12, 25, 40] };
    expect(bgnbdLogLik({ r: 0.7, alpha: 6, a: 0, b: 2 }, d)).toBeCloseTo(nbdLogLik(0.7, 6, d), 10);
  });

  it('everyone bought once (all x = 0): a finite fit, P(alive) = 1 and small finite expectations', () => {
    const d = { x: [0, 0, 0, 0, 0], tx: [0, 0, 0, 0, 0], T: [3, 10, 20, 30, 52] };
    const fit = fitBgNbd(d);
    expect(Number.isFinite(fit.logLik)).toBe(true);
    // No repeat purchase at all: the fitted mean purchase rate r/α goes to ~0.
    expect(fit.params.r / fit.params.alpha).toBeLessThan(1e-3);
    expect(probabilityAlive(fit.params, 0, 0, 30)).toBe(1);
    const e = conditionalExpectedPurchases(fit.params, 13, 0, 0, 30);
    expect(Number.isFinite(e)).toBe(true);
    expect(e).toBeLessThan(0.01);
  });
});
