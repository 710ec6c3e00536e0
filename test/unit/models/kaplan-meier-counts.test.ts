// kaplanMeierFromCounts (a GROUP BY's counts) equals kaplanMeier on the expanded arrays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierFromCounts, type KmCountRow } from '../../../shared/models/kaplan-meier';

const rowsArb = fc.array(fc.record({ time: fc.integer({ min: 0, max: 40 }), subjects: fc.integer({ min: 0, max: 30 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }), {
  minLength: 1,
  maxLength: 40,
});

describe('kaplanMeierFromCounts', () => {
  it('equals kaplanMeier on the expanded subjects, to 1e-12', () => {
    fc.assert(
      fc.property(rowsArb, (input) => {
        const rows: KmCountRow[] = input.map((r) => ({ time: r.time, subjects: r.subjects, events: Math.floor(r.subjects * r.share) }));
        const times: number[] = [];
        const events: number[] = [];
        for (const row of rows) {
          for (let i = 0; i < row.subjects; i += 1) {
            times.push(row.time);
            events.push(i < row.events ? 1 : 0);
          }
        }
        const expected = kaplanMeier(times, events);
        const actual = kaplanMeierFromCounts(rows);
        expect(actual.n).toBe(expected.n);
        expect(actual.events).toBe(expected.events);
        expect(actual.median).toBe(expected.median);
        expect(actual.points.length).toBe(expected.points.length);
        actual.points.forEach((p, i) => {
          const e = expected.points[i];
          expect(p.time).toBe(e?.time);
          expect(p.nRisk).toBe(e?.nRisk);
          for (const key of ['survival', 'se', 'lower', 'upper'] as const) {
            const [a, b] = [p[key], e?.[key] ?? NaN];
            if (Number.isFinite(b)) expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12);
            else expect(a).toBe(b);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses counts that cannot be (more events than subjects, negative time)', () => {
    expect(() => kaplanMeierFromCounts([{ time: 1, subjects: 2, events: 3 }])).toThrow(RangeError);
    expect(() => kaplanMeierFromCounts([{ time: -1, subjects: 2, events: 1 }])).toThrow(RangeError);
  });
});
