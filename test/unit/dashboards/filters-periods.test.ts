// The pieces evaluate.ts combines: month windows, linkage values with a grain as day ranges,
// which dashboard filters apply to a widget, and the drill path.
import { describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import { DashboardFiltersSchema } from '../../../shared/dashboards/dashboard';
import { grainRange, linkageCondition, widgetFilter } from '../../../shared/dashboards/filters';
import { drillDimension, nextDrillLevel } from '../../../shared/dashboards/hierarchies';
import { lastYearWindow, monthRange, periodMonths, previousWindow, shiftMonth } from '../../../shared/dashboards/periods';
import { WidgetSchema, type ChartWidget } from '../../../shared/dashboards/widget';

const chart = (input: object): ChartWidget => {
  const parsed = WidgetSchema.parse({ id: 'w', kind: 'chart', chart: 'bar', source: 'customer', measures: ['customers'], ...input });
  if (parsed.kind !== 'chart') throw new Error('not a chart');
  return parsed;
};

describe('periods', () => {
  it('counts complete months back from the data date', () => {
    expect(periodMonths('2024-06-30', 'last3Months')).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(periodMonths('2024-06-29', 'lastMonth')).toEqual(['2024-05']);
    expect(periodMonths('2024-01-10', 'snapshot')).toEqual(['2023-12']);
  });
  it('shifts windows across years', () => {
    expect(shiftMonth('2024-01', -1)).toBe('2023-12');
    expect(shiftMonth('2023-12', 13)).toBe('2025-01');
    expect(previousWindow(['2024-01', '2024-02'])).toEqual(['2023-11', '2023-12']);
    expect(lastYearWindow(['2024-01'])).toEqual(['2023-01']);
    expect(monthRange('2024-02', '2023-11')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthRange('1900-01', '2024-12')).toHaveLength(240);
  });
});

describe('linkage values with a grain', () => {
  it('become the days of the year, month or week shown', () => {
    expect(grainRange('2024', 'year')).toEqual(['2024-01-01', '2024-12-31']);
    expect(grainRange('2024-02', 'month')).toEqual(['2024-02-01', '2024-02-29']);
    expect(grainRange('2024-12-30', 'week')).toEqual(['2024-12-30', '2025-01-05']);
    expect(grainRange('2024-13', 'month')).toBeUndefined();
    expect(linkageCondition({ field: 'churn_date', grain: 'month', values: ['2024-01', '2024-03'] }, true)).toEqual({
      kind: 'group',
      op: 'or',
      children: [
        { kind: 'condition', field: 'churn_date', op: 'between', low: '2024-01-01', high: '2024-01-31' },
        { kind: 'condition', field: 'churn_date', op: 'between', low: '2024-03-01', high: '2024-03-31' },
      ],
    });
    expect(linkageCondition({ field: 'region', values: ['a', 'b'] }, false)).toEqual({ kind: 'condition', field: 'region', op: 'in', values: ['a', 'b'] });
  });
});

describe('widgetFilter', () => {
  it('ANDs its own filter, applicable global nodes, other widgets’ linkage and its drill steps', () => {
    const widget = chart({ id: 'me', dimension: { field: 'region' }, hierarchy: 'geography', filter: { kind: 'condition', field: 'tier', op: 'not_empty' } });
    const filters = DashboardFiltersSchema.parse({
      global: [
        { kind: 'condition', field: 'owner', op: '=', value: 'o' },
        { kind: 'condition', field: 'month', op: '=', value: '2024-01' },
      ],
      linkage: [
        { widgetId: 'me', field: 'region', values: ['mine'] },
        { widgetId: 'other', field: 'segment', values: ['smb'] },
      ],
      drill: { me: [{ field: 'region', value: 'North' }] },
    });
    const result = widgetFilter(widget, filters, baseCatalog);
    expect(result.applied).toEqual(['owner', 'segment', 'region']);
    expect(result.notApplied).toEqual(['month']);
    expect(result.filter).toEqual({
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'condition', field: 'tier', op: 'not_empty' },
        { kind: 'condition', field: 'owner', op: '=', value: 'o' },
        { kind: 'condition', field: 'segment', op: '=', value: 'smb' },
        { kind: 'condition', field: 'region', op: '=', value: 'North' },
      ],
    });
  });
});

describe('drill path', () => {
  it('walks geography down to owner and stops there', () => {
    const widget = chart({ dimension: { field: 'region' }, hierarchy: 'geography' });
    expect(drillDimension(widget, [])).toEqual({ field: 'region' });
    expect(nextDrillLevel(widget, [])).toEqual({ field: 'city' });
    const two = [
      { field: 'region', value: 'N' },
      { field: 'city', value: 'N1' },
    ];
    expect(drillDimension(widget, two)).toEqual({ field: 'owner' });
    expect(nextDrillLevel(widget, two)).toBeNull();
    expect(drillDimension(widget, [...two, { field: 'owner', value: 'x' }])).toEqual({ field: 'owner' });
  });
  it('walks time grains on the date dimension; no hierarchy, no drill', () => {
    const widget = chart({ dimension: { field: 'churn_date', grain: 'month' }, hierarchy: 'time' });
    expect(nextDrillLevel(widget, [])).toEqual({ field: 'churn_date', grain: 'week' });
    expect(drillDimension(widget, [{ field: 'churn_date', grain: 'month', value: '2024-01' }])).toEqual({ field: 'churn_date', grain: 'week' });
    expect(nextDrillLevel(chart({ dimension: { field: 'region' } }), [])).toBeNull();
  });
  it('ends the path at the last level the catalog has', () => {
    const narrow = { ...baseCatalog, field: (source: 'customer' | 'churn_month' | 'cohort_month', id: string) => (id === 'city' ? undefined : baseCatalog.field(source, id)) };
    const widget = chart({ dimension: { field: 'region' }, hierarchy: 'geography' });
    expect(nextDrillLevel(widget, [], narrow)).toBeNull();
  });
});
