// Widget evaluation over a small SQLite database through the real compiler: every number of the
// default cockpit checked against hand-written SQL, with and without a linkage click, plus the
// ways a widget degrades (narrow catalog, no snapshot, a failing query) without throwing.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import { DashboardFiltersSchema, type DashboardFiltersInput } from '../../../shared/dashboards/dashboard';
import { evaluateWidget, evaluateWidgets, type EvaluateContext } from '../../../shared/dashboards/evaluate';
import { templateSpec } from '../../../shared/dashboards/templates';
import { WidgetSchema, type Widget, type WidgetInput } from '../../../shared/dashboards/widget';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import { kaplanMeier } from '../../../shared/models/kaplan-meier';
import { QueryError } from '../../../shared/query';
import { AS_OF, narrowCatalog, openFixture, sqliteRunner } from './fixture';

let db: Database.Database;
beforeAll(() => {
  db = openFixture();
});
afterAll(() => db.close());

const cockpit = templateSpec('cockpit');
const widget = (id: string): Widget => {
  const found = cockpit.widgets.find((w) => w.id === id);
  if (!found) throw new Error(`no widget ${id}`);
  return found;
};
const context = (filters: DashboardFiltersInput = {}, overrides: Partial<EvaluateContext> = {}): EvaluateContext => ({
  asOf: AS_OF,
  catalog: baseCatalog,
  filters: DashboardFiltersSchema.parse(filters),
  run: sqliteRunner(db),
  ...overrides,
});
const scalar = (sql: string, ...params: (string | number)[]): number | null =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number | null;
const byId = (results: readonly WidgetData[], id: string): WidgetData => {
  const found = results.find((r) => r.widgetId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const parse = (input: WidgetInput): Widget => WidgetSchema.parse(input);

/** Churn rate of a month window by hand: Σ churned / Σ active at start. */
function churnRate(months: readonly string[], where = '1 = 1', ...params: string[]): number | null {
  const marks = months.map(() => '?').join(', ');
  return scalar(`SELECT CAST(sum(churned) AS REAL) / NULLIF(sum(active_at_start), 0) FROM churn_facts_monthly WHERE month IN (${marks}) AND ${where}`, ...months, ...params);
}

describe('the default cockpit on SQLite', () => {
  it('evaluates every widget without an error and the KPIs equal hand-written SQL', () => {
    const results = evaluateWidgets(cockpit.widgets, context());
    expect(results.map((r) => r.widgetId)).toEqual(cockpit.widgets.map((w) => w.id));
    for (const r of results) expect([r.widgetId, r.status]).toEqual([r.widgetId, 'ok']);
    expect(byId(results, 'kpi_active').kpi?.value).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`));
    expect(byId(results, 'kpi_at_risk').kpi?.value).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`));
    expect(byId(results, 'kpi_clv_at_risk').kpi?.value).toBeCloseTo(scalar(`SELECT sum(clv) FROM customer_mart WHERE tier = 'atRisk'`) ?? NaN, 9);

    const churn = byId(results, 'kpi_churn').kpi;
    expect(churn?.period).toEqual({ from: '2023-12', to: '2023-12' });
    expect(churn?.value).toBeCloseTo(churnRate(['2023-12']) ?? NaN, 12);
    expect(churn?.compareValue).toBeCloseTo(churnRate(['2023-11']) ?? NaN, 12);
    expect(churn?.change).toBeCloseTo(((churn?.value ?? 0) - (churn?.compareValue ?? 0)) * 100, 9);
    expect(churn?.sparkline.map((p) => p.month)).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
    ]);
    expect(churn?.sparkline[3]?.value).toBeCloseTo(churnRate(['2023-04']) ?? NaN, 12);
    const status = (churn?.value ?? 0) >= 0.05 ? 'red' : (churn?.value ?? 0) >= 0.03 ? 'amber' : 'green';
    expect(churn?.status).toBe(status);
  });

  it('reads the last complete months of the data date', () => {
    // December is complete on the 31st only: on the 20th the last complete month is November.
    const results = evaluateWidgets([widget('kpi_churn')], context({}, { asOf: '2024-01-15' }));
    expect(results[0]?.kpi?.period).toEqual({ from: '2023-12', to: '2023-12' });
    const partial = evaluateWidgets([widget('kpi_churn')], context({}, { asOf: '2023-12-20' }));
    expect(partial[0]?.kpi?.period).toEqual({ from: '2023-11', to: '2023-11' });
    expect(partial[0]?.kpi?.value).toBeCloseTo(churnRate(['2023-11']) ?? NaN, 12);
  });

  it('tier ring, region bar and value × risk heat map equal GROUP BY by hand', () => {
    const results = evaluateWidgets([widget('chart_tiers'), widget('chart_region'), widget('chart_value_risk')], context());
    const tiers = db
      .prepare(
        `SELECT tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' GROUP BY tier ORDER BY CASE tier WHEN 'healthy' THEN 0 WHEN 'watch' THEN 1 WHEN 'atRisk' THEN 2 ELSE 3 END`,
      )
      .raw(true)
      .all();
    // Enum categories in the catalog's order (healthy, watch, atRisk), not alphabetically.
    expect(byId(results, 'chart_tiers').rows).toEqual(tiers);
    expect(byId(results, 'chart_tiers').columns.map((c) => [c.key, c.kind, c.format])).toEqual([
      ['tier', 'dimension', 'code'],
      ['customers', 'measure', 'count'],
    ]);
    const regions = db.prepare(`SELECT region, count(CASE WHEN tier = 'atRisk' THEN 1 END) AS n FROM customer_mart GROUP BY region ORDER BY n DESC, region`).raw(true).all();
    expect(byId(results, 'chart_region').rows).toEqual(regions);
    const cells = db
      .prepare(
        `SELECT value_tier, tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' GROUP BY 1, 2 ORDER BY value_tier IS NULL, CASE value_tier WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 WHEN NULL THEN 4 ELSE 3 END, CASE tier WHEN 'healthy' THEN 0 WHEN 'watch' THEN 1 WHEN 'atRisk' THEN 2 ELSE 3 END`,
      )
      .raw(true)
      .all();
    expect(byId(results, 'chart_value_risk').rows).toEqual(cells);
  });

  it('a linkage click (region = one value) filters every other widget, not the one clicked', () => {
    const filters = { linkage: [{ widgetId: 'chart_region', field: 'region', values: ['South'] }] };
    const results = evaluateWidgets(cockpit.widgets, context(filters));
    const clicked = byId(results, 'chart_region');
    expect(clicked.applied).toEqual([]);
    expect(clicked.rows.length).toBe(4);
    for (const r of results.filter((x) => x.widgetId !== 'chart_region' && x.widgetId !== 'title')) expect([r.widgetId, r.applied]).toEqual([r.widgetId, ['region']]);
    expect(byId(results, 'kpi_active').kpi?.value).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND region = 'South'`));
    expect(byId(results, 'kpi_at_risk').kpi?.value).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk' AND region = 'South'`));
    expect(byId(results, 'kpi_churn').kpi?.value).toBeCloseTo(churnRate(['2023-12'], 'region = ?', 'South') ?? NaN, 12);
    const tiers = db
      .prepare(
        `SELECT tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' AND region = 'South' GROUP BY tier ORDER BY CASE tier WHEN 'healthy' THEN 0 WHEN 'watch' THEN 1 WHEN 'atRisk' THEN 2 ELSE 3 END`,
      )
      .raw(true)
      .all();
    expect(byId(results, 'chart_tiers').rows).toEqual(tiers);
    const list = byId(results, 'table_high_risk');
    const expected = db
      .prepare(
        `SELECT owner, customer_id, name, health_score, churn_probability, top_reason, clv FROM customer_mart WHERE tier = 'atRisk' AND region = 'South' ORDER BY owner, churn_probability DESC, customer_id, name, health_score, top_reason, clv LIMIT 50`,
      )
      .raw(true)
      .all();
    expect(list.rows).toEqual(expected);
    expect(list.truncated).toBe((scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk' AND region = 'South'`) ?? 0) > 50);
  });

  it('global filters and the period apply where the source has the field, else are marked not applied', () => {
    const filters = { global: [{ kind: 'condition', field: 'tier', op: '=', value: 'watch' } as const], period: { from: '2023-01', to: '2023-03' } };
    const results = evaluateWidgets([widget('kpi_active'), widget('kpi_churn'), widget('chart_cohorts')], context(filters));
    expect(byId(results, 'kpi_active')).toMatchObject({ applied: ['tier'], notApplied: ['period'] });
    expect(byId(results, 'kpi_active').kpi?.value).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND tier = 'watch'`));
    const churn = byId(results, 'kpi_churn');
    expect(churn).toMatchObject({ applied: ['period'], notApplied: ['tier'] });
    expect(churn.kpi?.period).toEqual({ from: '2023-01', to: '2023-03' });
    expect(churn.kpi?.value).toBeCloseTo(churnRate(['2023-01', '2023-02', '2023-03']) ?? NaN, 12);
    expect(churn.kpi?.compareValue).toBeCloseTo(churnRate(['2022-10', '2022-11', '2022-12']) ?? NaN, 12);
    const cohorts = byId(results, 'chart_cohorts');
    expect(new Set(cohorts.rows.map((r) => r[1]))).toEqual(new Set(['2023-01', '2023-02', '2023-03']));
  });

  it('receivesFilters: false keeps a widget out of the bar and linkage', () => {
    const own = parse({ id: 'own', kind: 'kpi', source: 'customer', measure: 'customers', receivesFilters: false });
    const [result] = evaluateWidgets(
      [own],
      context({ global: [{ kind: 'condition', field: 'region', op: '=', value: 'North' }], linkage: [{ widgetId: 'x', field: 'tier', values: ['watch'] }] }),
    );
    expect(result).toMatchObject({ applied: [], notApplied: ['region', 'tier'] });
    expect(result?.kpi?.value).toBe(scalar('SELECT count(*) FROM customer_mart'));
  });
});

describe('drill, km, limits', () => {
  it('drills geography region → city → owner with the clicked values as filters', () => {
    const region = widget('chart_region');
    const one = evaluateWidget(region, context({ drill: { chart_region: [{ field: 'region', value: 'South' }] } }));
    expect(one.drilledTo).toEqual({ field: 'city', depth: 1 });
    expect(one.columns[0]?.key).toBe('city');
    expect(one.rows.map((r) => r[0]).sort()).toEqual(['S1', 'S2', 'S3']);
    const two = evaluateWidget(
      region,
      context({
        drill: {
          chart_region: [
            { field: 'region', value: 'South' },
            { field: 'city', value: 'S2' },
          ],
        },
      }),
    );
    expect(two.drilledTo).toEqual({ field: 'owner', depth: 2 });
    const owners = db
      .prepare(`SELECT owner, count(CASE WHEN tier = 'atRisk' THEN 1 END) AS n FROM customer_mart WHERE region = 'South' AND city = 'S2' GROUP BY owner ORDER BY n DESC, owner`)
      .raw(true)
      .all();
    expect(two.rows).toEqual(owners);
  });

  it('drills time year → month on a date dimension, the year becoming a range of days', () => {
    const dates = templateSpec('monthly').widgets.find((w) => w.id === 'chart_churn_dates');
    if (!dates) throw new Error('template changed');
    const top = evaluateWidget(dates, context());
    expect(top.columns[0]).toMatchObject({ key: 'churn_date', grain: 'year' });
    const down = evaluateWidget(dates, context({ drill: { chart_churn_dates: [{ field: 'churn_date', grain: 'year', value: '2023' }] } }));
    expect(down.drilledTo).toEqual({ field: 'churn_date', grain: 'month', depth: 1 });
    const expected = db
      .prepare(
        `SELECT substr(churn_date, 1, 7), count(*) FROM customer_mart WHERE lifecycle = 'churned' AND churn_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY 1 ORDER BY 1`,
      )
      .raw(true)
      .all();
    expect(down.rows.filter((r) => r[1] !== 0)).toEqual(expected);
  });

  it('the KM curve from grouped counts equals kaplanMeier on one row per customer', () => {
    const km = templateSpec('monthly').widgets.find((w) => w.id === 'chart_survival');
    if (!km) throw new Error('template changed');
    const result = evaluateWidget(km, context());
    const raw = db.prepare(`SELECT tenure_days, lifecycle = 'churned' FROM customer_mart WHERE tenure_days IS NOT NULL`).raw(true).all() as [number, number][];
    const curve = kaplanMeier(
      raw.map((r) => r[0]),
      raw.map((r) => r[1]),
    );
    expect(result.status).toBe('ok');
    expect(result.km?.n).toBe(curve.n);
    expect(result.km?.events).toBe(curve.events);
    expect(result.km?.median).toBe(curve.median);
    curve.points.forEach((p, i) => {
      expect(result.km?.points[i]?.time).toBe(p.time);
      expect(result.km?.points[i]?.survival).toBeCloseTo(p.survival, 12);
      expect(result.km?.points[i]?.lower).toBeCloseTo(p.lower, 12);
    });
  });

  it('caps a two-dimension chart to whole categories by total of the first measure', () => {
    const stacked = parse({
      id: 's',
      kind: 'chart',
      chart: 'stackedBar',
      source: 'customer',
      measures: ['customers'],
      dimension: { field: 'city' },
      series: { field: 'tier' },
      limit: 3,
      sort: 'measureDesc',
    });
    const result = evaluateWidget(stacked, context());
    const top = db.prepare(`SELECT city FROM customer_mart GROUP BY city ORDER BY count(*) DESC, city LIMIT 3`).pluck().all();
    expect(result.truncated).toBe(true);
    expect([...new Set(result.rows.map((r) => r[0]))]).toEqual(top);
    const total = (city: unknown) => result.rows.filter((r) => r[0] === city).reduce((s, r) => s + Number(r[2]), 0);
    expect(total(top[0])).toBe(scalar('SELECT count(*) FROM customer_mart WHERE city = ?', String(top[0])));
  });

  it('a one-dimension chart sorted by measure is cut in SQL and says so', () => {
    const bar = parse({ id: 'b', kind: 'chart', chart: 'bar', source: 'customer', measures: ['customers'], dimension: { field: 'city' }, limit: 2, sort: 'measureAsc' });
    const result = evaluateWidget(bar, context());
    expect(result.truncated).toBe(true);
    expect(result.rows).toEqual(db.prepare('SELECT city, count(*) AS n FROM customer_mart GROUP BY city ORDER BY n, city LIMIT 2').raw(true).all());
  });

  it('an aggregate table over a month source reads its period and flags truncation', () => {
    const table = templateSpec('monthly').widgets.find((w) => w.id === 'table_by_owner');
    if (!table || table.kind !== 'table') throw new Error('template changed');
    const result = evaluateWidget({ ...table, limit: 3 }, context());
    const expected = db
      .prepare(
        `SELECT owner, sum(active_at_start), sum(churned), CAST(sum(churned) AS REAL) / NULLIF(sum(active_at_start), 0) AS r FROM churn_facts_monthly WHERE month = '2023-12' GROUP BY owner ORDER BY r DESC NULLS LAST, owner LIMIT 3`,
      )
      .raw(true)
      .all();
    expect(result.rows).toEqual(expected);
    expect(result.truncated).toBe(true);
  });
});

describe('degrading, never throwing', () => {
  it('no snapshot: every query widget is empty with noSnapshot; text is ok', () => {
    const results = evaluateWidgets(cockpit.widgets, context({}, { asOf: null }));
    expect(byId(results, 'title').status).toBe('ok');
    for (const r of results.filter((x) => x.widgetId !== 'title')) expect(r).toMatchObject({ status: 'empty', problem: { code: 'noSnapshot' } });
  });

  it('a narrower catalog: missing measure or field → error with the code; missing filter field → not applied', () => {
    const catalog = narrowCatalog({ fields: ['region', 'tier', 'lifecycle'], measures: ['customers', 'active_customers'] });
    const filters = { global: [{ kind: 'condition', field: 'owner', op: '=', value: 'x' } as const] };
    const results = evaluateWidgets(cockpit.widgets, context(filters, { catalog }));
    expect(byId(results, 'kpi_clv_at_risk')).toMatchObject({ status: 'error', problem: { code: 'UNKNOWN_MEASURE', params: { measure: 'clv_at_risk' } } });
    expect(byId(results, 'table_high_risk')).toMatchObject({ status: 'error', problem: { code: 'UNKNOWN_FIELD', params: { field: 'owner' } } });
    expect(byId(results, 'kpi_active')).toMatchObject({ status: 'ok', notApplied: ['owner'], applied: [] });
    expect(byId(results, 'kpi_active').kpi?.value).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`));
  });

  it('a QueryError or any failure of the runner becomes the widget problem', () => {
    const failing = {
      aggregate: () => {
        throw new QueryError('UNKNOWN_SEGMENT', { segment: 4 });
      },
      list: () => {
        throw new Error('disk');
      },
    };
    const results = evaluateWidgets([widget('kpi_active'), widget('table_high_risk')], context({}, { run: failing }));
    expect(results[0]).toMatchObject({ status: 'error', problem: { code: 'UNKNOWN_SEGMENT', params: { segment: 4 } } });
    expect(results[1]).toMatchObject({ status: 'error', problem: { code: 'INTERNAL' } });
  });

  it('a filter value of the wrong type is the widget error, not an exception', () => {
    const filters = { global: [{ kind: 'condition', field: 'health_score', op: '>', value: 'abc' } as const] };
    const result = evaluateWidget(widget('kpi_active'), context(filters));
    expect(result).toMatchObject({ status: 'error', problem: { code: 'INVALID_VALUE' } });
  });

  it('measures time with the given clock', () => {
    let t = 0;
    const result = evaluateWidget(widget('kpi_active'), context({}, { now: () => (t += 5) }));
    expect(result.elapsedMs).toBe(5);
  });
});
