// Dashboards over every host: save the default cockpit, read it back and list it, refusals with
// reasons (taken name, unknown id, a widget the catalog cannot compute), delete, and
// dashboard.data on the demo: every widget ok, the KPIs and the tier ring equal independent SQL,
// and a linkage click (region = one value) applied to every other widget, numbers included.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import type { DashboardData, DashboardRecord } from '../../shared/contract/domains/dashboards';
import { templateSpec } from '../../shared/dashboards/templates';
import type { WidgetData } from '../../shared/dashboards/widget-data';
import { lastCompleteMonths } from '../../shared/metrics/months';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

const quiet = () => undefined;
const demo = tempDir();
const demoPath = join(demo.dir, 'demo.churn');

beforeAll(async () => {
  await createDemoWorkspace(demoPath, { customers: 400 });
  const ws = await openWorkspace(demoPath);
  runRefresh(ws.db, { trainIfMissing: true }, quiet);
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
}, 120_000);
afterAll(() => demo.cleanup());

const byId = (data: DashboardData, id: string): WidgetData => {
  const found = data.results.find((r) => r.widgetId === id);
  if (!found) throw new Error(`no widget ${id}`);
  return found;
};

for (const [label, connect] of allTransports) {
  describe(`dashboards over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'dash.churn');
    let service: Service;
    let api: Transport;
    let sql: Database.Database;
    let saved: DashboardRecord;
    const ok = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.params)}`);
      return r.result as T;
    };
    const one = (query: string, ...params: (string | number)[]) =>
      sql
        .prepare(query)
        .pluck()
        .get(...params) as number | null;

    beforeAll(async () => {
      copyFileSync(demoPath, path);
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
      const opened = await api.invoke('workspace.openNamed', { name: 'dash' });
      if (!opened.ok) throw new Error(opened.error.message);
      sql = new Database(path, { readonly: true, fileMustExist: true });
      saved = await ok<DashboardRecord>('dashboard.save', { name: '流失预警驾驶舱', spec: templateSpec('cockpit') });
    }, 60_000);
    afterAll(async () => {
      sql.close();
      await api.close();
      service.close();
      t.cleanup();
    });

    it('saves the cockpit and reads it back; lists it with its template and widget count', async () => {
      expect(saved).toMatchObject({ name: '流失预警驾驶舱', spec: templateSpec('cockpit') });
      expect(await ok('dashboard.get', { id: saved.id })).toEqual(saved);
      const listed = await ok<{ dashboards: unknown[]; asOf: string | null }>('dashboard.list', {});
      expect(listed.dashboards).toEqual([
        { id: saved.id, name: '流失预警驾驶舱', template: 'cockpit', widgetCount: templateSpec('cockpit').widgets.length, updatedAt: saved.updatedAt },
      ]);
      expect(listed.asOf).toBe(one('SELECT max(as_of) FROM snapshots'));
    });

    it('refuses a taken name, unknown ids and a widget the catalog cannot compute, with reasons', async () => {
      expect(await api.invoke('dashboard.save', { name: ' 流失预警驾驶舱 ', spec: templateSpec('monthly') })).toMatchObject({
        ok: false,
        error: { reason: 'dashboardNameTaken', params: { name: '流失预警驾驶舱' } },
      });
      expect(await api.invoke('dashboard.get', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'dashboardNotFound', params: { id: 9999 } } });
      expect(await api.invoke('dashboard.save', { id: 9999, name: 'x', spec: templateSpec('monthly') })).toMatchObject({ ok: false, error: { reason: 'dashboardNotFound' } });
      expect(await api.invoke('dashboard.delete', { id: 9999 })).toMatchObject({ ok: false, error: { reason: 'dashboardNotFound' } });
      const bad = { ...templateSpec('campaign'), widgets: [{ id: 'k', kind: 'kpi', source: 'customer', measure: 'no_such_measure' }], layout: [] };
      expect(await api.invoke('dashboard.save', { name: 'Bad', spec: bad })).toMatchObject({
        ok: false,
        error: { reason: 'dashboardInvalidWidget', params: { widget: 'k', code: 'UNKNOWN_MEASURE', measure: 'no_such_measure' } },
      });
      const badFilter = {
        ...bad,
        widgets: [{ id: 'f', kind: 'kpi', source: 'churn_month', measure: 'churned', filter: { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' } }],
      };
      expect(await api.invoke('dashboard.save', { name: 'Bad', spec: badFilter })).toMatchObject({
        ok: false,
        error: { reason: 'dashboardInvalidWidget', params: { widget: 'f', code: 'UNKNOWN_FIELD' } },
      });
    });

    it('computes every widget of the cockpit; KPIs and the tier ring equal independent SQL', async () => {
      const data = await ok<DashboardData>('dashboard.data', { widgets: saved.spec.widgets });
      expect(data.asOf).not.toBeNull();
      for (const r of data.results) expect([r.widgetId, r.status, r.problem]).toEqual([r.widgetId, 'ok', undefined]);
      expect(byId(data, 'kpi_active').kpi?.value).toBe(one(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`));
      expect(byId(data, 'kpi_at_risk').kpi?.value).toBe(one(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`));
      expect(byId(data, 'kpi_clv_at_risk').kpi?.value).toBeCloseTo(one(`SELECT total(clv) FROM customer_mart WHERE tier = 'atRisk'`) ?? NaN, 6);
      const [month] = lastCompleteMonths(data.asOf ?? '', 1).map((m) => m.month);
      const rate = one(`SELECT CAST(sum(churned) AS REAL) / sum(active_at_start) FROM churn_facts_monthly WHERE month = ?`, month ?? '');
      expect(byId(data, 'kpi_churn').kpi?.value).toBeCloseTo(rate ?? NaN, 12);
      const tiers = sql
        .prepare(
          `SELECT tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' GROUP BY tier ORDER BY CASE tier WHEN 'healthy' THEN 0 WHEN 'watch' THEN 1 WHEN 'atRisk' THEN 2 ELSE 3 END`,
        )
        .raw(true)
        .all();
      expect(byId(data, 'chart_tiers').rows).toEqual(tiers);
    });

    it('a linkage click (region = one value) filters every other widget', async () => {
      const region = one(`SELECT region FROM customer_mart WHERE tier = 'atRisk' GROUP BY region ORDER BY count(*) DESC, region LIMIT 1`) as unknown as string;
      const filters = { global: [], linkage: [{ widgetId: 'chart_region', field: 'region', values: [region] }], drill: {} };
      const data = await ok<DashboardData>('dashboard.data', { widgets: saved.spec.widgets, filters });
      for (const r of data.results) {
        if (r.widgetId === 'title') continue;
        expect([r.widgetId, r.status, r.applied]).toEqual([r.widgetId, 'ok', r.widgetId === 'chart_region' ? [] : ['region']]);
      }
      expect(byId(data, 'kpi_active').kpi?.value).toBe(one(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND region = ?`, region));
      expect(byId(data, 'kpi_at_risk').kpi?.value).toBe(one(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk' AND region = ?`, region));
      const [month] = lastCompleteMonths(data.asOf ?? '', 1).map((m) => m.month);
      const rate = one(`SELECT CAST(sum(churned) AS REAL) / sum(active_at_start) FROM churn_facts_monthly WHERE month = ? AND region = ?`, month ?? '', region);
      expect(byId(data, 'kpi_churn').kpi?.value).toBeCloseTo(rate ?? NaN, 12);
      const tiers = sql
        .prepare(
          `SELECT tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' AND region = ? GROUP BY tier ORDER BY CASE tier WHEN 'healthy' THEN 0 WHEN 'watch' THEN 1 WHEN 'atRisk' THEN 2 ELSE 3 END`,
        )
        .raw(true)
        .all(region);
      expect(byId(data, 'chart_tiers').rows).toEqual(tiers);
      const owners = sql.prepare(`SELECT DISTINCT owner FROM customer_mart WHERE tier = 'atRisk' AND region = ?`).pluck().all(region);
      for (const row of byId(data, 'table_high_risk').rows) expect(owners).toContain(row[0]);
      const unfiltered = await ok<DashboardData>('dashboard.data', { widgets: saved.spec.widgets });
      expect(byId(data, 'chart_region').rows).toEqual(byId(unfiltered, 'chart_region').rows);
    });

    it('deletes a dashboard', async () => {
      const copy = await ok<DashboardRecord>('dashboard.save', { name: 'Monthly', spec: templateSpec('monthly') });
      expect(await ok('dashboard.delete', { id: copy.id })).toEqual({ deleted: true });
      expect(await api.invoke('dashboard.get', { id: copy.id })).toMatchObject({ ok: false, error: { reason: 'dashboardNotFound' } });
    });
  });
}
