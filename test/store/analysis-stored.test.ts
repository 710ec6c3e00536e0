// analysis.* read the refresh's stored spells and the customer mart instead of reloading the
// event history; both ways must give the same answer on the same snapshot (a refreshed demo).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { churnByDimension, cohorts, survival } from '../../electron/service/scoring/analysis';
import { tempDir } from '../support/temp';

describe('analysis from the stored spells equals analysis from the event history', () => {
  const t = tempDir();
  let ws: Workspace;
  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 1500, seed: 7 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: false }, () => undefined);
  }, 240_000);
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it.each([undefined, 'region', 'cat:owner', 'tier', 'value_risk'])('churn rate by %s', (dimension) => {
    const input = { months: 18, ...(dimension ? { dimension } : {}) };
    const stored = churnByDimension(ws.db, input);
    expect(stored.points.length).toBeGreaterThan(0);
    expect(stored.points.some((p) => p.churned > 0)).toBe(true);
    expect(stored).toEqual(churnByDimension(ws.db, input, { from: 'history' }));
  });

  it.each(['signup', 'firstOrder'] as const)('cohorts by %s date', (basis) => {
    const stored = cohorts(ws.db, { basis, cohorts: 12 });
    expect(stored.rows.some((r) => r.size > 0)).toBe(true);
    expect(stored).toEqual(cohorts(ws.db, { basis, cohorts: 12 }, { from: 'history' }));
  });

  it.each([undefined, 'region', 'segment'])('Kaplan–Meier survival by %s', (dimension) => {
    const input = { maxGroups: 12, projectionPeriods: 24, ...(dimension ? { dimension } : {}) };
    const stored = survival(ws.db, input);
    expect(stored.curves.length).toBeGreaterThan(0);
    expect(stored).toEqual(survival(ws.db, input, { from: 'history' }));
  });
});
