// Hand-counted implicit churn (90 days without an order) on test/support/hand-cases.ts.
// Spells (start → first churned day): A 01-10→05-15; B 01-05→04-04 and 06-20→09-18;
// C 03-01→05-30 (its cancelled order of 05-20 does not count); D 02-01→09-28; E 04-10→07-09.
//   Feb: active at start A,B = 2, churned 0      Mar: A,B,D = 3, churned 0
//   Apr: A,B,C,D = 4, churned B = 1              May: A,C,D,E = 4, churned A,C = 2
//   Jun: D,E = 2, churned 0 (B's return in June is an acquisition, counted in neither)
// Active on 2024-06-30: B, D, E = 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { activeOn, dataDate, monthlyChurn } from '../../electron/store/churn-rates';
import { churnTrend, kpis } from '../../electron/service/dashboard';
import { lastCompleteMonths } from '../../shared/metrics/months';
import { seedHandCases } from '../support/hand-cases';
import { independentMonthChurn } from '../support/independent-churn-sql';
import { tempDir } from '../support/temp';

describe('implicit churn rates', () => {
  const t = tempDir();
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace(join(t.dir, 'hand.churn'), { create: true });
    seedHandCases(ws.db);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('finds the data date from the latest non-cancelled order', () => {
    expect(dataDate(ws.db)).toBe('2024-06-30');
  });

  it('counts active-at-start and churned per month as counted by hand', () => {
    const months = lastCompleteMonths('2024-06-30', 5);
    expect(monthlyChurn(ws.db, months, '2024-06-30', 90)).toEqual([
      { month: '2024-02', activeAtStart: 2, churned: 0 },
      { month: '2024-03', activeAtStart: 3, churned: 0 },
      { month: '2024-04', activeAtStart: 4, churned: 1 },
      { month: '2024-05', activeAtStart: 4, churned: 2 },
      { month: '2024-06', activeAtStart: 2, churned: 0 },
    ]);
  });

  it('agrees with the day-by-day independent formulation', () => {
    for (const m of lastCompleteMonths('2024-06-30', 6)) {
      const [row] = monthlyChurn(ws.db, [m], '2024-06-30', 90);
      const independent = independentMonthChurn(ws.db, m.first, m.last);
      expect({ month: m.month, ...independent }).toEqual(row);
    }
  });

  it('counts customers active on a day', () => {
    expect(activeOn(ws.db, '2024-06-30', 90)).toBe(3);
    expect(activeOn(ws.db, '2024-05-14', 90)).toBe(4); // A (last day active), C, D, E
    expect(activeOn(ws.db, '2024-05-15', 90)).toBe(3);
  });

  it('builds the KPIs and the trend from those counts', () => {
    const k = kpis(ws.db);
    expect(k).toMatchObject({
      dataDate: '2024-06-30',
      month: '2024-06',
      customers: 6,
      activeCustomers: 3,
      churnedLastMonth: 0,
      churnRateLastMonth: 0,
      churnRatePrevMonth: 0.5,
      churnRateChange: -50,
    });
    const trend = churnTrend(ws.db, 3);
    expect(trend.points.map((p) => p.rate)).toEqual([0.25, 0.5, 0]);
  });
});
