// The plan of a dashboard file: which table answers each widget, the cube's dimensions (time,
// the widgets' own, hierarchy levels, filter-bar and linkable fields the source has; never the
// saved-segment membership), its additive components (avg → a sum and a count), and widgets
// that cannot be packaged (count_distinct, a list over a month source, unknown measures).
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog, type MeasureDef } from '../../../shared/catalog';
import { planPackage } from '../../../shared/dashboards/cube';
import { DashboardSpecSchema } from '../../../shared/dashboards/dashboard';
import { fileCatalogEntries, tableCatalog, visibleDefinitions } from '../../../shared/dashboards/file-catalog';
import { templateSpec } from '../../../shared/dashboards/templates';

const base = buildCatalog();
const distinct: MeasureDef = { id: 'distinct_owners', source: 'customer', labelKey: 'x', format: 'count', aggregate: 'count_distinct', field: 'owner' };
const catalog: Catalog = {
  fields: base.fields,
  measures: [...base.measures, distinct],
  field: (source, id) => base.field(source, id),
  measure: (source, id) => (source === 'customer' && id === distinct.id ? distinct : base.measure(source, id)),
};

describe('dashboard file plan', () => {
  it('places every cockpit widget and builds its cubes', () => {
    const plan = planPackage([templateSpec('cockpit')], catalog);
    const table = (id: string) => plan.placements.find((p) => p.widget === id)?.table;
    expect(table('title')).toBeNull();
    expect(table('kpi_active')).toBe('cube_customer');
    expect(table('kpi_churn')).toBe('cube_churn_month');
    expect(table('chart_cohorts')).toBe('cube_cohort_month');
    expect(table('table_high_risk')).toBe('list_1');
    const customer = plan.cubes.find((c) => c.source === 'customer');
    expect(customer?.dimensions.map((d) => d.field.id).sort()).toEqual(['city', 'owner', 'region', 'tier', 'top_reason', 'value_tier']);
    expect(customer?.components.map((c) => c.column).sort()).toEqual(['m__active_customers', 'm__at_risk_customers', 'm__clv_at_risk', 'm__customers']);
    const churn = plan.cubes.find((c) => c.source === 'churn_month');
    expect(churn?.dimensions.filter((d) => d.time).map((d) => d.field.id)).toEqual(['month']);
    expect(churn?.sizeParts.map((p) => p.field)).toEqual(['active_at_start', 'acquired']);
    expect(plan.lists[0]?.fields.slice(0, 7).map((f) => f.id)).toEqual(['owner', 'customer_id', 'name', 'health_score', 'churn_probability', 'top_reason', 'clv']);
  });

  it('splits an average into a sum and a count, and rewrites the measures over the cube', () => {
    const spec = DashboardSpecSchema.parse({ schemaVersion: 1, widgets: [{ id: 'a', kind: 'kpi', source: 'customer', measure: 'avg_health_score' }], layout: [] });
    const plan = planPackage([spec], catalog);
    const cube = plan.cubes[0];
    expect(cube?.components.map((c) => [c.column, c.measure.aggregate, c.measure.field, c.measure.filter !== undefined])).toEqual([
      ['m__avg_health_score__s', 'sum', 'health_score', true],
      ['m__avg_health_score__n', 'count', 'health_score', true],
    ]);
    const entries = fileCatalogEntries(plan, catalog);
    const file = tableCatalog(entries, 'cube_customer');
    expect(file.measure('customer', 'avg_health_score')).toMatchObject({ ratio: { numerator: 'm__avg_health_score__s', denominator: 'm__avg_health_score__n' } });
    expect(file.measure('customer', 'avg_health_score')?.filter).toBeUndefined();
    expect(visibleDefinitions(entries).measures.map((m) => m.id)).toEqual(['avg_health_score']);
    expect(visibleDefinitions(entries).fields.some((f) => f.id.startsWith('m__'))).toBe(false);
    // The filter bar's saved segments are not packaged: membership is never a cube column.
    expect(cube?.dimensions.some((d) => d.field.membership)).toBe(false);
  });

  it('does not package a count_distinct, a list over a month source or an unknown measure', () => {
    const spec = DashboardSpecSchema.parse({
      schemaVersion: 1,
      widgets: [
        { id: 'd', kind: 'kpi', source: 'customer', measure: 'distinct_owners' },
        { id: 'l', kind: 'table', source: 'churn_month', mode: 'list', fields: ['month'] },
        { id: 'u', kind: 'chart', chart: 'bar', source: 'customer', measures: ['nope'], dimension: { field: 'region' } },
        { id: 'ok', kind: 'kpi', source: 'customer', measure: 'customers' },
      ],
      layout: [],
    });
    const plan = planPackage([spec], catalog);
    expect(plan.placements.map((p) => [p.widget, p.table, p.notPackaged ?? false])).toEqual([
      ['d', null, true],
      ['l', null, true],
      ['u', null, true],
      ['ok', 'cube_customer', false],
    ]);
  });
});
