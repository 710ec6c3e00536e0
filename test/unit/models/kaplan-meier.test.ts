import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierByGroup, survivalAt } from '../../../shared/models/kaplan-meier';

// Freireich et al. (1963/1966) 6-MP vs placebo remission data (weeks; 0 = censored), as in
// Kalbfleisch & Prentice and Kleinbaum & Klein, "Survival Analysis", ch. 2.
const MP_T = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];
const MP_E = [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
const PL_T = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23];

describe('Kaplan–Meier', () => {
  const km = kaplanMeier(MP_T, MP_E);
  const events = km.points.filter((p) => p.nEvents > 0);
  it('matches the textbook 6-MP survival, Greenwood SE and log-log 95 % band', () => {
    // time, n at risk, S(t), Greenwood SE, lower, upper (R survfit, conf.type = "log-log").
    const expected: [number, number, number, number, number, number][] = [
      [6, 21, 0.857, 0.0764, 0.62, 0.952],
      [7, 17, 0.807, 0.0869, 0.563, 0.923],
      [10, 15, 0.753, 0.0963, 0.503, 0.889],
      [13, 12, 0.69, 0.1068, 0.432, 0.849],
      [16, 11, 0.627, 0.1141, 0.368, 0.805],
      [22, 7, 0.538, 0.1282, 0.268, 0.747],
      [23, 6, 0.448, 0.1346, 0.188, 0.68],
    ];
    expect(events.map((p) => p.time)).toEqual(expected.map((r) => r[0]));
    expected.forEach(([, nRisk, s, se, lo, hi], i) => {
      const p = events[i]!;
      expect(p.nRisk).toBe(nRisk);
      expect(p.survival).toBeCloseTo(s, 3);
      expect(p.se).toBeCloseTo(se, 4);
      expect(p.lower).toBeCloseTo(lo, 3);
      expect(p.upper).toBeCloseTo(hi, 3);
    });
    expect(km.median).toBe(23);
    expect(survivalAt(km, 12)).toBeCloseTo(0.753, 3);
    expect(survivalAt(km, 100)).toBeCloseTo(0.448, 3);
  });
  it('placebo arm: no censoring ⇒ S(t) is the empirical survival, median 8 weeks', () => {
    const pl = kaplanMeier(
      PL_T,
      PL_T.map(() => 1),
    );
    expect(pl.median).toBe(8);
    expect(pl.points.map((p) => Math.round(p.survival * 1000) / 1000)).toEqual([0.905, 0.81, 0.762, 0.667, 0.571, 0.381, 0.286, 0.19, 0.143, 0.095, 0.048, 0]);
  });
  it('by group returns one curve per group', () => {
    const g = kaplanMeierByGroup([...MP_T, ...PL_T], [...MP_E, ...PL_T.map(() => 1)], [...MP_T.map(() => '6-MP'), ...PL_T.map(() => 'placebo')]);
    expect([...g.keys()]).toEqual(['6-MP', 'placebo']);
    expect(g.get('6-MP')!.median).toBe(23);
    expect(g.get('placebo')!.events).toBe(21);
  });
});
