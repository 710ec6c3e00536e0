// The viewer answers from a dashboard file what the workspace answers: with k = 1 and no filter,
// every widget of the cockpit and the monthly review equals the core's evaluation on the
// workspace; with a linkage filter region = X, so does every widget whose packaged table has the
// region; with k = 5 the totals are still equal. Field values add up to the customers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { martState } from '../../electron/store/analytics/mart-state';
import { runQuery } from '../../electron/store/analytics/run-query';
import { workspaceCatalog } from '../../electron/store/analytics/workspace-catalog';
import { packagedFieldValues } from '../../electron/store/dashboard-file/field-values';
import { openDashboardFile, type OpenDashboardFile } from '../../electron/store/dashboard-file/open-file';
import { writeDashboardFile } from '../../electron/store/dashboard-file/write-file';
import { viewerData } from '../../electron/service/dashboard-file/viewer-data';
import { sourceTables } from '../../shared/catalog';
import { DashboardFiltersSchema, DashboardSpecSchema, type DashboardFiltersInput } from '../../shared/dashboards/dashboard';
import { evaluateWidgets, type QueryRunner } from '../../shared/dashboards/evaluate';
import type { Cell, WidgetData } from '../../shared/dashboards/widget-data';
import { sqliteDialect } from '../../shared/query';
import { compileList } from '../../shared/query/compile-list';
import { dashboardFileFixture, type DashboardFileFixture } from './dashboard-file-fixture';

function expectCellsClose(actual: readonly Cell[][], expected: readonly Cell[][], label: string): void {
  expect(actual.length, label).toBe(expected.length);
  actual.forEach((row, r) =>
    row.forEach((cell, c) => {
      const want = expected[r]?.[c];
      if (typeof cell === 'number' && typeof want === 'number') expect(cell, `${label} [${r}][${c}]`).toBeCloseTo(want, 9);
      else expect(cell, `${label} [${r}][${c}]`).toEqual(want);
    }),
  );
}

function expectSame(actual: WidgetData, expected: WidgetData): void {
  const label = expected.widgetId;
  expect(actual.status, label).toBe(expected.status);
  expect(actual.problem, label).toEqual(expected.problem);
  expect(actual.columns, label).toEqual(expected.columns);
  expectCellsClose(actual.rows, expected.rows, label);
  expect(actual.truncated, label).toBe(expected.truncated);
  if (expected.kpi) {
    expect(actual.kpi?.value ?? null, label).toBeCloseTo(expected.kpi.value ?? Number.NaN, 9);
    expect(actual.kpi?.compareValue ?? null, label).toEqual(expected.kpi.compareValue === null ? null : expect.closeTo(expected.kpi.compareValue, 9));
    expectCellsClose(
      (actual.kpi?.sparkline ?? []).map((p) => [p.month, p.value]),
      expected.kpi.sparkline.map((p) => [p.month, p.value]),
      `${label} sparkline`,
    );
  }
  if (expected.km) {
    expect(actual.km?.n, label).toBe(expected.km.n);
    expect(actual.km?.events, label).toBe(expected.km.events);
    expect(actual.km?.median, label).toBe(expected.km.median);
  }
}

/** Averages (a sum and a count each in the cube), a table by owner, a filtered chart and a drillable one. */
const EXTRA = DashboardSpecSchema.parse({
  schemaVersion: 1,
  widgets: [
    { id: 'avg_health', kind: 'kpi', source: 'customer', measure: 'avg_health_score' },
    {
      id: 'prob_by_region',
      kind: 'chart',
      chart: 'bar',
      source: 'customer',
      measures: ['avg_churn_probability', 'customers'],
      dimension: { field: 'region' },
      hierarchy: 'geography',
    },
    {
      id: 'owners',
      kind: 'table',
      source: 'customer',
      mode: 'aggregate',
      dimensions: [{ field: 'owner' }],
      measures: ['total_clv', 'at_risk_share'],
      sort: [{ key: 'total_clv', direction: 'desc' }],
      limit: 15,
    },
    {
      id: 'industry_watch',
      kind: 'chart',
      chart: 'stackedBar',
      source: 'customer',
      measures: ['revenue'],
      dimension: { field: 'industry' },
      series: { field: 'tier' },
      filter: { kind: 'condition', field: 'tier', op: 'in', values: ['watch', 'atRisk'] },
    },
    { id: 'churn_by_owner', kind: 'chart', chart: 'bar', source: 'churn_month', measures: ['churn_rate'], dimension: { field: 'owner' }, period: 'last6Months' },
  ],
  layout: [],
});

describe('dashboard file viewer', () => {
  let fx: DashboardFileFixture;
  let exact: OpenDashboardFile;
  let anonymous: OpenDashboardFile;
  let asOf: string;
  let region: string;

  /** The core's evaluation on the workspace (dashboard.data's path, without the read pool). */
  const onWorkspace = (index: number, filters: DashboardFiltersInput) => {
    const catalog = workspaceCatalog(fx.ws.db);
    const run: QueryRunner = {
      aggregate: (spec) => runQuery(fx.ws.db, spec, asOf, catalog),
      list: (spec) => {
        const compiled = compileList(spec, { resolveField: (id) => catalog.field(spec.source, id), dialect: sqliteDialect, asOf, table: sourceTables[spec.source] });
        const rows = fx.ws.db
          .prepare(compiled.sql)
          .raw(true)
          .all(...compiled.params) as Cell[][];
        return { columns: compiled.columns.map((key) => ({ key, kind: 'field' as const })), rows: rows.slice(0, spec.limit), truncated: rows.length > spec.limit };
      },
    };
    const spec = exact.dashboards[index]?.spec;
    return evaluateWidgets(spec?.widgets ?? [], { asOf, catalog, filters: DashboardFiltersSchema.parse(filters), run });
  };

  beforeAll(async () => {
    fx = await dashboardFileFixture();
    asOf = martState(fx.ws.db)?.asOf ?? '';
    exact = openDashboardFile((await fx.write('exact.churndash', { kAnonymity: 1, monthly: true, extra: EXTRA })).path);
    anonymous = openDashboardFile((await fx.write('k5.churndash', { kAnonymity: 5, monthly: true })).path);
    region = fx.ws.db.prepare("SELECT region FROM customer_mart WHERE tier = 'atRisk' GROUP BY region ORDER BY count(*) DESC LIMIT 1").pluck().get() as string;
  }, 120_000);
  afterAll(() => {
    exact.db.close();
    anonymous.db.close();
    fx.cleanup();
  });

  it.each([0, 1, 2])('equals the workspace for every widget of dashboard %i at k = 1 without filters', (index) => {
    const expected = onWorkspace(index, {});
    const actual = viewerData(exact, { index, filters: DashboardFiltersSchema.parse({}) }).results;
    expect(actual.map((r) => r.widgetId)).toEqual(expected.map((r) => r.widgetId));
    expect(expected.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(Math.min(6, expected.length));
    actual.forEach((r, i) => expectSame(r, expected[i] as WidgetData));
  });

  it('equals the workspace under a linkage filter region = X for every widget holding the region', () => {
    const filters = { linkage: [{ widgetId: 'chart_region', field: 'region', values: [region] }] };
    const expected = onWorkspace(0, filters);
    const actual = viewerData(exact, { index: 0, filters: DashboardFiltersSchema.parse(filters) }).results;
    let compared = 0;
    actual.forEach((r, i) => {
      const want = expected[i] as WidgetData;
      if (!r.applied.includes('region')) return;
      expectSame(r, want);
      compared++;
    });
    // Every widget but the title and the clicked chart itself is filtered by region.
    expect(compared).toBe(actual.length - 2);
    const unfiltered = viewerData(exact, { index: 0, filters: DashboardFiltersSchema.parse({}) }).results;
    expect(actual.find((r) => r.widgetId === 'kpi_active')?.kpi?.value).toBeLessThan(unfiltered.find((r) => r.widgetId === 'kpi_active')?.kpi?.value ?? 0);
  });

  it('equals the workspace after a drill from region to city, and under a global filter on an owner', () => {
    const owner = fx.ws.db.prepare('SELECT owner FROM customer_mart GROUP BY owner ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    for (const filters of [
      { drill: { prob_by_region: [{ field: 'region', value: region }] } },
      { global: [{ kind: 'condition' as const, field: 'owner', op: 'in' as const, values: [owner] }] },
    ]) {
      const expected = onWorkspace(2, filters);
      const actual = viewerData(exact, { index: 2, filters: DashboardFiltersSchema.parse(filters) }).results;
      actual.forEach((r, i) => expectSame(r, expected[i] as WidgetData));
      expect(actual.some((r) => r.applied.length > 0 || r.drilledTo !== undefined)).toBe(true);
    }
  });

  it('keeps the totals at k = 5', () => {
    const expected = onWorkspace(0, {});
    const actual = viewerData(anonymous, { index: 0, filters: DashboardFiltersSchema.parse({}) }).results;
    for (const id of ['kpi_active', 'kpi_churn', 'kpi_at_risk', 'kpi_clv_at_risk', 'kpi_winback', 'gauge_at_risk_share']) {
      const a = actual.find((r) => r.widgetId === id);
      const e = expected.find((r) => r.widgetId === id);
      if (e?.kpi) expect(a?.kpi?.value ?? null, id).toBeCloseTo(e.kpi.value ?? Number.NaN, 9);
      else expectCellsClose(a?.rows ?? [], e?.rows ?? [], id);
    }
    const total = (r: WidgetData | undefined) => (r?.rows ?? []).reduce((s, row) => s + Number(row[row.length - 1] ?? 0), 0);
    for (const id of ['chart_tiers', 'chart_value_risk']) {
      expect(total(actual.find((r) => r.widgetId === id)), id).toBe(total(expected.find((r) => r.widgetId === id)));
    }
  });

  it('answers a widget it could not package with notInFile', async () => {
    const spec = DashboardSpecSchema.parse({
      schemaVersion: 1,
      widgets: [
        { id: 'months', kind: 'table', source: 'churn_month', mode: 'list', fields: ['month', 'region'] },
        { id: 'ok', kind: 'kpi', source: 'customer', measure: 'customers' },
      ],
      layout: [],
    });
    const written = await writeDashboardFile(fx.ws.db, {
      dashboards: [{ name: 'x', spec }],
      kAnonymity: 5,
      includeDetail: false,
      path: join(fx.dir, 'unpackaged.churndash'),
      workspaceName: 'w',
      appVersion: 'test',
    });
    const file = openDashboardFile(written.path);
    try {
      const [months, ok] = viewerData(file, { index: 0, filters: DashboardFiltersSchema.parse({}) }).results;
      expect(months).toMatchObject({ widgetId: 'months', status: 'error', problem: { code: 'notInFile' } });
      expect(ok).toMatchObject({ widgetId: 'ok', status: 'ok', kpi: { value: fx.ws.db.prepare('SELECT count(*) FROM customer_mart').pluck().get() } });
    } finally {
      file.db.close();
    }
  });

  it('answers the values of a packaged field with their customers', () => {
    const values = packagedFieldValues(exact, { field: 'region', limit: 1000 });
    expect(values.values.reduce((s, v) => s + v.count, 0)).toBe(fx.ws.db.prepare('SELECT count(*) FROM customer_mart WHERE region IS NOT NULL').pluck().get());
    expect(values.values[0]?.count).toBeGreaterThanOrEqual(values.values[1]?.count ?? 0);
    expect(packagedFieldValues(exact, { field: 'name', limit: 10 }).values.length).toBeGreaterThan(0);
    expect(packagedFieldValues(exact, { field: 'churn_probability_nope', limit: 10 }).values).toEqual([]);
  });
});
