// 1,000 simulated campaigns with a known true uplift (800 treated at 68 %, 200 controls at 60 %,
// seeded): Newcombe's 95 % interval must cover the truth in 93–97 % of them. Then what the
// uplift is worth follows it: saved customers, value and ROI move with the interval's limits.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../shared/scoring/rng';
import { campaignEffect } from '../../../shared/uplift/campaign-effect';
import { newcombeInterval, waldInterval } from '../../../shared/uplift/intervals';

function binomial(n: number, p: number, random: () => number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

describe('coverage of the uplift interval', () => {
  it('covers a true uplift of 8 points in 93–97 % of 1,000 campaigns (Newcombe), Wald beside it', () => {
    const random = mulberry32(20261205);
    const truth = 0.68 - 0.6;
    let newcombeCovers = 0;
    let waldCovers = 0;
    for (let run = 0; run < 1000; run++) {
      const treatment = { successes: binomial(800, 0.68, random), n: 800 };
      const control = { successes: binomial(200, 0.6, random), n: 200 };
      const n = newcombeInterval(treatment, control);
      const w = waldInterval(treatment, control);
      if (n.lower <= truth && truth <= n.upper) newcombeCovers++;
      if (w.lower <= truth && truth <= w.upper) waldCovers++;
    }
    expect(newcombeCovers).toBeGreaterThanOrEqual(930);
    expect(newcombeCovers).toBeLessThanOrEqual(970);
    expect(waldCovers).toBeGreaterThanOrEqual(900);
  });
});

describe('campaign effect', () => {
  const effect = campaignEffect({ treatment: { successes: 544, n: 800 }, control: { successes: 120, n: 200 }, meanClv: 5000, cost: 40_000 });

  it('reads the rates and the uplift', () => {
    expect(effect.treatmentRate).toBeCloseTo(0.68, 12);
    expect(effect.controlRate).toBeCloseTo(0.6, 12);
    expect(effect.uplift).toBeCloseTo(0.08, 12);
    expect(effect.newcombe.lower).toBeLessThan(effect.uplift);
    expect(effect.newcombe.upper).toBeGreaterThan(effect.uplift);
  });

  it('carries the interval into saved customers, saved value and ROI', () => {
    expect(effect.savedCustomers.estimate).toBeCloseTo(64, 9);
    expect(effect.savedCustomers.interval.lower).toBeCloseTo(effect.newcombe.lower * 800, 9);
    expect(effect.savedValue?.estimate).toBeCloseTo(320_000, 6);
    expect(effect.roi?.estimate).toBeCloseTo((320_000 - 40_000) / 40_000, 9);
    expect(effect.roi?.interval.lower).toBeCloseTo((effect.newcombe.lower * 800 * 5000 - 40_000) / 40_000, 9);
    expect(effect.roi?.interval.upper).toBeCloseTo((effect.newcombe.upper * 800 * 5000 - 40_000) / 40_000, 9);
  });

  it('has no value or ROI without a CLV or a cost', () => {
    const bare = campaignEffect({ treatment: { successes: 10, n: 20 }, control: { successes: 5, n: 20 } });
    expect(bare.savedValue).toBeNull();
    expect(bare.roi).toBeNull();
    expect(campaignEffect({ treatment: { successes: 10, n: 20 }, control: { successes: 5, n: 20 }, meanClv: 100, cost: 0 }).roi).toBeNull();
  });
});
