// dashboard.data answers the same over the in-memory columns as over SQL: the default cockpit and
// the monthly review on the demo, without filters, with a linkage click, a global filter by a
// saved segment and a drill step.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { dashboardData } from '../../electron/service/dashboards/data';
import { saveSegment } from '../../electron/service/segments/writes';
import { clearColumnCache } from '../../electron/store/analytics/column-cache';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { DashboardFiltersSchema, type DashboardFiltersInput } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import type { WidgetData } from '../../shared/dashboards/widget-data';
import { withColumnar } from '../support/columnar-switch';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const widgets = [...templateSpec('cockpit').widgets, ...templateSpec('monthly').widgets.filter((w) => w.id !== 'title')];

/** Numbers to 1e-9 relative (SQLite adds with extra precision), everything else exactly. */
function sameData(columnar: readonly WidgetData[], sql: readonly WidgetData[]): void {
  expect(columnar.map((r) => [r.widgetId, r.status])).toEqual(sql.map((r) => [r.widgetId, r.status]));
  columnar.forEach((r, i) => {
    const other = sql[i];
    expect(r.rows.length).toBe(other?.rows.length);
    r.rows.forEach((row, j) =>
      row.forEach((cell, k) => {
        const want = other?.rows[j]?.[k] ?? null;
        if (typeof cell === 'number' && typeof want === 'number') expect(Math.abs(cell - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
        else expect([r.widgetId, cell]).toEqual([r.widgetId, want]);
      }),
    );
    const [value, want] = [r.kpi?.value ?? null, other?.kpi?.value ?? null];
    if (typeof value === 'number' && typeof want === 'number') expect(Math.abs(value - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    else expect([r.widgetId, value]).toEqual([r.widgetId, want]);
  });
}

describe('dashboard data over columns and over SQL', () => {
  const t = tempDir();
  let ws: Workspace;
  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 500 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
  }, 120_000);
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  const both = (filters: DashboardFiltersInput) => {
    const input = { widgets, filters: DashboardFiltersSchema.parse(filters) };
    clearColumnCache(ws.db);
    const columnar = withColumnar(true, () => dashboardData(ws.db, input).results);
    const sql = withColumnar(false, () => dashboardData(ws.db, input).results);
    return { columnar, sql };
  };

  it('without filters, with a linkage click, a saved segment and a drill step', () => {
    const segment = saveSegment(ws.db, {
      name: 'Scored',
      description: '',
      tags: [],
      color: 'blue',
      definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'health_score', op: '<', value: 60 } },
    });
    const region = ws.db.prepare('SELECT region FROM customer_mart GROUP BY region ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    for (const filters of [
      {},
      { linkage: [{ widgetId: 'chart_region', field: 'region', values: [region] }] },
      { global: [{ kind: 'condition', field: 'saved_segment', op: 'in', values: [segment.id] } as const] },
      { drill: { chart_region: [{ field: 'region', value: region }] } },
    ]) {
      const { columnar, sql } = both(filters);
      expect(sql.filter((r) => r.status === 'error')).toEqual([]);
      sameData(columnar, sql);
    }
  });
});
