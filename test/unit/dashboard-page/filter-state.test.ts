// Linkage (联动), drill and the global bar as pure edits of DashboardFilters: a click replaces
// the widget's selection, Ctrl/Cmd-click toggles values, the same value again removes it; drill
// steps go down and back up any level; the breadcrumb chips remove exactly their own filter.
import { describe, expect, it } from 'vitest';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import {
  applyLinkage,
  clearLinkage,
  drillDown,
  drillUp,
  EMPTY_FILTERS,
  globalValues,
  hasAnyFilter,
  inCondition,
  removeLinkage,
  selectedValues,
  setGlobal,
} from '../../../renderer/features/dashboards/filter-state';
import { filterChips } from '../../../renderer/features/dashboards/filter-chips';
import type { WidgetSelection } from '../../../renderer/features/dashboards/widgets/widget-props';

const click = (value: string, additive = false, widgetId = 'chart_region', field = 'region'): WidgetSelection => ({ widgetId, field, value, additive, gesture: 'click' });

describe('applyLinkage', () => {
  it('replaces the widget selection on a plain click and clears it on the same value again', () => {
    const one = applyLinkage(EMPTY_FILTERS, click('华东'));
    expect(one.linkage).toEqual([{ widgetId: 'chart_region', field: 'region', values: ['华东'] }]);
    const other = applyLinkage(one, click('华北'));
    expect(selectedValues(other, 'chart_region')).toEqual(['华北']);
    expect(applyLinkage(other, click('华北')).linkage).toEqual([]);
  });

  it('adds and removes values with Ctrl/Cmd held', () => {
    let f = applyLinkage(EMPTY_FILTERS, click('华东'));
    f = applyLinkage(f, click('华北', true));
    f = applyLinkage(f, click('华南', true));
    expect(selectedValues(f, 'chart_region')).toEqual(['华东', '华北', '华南']);
    f = applyLinkage(f, click('华北', true));
    expect(selectedValues(f, 'chart_region')).toEqual(['华东', '华南']);
  });

  it('keeps other widgets’ linkage and carries a date grain', () => {
    let f = applyLinkage(EMPTY_FILTERS, click('华东'));
    f = applyLinkage(f, { widgetId: 'chart_trend', field: 'month', grain: 'month', value: '2024-05', additive: false, gesture: 'click' });
    expect(f.linkage).toHaveLength(2);
    expect(f.linkage[1]).toEqual({ widgetId: 'chart_trend', field: 'month', grain: 'month', values: ['2024-05'] });
    expect(clearLinkage(f).linkage).toEqual([]);
  });

  it('removes one value or a widget’s whole selection', () => {
    let f = applyLinkage(EMPTY_FILTERS, click('华东'));
    f = applyLinkage(f, click('华北', true));
    expect(selectedValues(removeLinkage(f, 'chart_region', '华东'), 'chart_region')).toEqual(['华北']);
    expect(removeLinkage(f, 'chart_region').linkage).toEqual([]);
  });
});

describe('drill', () => {
  it('goes down at most three steps and back up to any level', () => {
    let f = drillDown(EMPTY_FILTERS, 'chart_region', { field: 'region', value: '华东' });
    f = drillDown(f, 'chart_region', { field: 'city', value: '上海' });
    expect(f.drill.chart_region).toEqual([
      { field: 'region', value: '华东' },
      { field: 'city', value: '上海' },
    ]);
    expect(drillUp(f, 'chart_region', 1).drill.chart_region).toEqual([{ field: 'region', value: '华东' }]);
    expect(drillUp(f, 'chart_region', 0).drill).toEqual({});
    const full = drillDown(drillDown(f, 'chart_region', { field: 'owner', value: 'a' }), 'chart_region', { field: 'x', value: 'b' });
    expect(full.drill.chart_region).toHaveLength(3);
  });

  it('drops the drilled widget’s own linkage selection', () => {
    const f = drillDown(applyLinkage(EMPTY_FILTERS, click('华东')), 'chart_region', { field: 'region', value: '华东' });
    expect(f.linkage).toEqual([]);
  });
});

describe('global bar and chips', () => {
  it('sets, replaces and removes one control per field', () => {
    let f = setGlobal(EMPTY_FILTERS, 'tier', inCondition('tier', ['atRisk', 'watch']));
    f = setGlobal(f, 'region', inCondition('region', ['华东']));
    expect(globalValues(f, 'tier')).toEqual(['atRisk', 'watch']);
    f = setGlobal(f, 'tier', inCondition('tier', ['atRisk']));
    expect(f.global).toHaveLength(2);
    expect(globalValues(f, 'tier')).toEqual(['atRisk']);
    expect(setGlobal(f, 'tier', inCondition('tier', [])).global).toHaveLength(1);
  });

  it('lists one chip per filter and each chip removes only itself', () => {
    let f: DashboardFilters = { ...setGlobal(EMPTY_FILTERS, 'tier', inCondition('tier', ['atRisk'])), period: { from: '2024-01', to: '2024-06' } };
    f = applyLinkage(f, click('华东'));
    f = applyLinkage(f, click('华北', true));
    f = drillDown(f, 'chart_trend', { field: 'churn_date', grain: 'year', value: '2024' });
    const chips = filterChips(f);
    expect(chips.map((c) => c.kind)).toEqual(['period', 'global', 'linkage', 'linkage', 'drill']);
    for (const chip of chips) {
      const after = chip.remove(f);
      expect(filterChips(after)).toHaveLength(chips.length - 1);
      expect(filterChips(after).some((c) => c.key === chip.key)).toBe(false);
    }
    expect(hasAnyFilter(f)).toBe(true);
    expect(hasAnyFilter(EMPTY_FILTERS)).toBe(false);
  });
});
