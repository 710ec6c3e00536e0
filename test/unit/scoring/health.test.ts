// Health score maths: percentile indicators rank among the reference (not churned) rows only,
// and rows outside it are placed within that distribution without moving it.
import { describe, expect, it } from 'vitest';
import { computeHealth, tierOf } from '../../../shared/scoring/health';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { featureIds } from '../../../shared/scoring/feature-catalog';
import { midRankPercentiles, midRankPercentilesAmong } from '../../../shared/scoring/stats';

const F = featureIds.length;
const activeDays = featureIds.indexOf('active_days_30d');

function frame(values: number[]): Float64Array {
  const out = new Float64Array(values.length * F).fill(NaN);
  values.forEach((v, r) => {
    out[r * F + activeDays] = v;
  });
  return out;
}

const percentileOnly: HealthConfig = {
  groups: [{ id: 'interaction', weight: 1 }],
  indicators: [{ id: 'active_days', feature: 'active_days_30d', group: 'interaction', direction: 'higherIsBetter', weight: 1, scoring: { method: 'percentile' } }],
  tiers: { healthy: 70, watch: 40 },
};

describe('mid-rank percentiles among a reference', () => {
  it('matches hand-computed ranks: u = (#below + ½ #equal) / #reference', () => {
    const values = Float64Array.from([3, 1, 2, 2, 0, 5, NaN, 2]);
    const reference = Uint8Array.from([1, 1, 1, 1, 0, 0, 1, 0]);
    // Reference values (finite): 3, 1, 2, 2 → n = 4.
    const u = midRankPercentilesAmong(values, reference);
    expect(Array.from(u.subarray(0, 6))).toEqual([
      (3 + 0.5) / 4, // 3: three below
      (0 + 0.5) / 4, // 1: none below
      (1 + 1) / 4, // 2: one below, two equal
      (1 + 1) / 4,
      0, // 0 (outside): below every reference value
      1, // 5 (outside): above every reference value
    ]);
    expect(u[6]).toBeNaN();
    // A row outside the reference equal to reference values ranks with them, not as an extra tie.
    expect(u[7]).toBe((1 + 1) / 4);
  });

  it('equals the plain mid-rank when every row is in the reference', () => {
    const values = Float64Array.from([5, 1, 1, 4, NaN, 4, 4, 0, 9]);
    const all = new Uint8Array(values.length).fill(1);
    const a = Array.from(midRankPercentilesAmong(values, all));
    const b = Array.from(midRankPercentiles(values));
    expect(a).toEqual(b);
  });

  it('gives no rank at all without reference values', () => {
    const u = midRankPercentilesAmong(Float64Array.from([1, 2]), Uint8Array.from([0, 0]));
    expect(Array.from(u).every(Number.isNaN)).toBe(true);
  });
});

describe('computeHealth ranking population', () => {
  // Four active customers (1, 2, 3, 4 active days) and four churned with none.
  const values = frame([1, 2, 3, 4, 0, 0, 0, 0]);
  const active = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]);

  it('ranks active customers among themselves, so the least engaged active customer is at risk', () => {
    const h = computeHealth(percentileOnly, values, 8, F, active);
    expect(Array.from(h.score.subarray(0, 4))).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(tierOf(h.score[0]!, percentileOnly.tiers)).toBe('atRisk');
    // Churned customers with no activity sit below every active customer.
    expect(Array.from(h.score.subarray(4))).toEqual([0, 0, 0, 0]);
  });

  it('ranking among everyone (the old population) lifts every active customer out of the at-risk tier', () => {
    const h = computeHealth(percentileOnly, values, 8, F);
    const activeTiers = Array.from(h.score.subarray(0, 4), (s) => tierOf(s, percentileOnly.tiers));
    expect(activeTiers).not.toContain('atRisk');
  });
});
