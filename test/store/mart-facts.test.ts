// Monthly churn facts and cohort facts counted from spells (electron/store/mart/spell-facts.ts)
// on the hand cases of test/support/hand-cases.ts (implicit churn, 90 days, data date
// 2024-06-30). Spells: A 01-10→05-15; B 01-05→04-04 and 06-20→…; C 03-01→05-30;
// D 02-01→…; E 04-10→…; F none. Regions: A, D 华东; B 华南; C 华北; E 西南; F 华中.
import { describe, expect, it } from 'vitest';
import { ChurnDefinitionSchema } from '../../shared/scoring/churn-definition';
import { dayOf } from '../../shared/scoring/days';
import { spellTable } from '../../shared/scoring/lifecycle';
import { monthLabel, monthOfDay } from '../../electron/store/mart/month-grid';
import { MAX_MONTHS, spellFacts } from '../../electron/store/mart/spell-facts';
import { handHistory } from '../support/hand-history';

const T = '2024-06-30';
const customers = [
  { orders: ['2024-01-10', '2024-02-15'] },
  { orders: ['2024-01-05', '2024-06-20'] },
  { orders: ['2024-03-01'] },
  { orders: ['2024-02-01', '2024-05-01', '2024-06-30'] },
  { orders: ['2024-04-10'] },
  { signup: '2024-01-01' },
];
const regions = ['华东', '华南', '华北', '华东', '西南', '华中'];
const none = regions.map(() => null);
const facts = () => {
  const h = handHistory(customers, T);
  return spellFacts(spellTable(h, ChurnDefinitionSchema.parse({}), dayOf(T)), { region: regions, city: none, owner: none, industry: none, segment: none }, dayOf(T));
};

describe('monthly facts from spells', () => {
  it('counts active at start, churned, acquired and returned per month as counted by hand', () => {
    const byMonth = new Map<string, number[]>();
    for (const r of facts().churn) {
      const sum = byMonth.get(r.month) ?? [0, 0, 0, 0];
      byMonth.set(r.month, [sum[0]! + r.activeAtStart, sum[1]! + r.churned, sum[2]! + r.acquired, sum[3]! + r.returned]);
    }
    expect(Object.fromEntries(byMonth)).toEqual({
      '2024-01': [0, 0, 2, 0],
      '2024-02': [2, 0, 1, 0],
      '2024-03': [3, 0, 1, 0],
      '2024-04': [4, 1, 1, 0],
      '2024-05': [4, 2, 0, 0],
      '2024-06': [2, 0, 0, 1],
    });
  });

  it('splits by region, leaving out all-zero rows', () => {
    const april = facts().churn.filter((r) => r.month === '2024-04');
    expect(april.map((r) => [r.region, r.activeAtStart, r.churned, r.acquired])).toEqual(
      expect.arrayContaining([
        ['华东', 2, 0, 0],
        ['华南', 1, 1, 0],
        ['华北', 1, 0, 0],
        ['西南', 0, 0, 1],
      ]),
    );
    expect(april).toHaveLength(4);
    expect(facts().churn.some((r) => r.region === '华中')).toBe(false);
  });

  it('counts cohorts: the whole cohort at period 0, then those active on the first day of each later month', () => {
    const january = facts()
      .cohort.filter((r) => r.cohortMonth === '2024-01')
      .reduce<number[][]>((cells, r) => {
        const cell = (cells[r.period] ??= [0, 0]);
        cell[0]! += r.customers;
        cell[1]! += r.active;
        return cells;
      }, []);
    // A and B: both on 02-01 and 04-01; A only on 05-01; neither on 06-01 (B returns 06-20).
    expect(january).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
      [2, 2],
      [2, 1],
      [2, 0],
    ]);
    const april = facts().cohort.filter((r) => r.cohortMonth === '2024-04');
    expect(april.map((r) => [r.region, r.period, r.customers, r.active])).toEqual([
      ['西南', 0, 1, 1],
      ['西南', 1, 1, 1],
      ['西南', 2, 1, 1],
    ]);
  });

  it(`looks back at most ${MAX_MONTHS} months`, () => {
    const h = handHistory([{ orders: ['2001-01-01', '2001-02-01'] }, { orders: ['2024-06-01'] }], T);
    const f = spellFacts(
      spellTable(h, ChurnDefinitionSchema.parse({}), dayOf(T)),
      { region: [null, null], city: [null, null], owner: [null, null], industry: [null, null], segment: [null, null] },
      dayOf(T),
    );
    expect(f.churn.map((r) => r.month)).toEqual(['2024-06']);
    expect(f.cohort.map((r) => [r.cohortMonth, r.period])).toEqual([['2024-06', 0]]);
  });
});

describe('month grid', () => {
  it('numbers months consecutively', () => {
    for (const iso of ['1999-12-31', '2000-02-29', '2024-01-01', '2024-03-15', '2100-12-31']) {
      const m = monthOfDay(dayOf(iso));
      expect(monthLabel(m)).toBe(iso.slice(0, 7));
      const first = dayOf(`${iso.slice(0, 7)}-01`);
      expect(monthOfDay(first)).toBe(m);
      expect(monthOfDay(first - 1)).toBe(m - 1);
    }
  });
});
