// The builders on the core's real answers, not only on the widgets' fixtures: every template
// widget evaluated over the core's seeded database (test/unit/dashboards/fixture.ts) builds a
// serialisable option whose points map back to the rows' dimension values.
import { afterAll, describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../../shared/catalog';
import { buildChartOption, clickedValue, kpiView } from '../../../../shared/dashboards/charts';
import { DashboardFiltersSchema } from '../../../../shared/dashboards/dashboard';
import { evaluateWidgets } from '../../../../shared/dashboards/evaluate';
import { templateSpec } from '../../../../shared/dashboards/templates';
import { AS_OF, openFixture, sqliteRunner } from '../fixture';
import { testContext } from './context';

const db = openFixture();
afterAll(() => db.close());

describe.each(['cockpit', 'monthly'] as const)('template %s evaluated by the core', (template) => {
  const spec = templateSpec(template);
  const results = evaluateWidgets(spec.widgets, { asOf: AS_OF, catalog: baseCatalog, filters: DashboardFiltersSchema.parse({}), run: sqliteRunner(db) });

  it.each(spec.widgets.map((w, i) => [w.id, w, i] as const))('%s draws', (_id, widget, i) => {
    const data = results[i];
    if (!data) throw new Error('no result');
    expect(data.status).not.toBe('error');
    if (widget.kind === 'kpi' && data.kpi) {
      const view = kpiView(data.kpi, testContext());
      expect(view.valueText).toBe(testContext().format(data.kpi.value, data.kpi.format, { compact: true }));
    }
    if (widget.kind !== 'chart' || data.status !== 'ok') return;
    const option = buildChartOption(widget, data, testContext());
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
    const series = option.series as { data: unknown[] }[];
    expect(series[0]?.data.length ?? 0).toBeGreaterThan(0);
    if (widget.chart === 'km' || widget.chart === 'gauge') return;
    const categories = new Set(data.rows.map((r) => r[0]));
    for (const item of series[0]?.data ?? []) {
      const clicked = clickedValue(item);
      expect(clicked === null || categories.has(clicked.raw)).toBe(true);
    }
  });
});
