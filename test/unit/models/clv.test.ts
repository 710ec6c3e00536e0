import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../shared/models/bgnbd';
import { customerLifetimeValue, customerLifetimeValueOne, periodRateFromAnnual } from '../../../shared/models/clv';
import { conditionalExpectedSpend } from '../../../shared/models/gamma-gamma';

const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, v: 15.44 };

describe('customer lifetime value', () => {
  // lifetimes docs, CDNOW: ggf.customer_lifetime_value(bgf, …, time=12, discount_rate=0.01)
  // with its default freq "D" ⇒ 12 periods of 30 time units (the data are in weeks).
  // Rows: x, t_x, T, m_x, published CLV. Tolerance 0.5 % for the rounded published parameters.
  const rows: [number, number, number, number, number][] = [
    [2, 30.43, 38.86, 22.35, 140.096211],
    [1, 1.71, 38.86, 11.77, 18.943467],
    [0, 0, 38.86, 0, 38.180574],
    [7, 29.43, 38.86, 73.74, 1003.868107],
    [1, 5.0, 38.86, 11.77, 28.109683],
    [2, 35.71, 38.86, 25.55, 167.418216],
  ];
  it.each(rows)('x = %d, t_x = %d, T = %d, m_x = %d ⇒ %d (lifetimes docs)', (x, tx, T, m, expected) => {
    const spend = conditionalExpectedSpend(GG, x, m);
    const clv = customerLifetimeValueOne(BG, x, tx, T, spend, { periods: 12, periodLength: 30, discountRate: 0.01 });
    expect(Math.abs(clv / expected - 1)).toBeLessThan(5e-3);
  });
  it('without discounting telescopes to margin × spend × E[Y(H·L)]', () => {
    const clv = customerLifetimeValueOne(BG, 3, 20, 38, 40, { periods: 12, periodLength: 4.345, discountRate: 0, margin: 0.3 });
    expect(clv).toBeCloseTo(0.3 * 40 * conditionalExpectedPurchases(BG, 12 * 4.345, 3, 20, 38), 10);
  });
  it('discounting lowers CLV and the array form matches the scalar one', () => {
    const d = { x: [0, 3], tx: [0, 20], T: [38, 38] };
    const o = { periods: 24, periodLength: 4.345, discountRate: periodRateFromAnnual(0.1) };
    const v = customerLifetimeValue(BG, d, [35, 40], o);
    expect(v[1]).toBeCloseTo(customerLifetimeValueOne(BG, 3, 20, 38, 40, o), 12);
    expect(v[1]!).toBeLessThan(customerLifetimeValueOne(BG, 3, 20, 38, 40, { ...o, discountRate: 0 }));
  });
  it('converts annual to per-period rates by compounding', () => {
    expect(periodRateFromAnnual(0.12682503013196977)).toBeCloseTo(0.01, 12);
  });
});
