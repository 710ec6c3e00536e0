// The one-pass multi-horizon BG/NBD expectation equals the library's per-horizon formula,
// and the discounted sum equals lifetimes-style customerLifetimeValueOne with spend 1.
import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../shared/models/bgnbd';
import { customerLifetimeValueOne } from '../../../shared/models/clv';
import { conditionalExpectedPurchasesMany, discountedPurchases } from '../../../shared/scoring/clv-fast';

// CDNOW estimates (FHL 2005, weeks) and the demo's fit (large b).
const params = [
  { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  { r: 6.286, alpha: 13.264, a: 6.046, b: 434.5 },
];
const customers: [number, number, number][] = [
  [0, 0, 38.86],
  [2, 30.43, 38.86],
  [7, 35, 39],
  [40, 90, 100],
  [1, 0.5, 120],
];

describe('multi-horizon BG/NBD expectations', () => {
  it('equal conditionalExpectedPurchases at every horizon', () => {
    const ts = [4.35, 8.7, 13, 26, 52];
    const out = new Float64Array(ts.length);
    for (const p of params) {
      for (const [x, tx, T] of customers) {
        conditionalExpectedPurchasesMany(p, ts, x, tx, T, out);
        ts.forEach((t, k) => expect(out[k]).toBeCloseTo(conditionalExpectedPurchases(p, t, x, tx, T), 10));
      }
    }
  });

  it('give the same discounted purchases as customerLifetimeValueOne', () => {
    const scratch = new Float64Array(13);
    for (const p of params) {
      for (const [x, tx, T] of customers) {
        const fast = discountedPurchases(p, x, tx, T, 12, 4.348, 0.008, scratch);
        const slow = customerLifetimeValueOne(p, x, tx, T, 1, { periods: 12, periodLength: 4.348, discountRate: 0.008 });
        expect(fast).toBeCloseTo(slow, 9);
      }
    }
  });
});
