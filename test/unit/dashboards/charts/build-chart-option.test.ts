// Every chart kind of the templates builds a plain-JSON option from realistic data; the warning
// line, tier colours, heat-map pieces, KM band and click values are checked on the option itself.
import { describe, expect, it } from 'vitest';
import { buildChartOption, clickedValue, TIER_COLORS, TIER_COLORS_DARK, type ChartOption } from '../../../../shared/dashboards/charts';
import { SERIES_COLORS } from '../../../../shared/dashboards/charts/palette';
import { trafficLight } from '../../../../shared/dashboards/thresholds';
import { templateSpec } from '../../../../shared/dashboards/templates';
import { CHART_KINDS, type ChartWidget } from '../../../../shared/dashboards/widget';
import { fixtureWidgetData } from '../../../fixtures/dashboards/widget-data';
import { testContext } from './context';

type Obj = Record<string, unknown>;
const charts: ChartWidget[] = [...templateSpec('cockpit').widgets, ...templateSpec('monthly').widgets].filter((w): w is ChartWidget => w.kind === 'chart');
const byId = (id: string): ChartWidget => {
  const w = charts.find((c) => c.id === id);
  if (!w) throw new Error(`no template widget ${id}`);
  return w;
};
const seriesOf = (option: ChartOption): Obj[] => option.series as Obj[];
const dataOf = (series: Obj | undefined): Obj[] => (series?.data ?? []) as Obj[];
const withKind = (id: string, chart: ChartWidget['chart']): ChartWidget => ({ ...byId(id), chart });

function containsFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some(containsFunction);
  if (value && typeof value === 'object') return Object.values(value).some(containsFunction);
  return false;
}

describe('buildChartOption', () => {
  it('is exercised on every chart kind: the two templates hold them all', () => {
    expect(new Set(charts.map((c) => c.chart))).toEqual(new Set(CHART_KINDS));
  });

  it.each([
    ...charts.map((w) => [w.id, w] as const),
    ['region as line', withKind('chart_region', 'line')] as const,
    ['reasons as ring', withKind('chart_reasons', 'ring')] as const,
  ])('%s builds a serialisable option with data', (_name, widget) => {
    for (const ctx of [testContext(), testContext({ dark: true, large: true, locale: 'zh-CN' })]) {
      const option = buildChartOption(widget, fixtureWidgetData(widget), ctx);
      expect(containsFunction(option)).toBe(false);
      expect(JSON.parse(JSON.stringify(option))).toEqual(option);
      const series = seriesOf(option);
      expect(series.length).toBeGreaterThan(0);
      expect(dataOf(series[0]).length).toBeGreaterThan(0);
    }
  });

  it('draws the 警戒线 as a markLine at the warning value in display units', () => {
    const widget = byId('chart_trend');
    const option = buildChartOption(widget, fixtureWidgetData(widget), testContext());
    const markLine = seriesOf(option)[0]?.markLine as { data: { yAxis: number }[]; label: { formatter: string } };
    // churn_rate is a rate: 0.05 is drawn at 5 on a '{value}%' axis.
    expect(markLine.data).toEqual([{ yAxis: 5 }]);
    expect(markLine.label.formatter).toBe('Warning line 5.0%');
    const combo = byId('chart_trend_combo');
    const comboOption = buildChartOption(combo, fixtureWidgetData(combo), testContext());
    const [bars, line] = seriesOf(comboOption);
    expect([bars?.type, line?.type, line?.yAxisIndex]).toEqual(['bar', 'line', 1]);
    // churned (bars) and churn_rate (line): the 0.05 warning line is the rate's, on the right axis.
    expect(bars?.markLine).toBeUndefined();
    expect((line?.markLine as { data: { yAxis: number }[] }).data).toEqual([{ yAxis: 5 }]);
    expect((comboOption.yAxis as unknown[]).length).toBe(2);
  });

  it('scales rates ×100 and keeps the raw category of each point', () => {
    const widget = byId('chart_trend');
    const data = fixtureWidgetData(widget);
    const points = dataOf(seriesOf(buildChartOption(widget, data, testContext()))[0]);
    data.rows.forEach((row, i) => {
      expect(points[i]?.raw).toBe(row[0]);
      expect(points[i]?.value).toBeCloseTo(Number(row[1]) * 100, 1);
    });
  });

  it('gives tier values their tier colours on rings, pies and stacks, light and dark', () => {
    for (const dark of [false, true]) {
      const colors = dark ? TIER_COLORS_DARK : TIER_COLORS;
      const ring = byId('chart_tiers');
      for (const slice of dataOf(seriesOf(buildChartOption(ring, fixtureWidgetData(ring), testContext({ dark })))[0])) {
        expect((slice.itemStyle as Obj).color).toBe(colors[slice.raw as keyof typeof colors]);
      }
      const stacked = byId('chart_by_segment');
      const series = seriesOf(buildChartOption(stacked, fixtureWidgetData(stacked), testContext({ dark })));
      expect(series.map((s) => (s.itemStyle as Obj).color)).toEqual([colors.healthy, colors.watch, colors.atRisk]);
      expect(series.every((s) => s.stack === 'total')).toBe(true);
    }
  });

  it('starts the series colours at the colour chosen for the widget; tier stacks keep theirs', () => {
    const combo = byId('chart_trend_combo');
    const colours = (w: ChartWidget) => seriesOf(buildChartOption(w, fixtureWidgetData(w), testContext())).map((s) => (s.itemStyle as Obj).color);
    expect(colours(combo)).toEqual([SERIES_COLORS[0], SERIES_COLORS[1]]);
    expect(colours({ ...combo, color: 'orange' })).toEqual([SERIES_COLORS[3], SERIES_COLORS[4]]);
    expect(colours({ ...combo, color: 'lime' })).toEqual([SERIES_COLORS[7], SERIES_COLORS[0]]);
    const stacked = byId('chart_by_segment');
    expect(colours({ ...stacked, color: 'purple' })).toEqual(colours(stacked));
  });

  it('paints heat-map pieces exactly where trafficLight changes colour', () => {
    const thresholds = { direction: 'lowerIsBetter', amber: 0.6, red: 0.7 } as const;
    const widget: ChartWidget = { ...byId('chart_cohorts'), thresholds };
    const option = buildChartOption(widget, fixtureWidgetData(widget), testContext());
    const visualMap = option.visualMap as { type: string; pieces: { lt?: number; lte?: number; gt?: number; gte?: number; color: string }[] };
    expect(visualMap.type).toBe('piecewise');
    const colorOf = (display: number) =>
      visualMap.pieces.find(
        (p) =>
          (p.lt === undefined || display < p.lt) &&
          (p.lte === undefined || display <= p.lte) &&
          (p.gt === undefined || display > p.gt) &&
          (p.gte === undefined || display >= p.gte),
      )?.color;
    const light = { green: TIER_COLORS.healthy, amber: TIER_COLORS.watch, red: TIER_COLORS.atRisk };
    for (const v of [0.3, 0.59, 0.6, 0.65, 0.7, 0.95]) {
      const expected = trafficLight(v, thresholds);
      expect(expected).not.toBeNull();
      if (expected) expect(colorOf(v * 100)).toBe(light[expected]);
    }
    const higher = { direction: 'higherIsBetter', amber: 0.6, red: 0.4 } as const;
    const pieces = (buildChartOption({ ...widget, thresholds: higher }, fixtureWidgetData(widget), testContext()).visualMap as typeof visualMap).pieces;
    expect(pieces).toEqual([
      { lte: 40, color: light.red },
      { gt: 40, lte: 60, color: light.amber },
      { gt: 60, color: light.green },
    ]);
    const continuous = buildChartOption(byId('chart_cohorts'), fixtureWidgetData(byId('chart_cohorts')), testContext()).visualMap as Obj;
    expect(continuous.type).toBe('continuous');
  });

  it('keeps the KM band around the curve: lower ≤ survival ≤ upper, median marked', () => {
    const widget = byId('chart_survival');
    const data = fixtureWidgetData(widget);
    const [lower, band, survival] = seriesOf(buildChartOption(widget, data, testContext()));
    const lo = dataOf(lower) as unknown as [number, number][];
    const height = dataOf(band) as unknown as [number, number][];
    const curve = dataOf(survival) as unknown as [number, number][];
    expect(curve.length).toBe(data.km?.points.length);
    curve.forEach(([time, s], i) => {
      const [t0, l] = lo[i] ?? [NaN, NaN];
      const h = height[i]?.[1] ?? NaN;
      expect(t0).toBe(time);
      expect(l).toBeLessThanOrEqual(s + 1e-9);
      expect(l + h).toBeGreaterThanOrEqual(s - 1e-9);
    });
    expect((survival?.markLine as { data: { xAxis: number }[] }).data[0]?.xAxis).toBe(data.km?.median);
  });

  it('bands a gauge by its thresholds', () => {
    const widget = byId('gauge_at_risk_share');
    const gauge = seriesOf(buildChartOption(widget, fixtureWidgetData(widget), testContext()))[0] as { max: number; axisLine: { lineStyle: { color: [number, string][] } } };
    expect(gauge.max).toBe(100);
    expect(gauge.axisLine.lineStyle.color).toEqual([
      [0.1, TIER_COLORS.healthy],
      [0.2, TIER_COLORS.watch],
      [1, TIER_COLORS.atRisk],
    ]);
  });

  it("recovers a click's raw value on bar, pie and heat map", () => {
    for (const id of ['chart_reasons', 'chart_reasons_pie', 'chart_value_risk']) {
      const widget = byId(id);
      const data = fixtureWidgetData(widget);
      const items = dataOf(seriesOf(buildChartOption(widget, data, testContext()))[0]);
      items.forEach((item, i) => {
        const clicked = clickedValue(JSON.parse(JSON.stringify(item)));
        expect(clicked?.raw).toBe(data.rows[i]?.[0]);
        if (id === 'chart_value_risk') expect(clicked?.rawSeries).toBe(data.rows[i]?.[1]);
      });
    }
    expect(clickedValue({ value: 3 })).toBeNull();
  });

  it('dims the values linkage did not select', () => {
    const widget = byId('chart_reasons');
    const data = fixtureWidgetData(widget);
    const chosen = data.rows[0]?.[0];
    if (typeof chosen !== 'string') throw new Error('fixture has no category');
    const items = dataOf(seriesOf(buildChartOption(widget, data, testContext({ selected: [chosen] })))[0]);
    expect(items.filter((p) => (p.itemStyle as Obj | undefined)?.opacity === 0.3).length).toBe(items.length - 1);
    expect((items[0]?.itemStyle as Obj | undefined)?.opacity).toBeUndefined();
  });
});
