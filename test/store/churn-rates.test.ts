// The Dashboard's churn numbers after a refresh, on test/support/hand-cases.ts, counted by hand
// (implicit churn, 90 days without an order). Spells (start → first churned day):
// A 01-10→05-15; B 01-05→04-04 and 06-20→09-18; C 03-01→05-30 (its cancelled order of 05-20
// does not count); D 02-01→09-28; E 04-10→07-09.
//   Feb: active at start A,B = 2, churned 0      Mar: A,B,D = 3, churned 0
//   Apr: A,B,C,D = 4, churned B = 1              May: A,C,D,E = 4, churned A,C = 2
//   Jun: D,E = 2, churned 0 (B's return in June is an acquisition, counted in neither)
// Active on 2024-06-30: B, D, E = 3.
// The refresh's monthly facts are also compared with two independent formulations: spells
// from order gaps in SQL, and a day-by-day count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { churnTrend, kpis } from '../../electron/service/dashboard';
import { workspaceDataDate } from '../../electron/store/scoring/data-date';
import { lastCompleteMonths } from '../../shared/metrics/months';
import { seedHandCases } from '../support/hand-cases';
import { independentMonthChurn } from '../support/independent-churn-sql';
import { activeOn, monthlyChurn } from '../support/spell-churn-sql';
import { tempDir } from '../support/temp';

describe('implicit churn rates on the Dashboard', () => {
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

  it('says there is no snapshot before the first refresh instead of showing zeros as facts', () => {
    const k = kpis(ws.db);
    expect(k).toMatchObject({ dataDate: null, scoredAsOf: null, atRiskCustomers: null });
    expect(churnTrend(ws.db, 3).points).toEqual([]);
    runRefresh(ws.db, { trainIfMissing: false }, () => undefined);
  });

  it('finds the data date from the latest non-cancelled order', () => {
    expect(workspaceDataDate(ws.db)?.iso).toBe('2024-06-30');
  });

  it('counts active-at-start and churned per month as counted by hand', () => {
    expect(churnTrend(ws.db, 5).points.map(({ month, activeAtStart, churned }) => ({ month, activeAtStart, churned }))).toEqual([
      { month: '2024-02', activeAtStart: 2, churned: 0 },
      { month: '2024-03', activeAtStart: 3, churned: 0 },
      { month: '2024-04', activeAtStart: 4, churned: 1 },
      { month: '2024-05', activeAtStart: 4, churned: 2 },
      { month: '2024-06', activeAtStart: 2, churned: 0 },
    ]);
  });

  it('agrees with the spell SQL and the day-by-day formulation', () => {
    const points = churnTrend(ws.db, 6).points;
    for (const [i, m] of lastCompleteMonths('2024-06-30', 6).entries()) {
      const { activeAtStart, churned } = points[i]!;
      expect({ month: m.month, activeAtStart, churned }).toEqual(monthlyChurn(ws.db, [m], '2024-06-30', 90)[0]);
      expect({ activeAtStart, churned }).toEqual(independentMonthChurn(ws.db, m.first, m.last));
    }
  });

  it('builds the KPIs from the lifecycle and the facts', () => {
    expect(activeOn(ws.db, '2024-06-30', 90)).toBe(3);
    expect(kpis(ws.db)).toMatchObject({
      dataDate: '2024-06-30',
      scoredAsOf: '2024-06-30',
      month: '2024-06',
      customers: 6,
      activeCustomers: 3,
      churnedLastMonth: 0,
      churnRateLastMonth: 0,
      churnRatePrevMonth: 0.5,
      churnRateChange: -50,
      inactivityDays: 90,
    });
    expect(churnTrend(ws.db, 3).points.map((p) => p.rate)).toEqual([0.25, 0.5, 0]);
  });
});
