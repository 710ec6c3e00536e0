// Churn rate by dimension and cohort cells on the hand cases of test/support/hand-cases.ts
// (implicit churn, 90 days). Spells: A 01-10→05-15; B 01-05→04-04 and 06-20→09-18;
// C 03-01→05-30; D 02-01→09-28; E 04-10→07-09. Regions: A, D 华东; B 华南; C 华北; E 西南.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../../electron/store/workspace';
import { churnByDimension, cohorts } from '../../../electron/service/scoring/analysis';
import { seedHandCases } from '../../support/hand-cases';
import { tempDir } from '../../support/temp';

describe('churn rates and cohorts from spells', () => {
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

  it('matches the hand-counted monthly rates overall', () => {
    const r = churnByDimension(ws.db, { months: 5 });
    expect(r.points.map((p) => [p.month, p.activeAtStart, p.churned])).toEqual([
      ['2024-02', 2, 0],
      ['2024-03', 3, 0],
      ['2024-04', 4, 1],
      ['2024-05', 4, 2],
      ['2024-06', 2, 0],
    ]);
    expect(r.totals).toEqual([{ group: 'all', activeAtStart: 15, churned: 3, rate: 0.2 }]);
  });

  it('splits April and May by region as counted by hand', () => {
    const r = churnByDimension(ws.db, { months: 3, dimension: 'cat:region' });
    const cell = (group: string, month: string) => r.points.find((p) => p.group === group && p.month === month);
    expect(cell('华东', '2024-04')).toMatchObject({ activeAtStart: 2, churned: 0 });
    expect(cell('华南', '2024-04')).toMatchObject({ activeAtStart: 1, churned: 1, rate: 1 });
    expect(cell('华北', '2024-04')).toMatchObject({ activeAtStart: 1, churned: 0 });
    expect(cell('华东', '2024-05')).toMatchObject({ activeAtStart: 2, churned: 1, rate: 0.5 });
    expect(cell('华北', '2024-05')).toMatchObject({ activeAtStart: 1, churned: 1 });
    expect(cell('西南', '2024-05')).toMatchObject({ activeAtStart: 1, churned: 0 });
  });

  it('rejects a dimension that is not in the whitelist', () => {
    expect(() => churnByDimension(ws.db, { months: 3, dimension: 'name; DROP TABLE orders' })).toThrow(/unknown dimension/);
  });

  it('fills the first-order cohort matrix as counted by hand', () => {
    const r = cohorts(ws.db, { basis: 'firstOrder', cohorts: 6 });
    const row = (cohort: string) => r.rows.find((x) => x.cohort === cohort);
    expect(row('2024-01')).toMatchObject({ size: 2, cells: [1, 1, 1, 0.5, 0, 0.5, null] });
    expect(row('2024-02')?.cells.slice(0, 6)).toEqual([1, 1, 1, 1, 1, null]);
    expect(row('2024-03')?.cells.slice(0, 5)).toEqual([1, 1, 0, 0, null]);
    expect(row('2024-04')?.cells.slice(0, 4)).toEqual([1, 1, 1, null]);
    expect(row('2024-05')?.size).toBe(0);
  });
});
