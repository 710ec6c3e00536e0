// Drill levels (region → city → owner; year → month → week), what a click or double-click on a
// widget means, the drill-through filter handed to the Customers grid and its URL codec, the
// widget filter rows, and the large-screen canvas fit.
import { describe, expect, it } from 'vitest';
import { templateSpec } from '../../../shared/dashboards/templates';
import { FilterNodeSchema } from '../../../shared/query/ast';
import type { Widget } from '../../../shared/dashboards/widget';
import { selectionToFilters } from '../../../renderer/features/dashboards/gesture';
import { drillThroughFilter } from '../../../renderer/features/dashboards/drill-through';
import { applyLinkage, EMPTY_FILTERS, inCondition, setGlobal } from '../../../renderer/features/dashboards/filter-state';
import { customersFilteredHref, decodeFilterParam, encodeFilterParam, filterFromHash } from '../../../renderer/app/filter-param';
import { filterOf, rowsOf } from '../../../renderer/features/dashboards/widget-filter-rows';
import {
  canvasScale,
  largeCanvas,
  nextInRotation,
  CANVAS_HEIGHT,
  LARGE_HEADER_HEIGHT,
  LARGE_PADDING,
  MIN_LARGE_ROW_HEIGHT,
} from '../../../renderer/features/dashboards/large-screen-fit';

const cockpit = templateSpec('cockpit');
const widget = (id: string): Widget => {
  const w = cockpit.widgets.find((x) => x.id === id);
  if (!w) throw new Error(`no ${id}`);
  return w;
};

describe('gestures', () => {
  it('turns a double-click on a hierarchy widget into a drill step and a click into linkage', () => {
    const region = widget('chart_region');
    const drilled = selectionToFilters(region, { widgetId: 'chart_region', field: 'region', value: '华东', additive: false, gesture: 'drill' }, EMPTY_FILTERS);
    expect(drilled.drill).toEqual({ chart_region: [{ field: 'region', value: '华东' }] });
    const atCity = selectionToFilters(region, { widgetId: 'chart_region', field: 'city', value: '上海', additive: false, gesture: 'drill' }, drilled);
    expect(atCity.drill.chart_region).toHaveLength(2);
    // At the owner level there is nothing further down: a double-click changes nothing.
    expect(selectionToFilters(region, { widgetId: 'chart_region', field: 'owner', value: 'x', additive: false, gesture: 'drill' }, atCity)).toBe(atCity);
    const linked = selectionToFilters(widget('chart_tiers'), { widgetId: 'chart_tiers', field: 'tier', value: 'atRisk', additive: false, gesture: 'drill' }, EMPTY_FILTERS);
    expect(linked.linkage).toEqual([{ widgetId: 'chart_tiers', field: 'tier', values: ['atRisk'] }]);
  });
});

describe('drill-through', () => {
  const customerFields = new Set(['region', 'city', 'owner', 'tier', 'value_tier']);

  it('carries the global bar, other widgets’ linkage, the drill steps and the widget filter', () => {
    let f = setGlobal(EMPTY_FILTERS, 'tier', inCondition('tier', ['atRisk']));
    f = applyLinkage(f, { widgetId: 'chart_tiers', field: 'tier', value: 'watch', additive: false, gesture: 'click' });
    f = applyLinkage(f, { widgetId: 'chart_trend', field: 'month', grain: 'month', value: '2024-05', additive: false, gesture: 'click' });
    f = { ...f, drill: { chart_region: [{ field: 'region', value: '华东' }] } };
    const filter = drillThroughFilter(widget('chart_region'), f, customerFields);
    expect(filter).toEqual({
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'condition', field: 'tier', op: 'in', values: ['atRisk'] },
        { kind: 'condition', field: 'tier', op: 'in', values: ['watch'] },
        { kind: 'condition', field: 'region', op: '=', value: '华东' },
      ],
    });
    expect(drillThroughFilter(widget('table_high_risk'), EMPTY_FILTERS, customerFields)).toEqual({ kind: 'condition', field: 'tier', op: '=', value: 'atRisk' });
    expect(drillThroughFilter(widget('kpi_active'), EMPTY_FILTERS, customerFields)).toBeNull();
  });

  it('round-trips a filter through the URL and ignores a hostile or broken one', () => {
    const filter = {
      kind: 'group' as const,
      op: 'and' as const,
      children: [{ kind: 'condition' as const, field: 'region', op: 'in' as const, values: ['华东', "x'); DROP TABLE customers;--"] }],
    };
    const param = encodeFilterParam(filter);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeFilterParam(param)).toEqual(filter);
    expect(filterFromHash(customersFilteredHref(filter))).toEqual(filter);
    expect(customersFilteredHref(null)).toBe('#/customers');
    expect(decodeFilterParam('!!!')).toBeNull();
    expect(decodeFilterParam(encodeFilterParam({ kind: 'nonsense' } as never))).toBeNull();
    expect(FilterNodeSchema.safeParse(decodeFilterParam(param)).success).toBe(true);
  });
});

describe('widget filter rows', () => {
  it('turns rows into an AND of conditions and back, skipping incomplete rows', () => {
    const numeric = (f: string) => f === 'health_score';
    const filter = filterOf(
      [
        { field: 'region', op: 'in', text: '华东，华北' },
        { field: 'health_score', op: '<', text: '40' },
        { field: 'owner', op: '=', text: '' },
        { field: 'tier', op: 'not_empty', text: '' },
      ],
      numeric,
    );
    expect(filter).toEqual({
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华北'] },
        { kind: 'condition', field: 'health_score', op: '<', value: 40 },
        { kind: 'condition', field: 'tier', op: 'not_empty' },
      ],
    });
    expect(rowsOf(filter)).toEqual([
      { field: 'region', op: 'in', text: '华东, 华北' },
      { field: 'health_score', op: '<', text: '40' },
      { field: 'tier', op: 'not_empty', text: '' },
    ]);
    expect(rowsOf({ kind: 'group', op: 'or', children: [] })).toBeNull();
    expect(filterOf([], numeric)).toBeUndefined();
  });
});

describe('large-screen canvas', () => {
  it('scales 1920×1080 to the viewport in both directions and fits the rows under the header', () => {
    expect(canvasScale(1366, 768)).toEqual({ x: 1366 / 1920, y: 768 / 1080 });
    expect(canvasScale(3840, 1600)).toEqual({ x: 2, y: 1600 / 1080 });
    const chrome = LARGE_HEADER_HEIGHT + 2 * LARGE_PADDING;
    // A short layout stretches its rows to fill 1080 px.
    const short = largeCanvas(12, 10);
    expect(short.height).toBe(CANVAS_HEIGHT);
    expect(12 * short.rowHeight + 11 * 10 + chrome).toBeLessThanOrEqual(CANVAS_HEIGHT);
    expect(13 * short.rowHeight + 12 * 10 + chrome).toBeGreaterThan(CANVAS_HEIGHT);
    // A long one keeps readable rows on a taller canvas, scaled back into the screen.
    const long = largeCanvas(40, 10);
    expect(long.rowHeight).toBe(MIN_LARGE_ROW_HEIGHT);
    expect(long.height).toBe(chrome + 40 * MIN_LARGE_ROW_HEIGHT + 39 * 10);
    expect(canvasScale(1920, 1080, long.height).y * long.height).toBeCloseTo(1080, 9);
  });

  it('rotates to the next dashboard, wrapping, and not at all with one', () => {
    expect(nextInRotation([3, 5, 9], 5)).toBe(9);
    expect(nextInRotation([3, 5, 9], 9)).toBe(3);
    expect(nextInRotation([3], 3)).toBeNull();
    expect(nextInRotation([], undefined)).toBeNull();
  });
});
