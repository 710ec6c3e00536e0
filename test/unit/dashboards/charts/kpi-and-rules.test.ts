// KPI card text and colours, table 条件属性 cell styles, and the renderer theme using the same
// tier hexes as the shared palette.
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY, columnScale, formatterFor, kpiView, ruleCellStyle, sparklineOption, TIER_COLORS } from '../../../../shared/dashboards/charts';
import type { KpiValue } from '../../../../shared/dashboards/widget-data';
import { lightChartTheme, seriesColors } from '../../../../renderer/charts/theme';
import { tierColors } from '../../../../shared/domain/tiers';
import { fontFamily } from '../../../../renderer/theme/fonts';
import { testContext } from './context';

const churn: KpiValue = {
  value: 0.0431,
  format: 'percent',
  period: { from: '2026-11', to: '2026-11' },
  comparison: 'previousPeriod',
  compareValue: 0.0381,
  change: 0.5,
  changeIsGood: false,
  status: 'amber',
  sparkline: [
    { month: '2026-10', value: 0.0381 },
    { month: '2026-11', value: 0.0431 },
  ],
};

describe('kpiView', () => {
  it('shows a rate, its change in points with an up arrow, bad news in red, the status colour', () => {
    const view = kpiView(churn, testContext());
    expect(view).toMatchObject({
      valueText: '4.3%',
      changeText: '+0.5 pp',
      arrow: 'up',
      tone: 'bad',
      changeColor: TIER_COLORS.atRisk,
      compareText: '3.8%',
      statusColor: TIER_COLORS.watch,
    });
    expect(kpiView(churn, testContext({ locale: 'zh-CN', format: formatterFor('zh-CN') })).changeText).toBe('+0.5 个百分点');
  });

  it('counts in 万 in Chinese and M in English, the exact figure kept for the hover', () => {
    const count: KpiValue = { ...churn, value: 123_456, format: 'count', compareValue: 130_000, change: -6_544, changeIsGood: null, status: null };
    const zhView = kpiView(count, testContext({ locale: 'zh-CN', format: formatterFor('zh-CN') }));
    expect(zhView.valueText).toBe('12.3万');
    expect(zhView.exactText).toBe('123,456');
    expect(zhView.changeText).toBe('-6,544');
    expect(kpiView({ ...count, value: 2_345_678 }, testContext()).valueText).toBe('2.35M');
    expect(zhView.arrow).toBe('down');
    expect(zhView.tone).toBe('neutral');
    expect(zhView.statusColor).toBeNull();
  });

  it('draws the sparkline in display units without axes', () => {
    const option = sparklineOption(churn, testContext());
    const series = (option.series as { data: (number | null)[] }[])[0];
    expect(series?.data).toEqual([3.81, 4.31]);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });
});

describe('ruleCellStyle', () => {
  const rule = { column: 'churn_probability', style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } } as const;
  it('colours by trafficLight, equality on the worse side', () => {
    expect(ruleCellStyle(rule, 0.6, 1, false)).toEqual({ light: 'red', color: TIER_COLORS.atRisk, barWidth: null, icon: null });
    expect(ruleCellStyle(rule, 0.3, 1, false).light).toBe('amber');
    expect(ruleCellStyle(rule, 0.1, 1, false).light).toBe('green');
    expect(ruleCellStyle(rule, null, 1, false)).toEqual({ light: null, color: null, barWidth: null, icon: null });
  });
  it('sizes a bar against the column scale and picks an icon per light', () => {
    const values = [20, 45, 80];
    const scale = columnScale(values);
    const bar = { column: 'health_score', style: 'bar', thresholds: { direction: 'higherIsBetter', amber: 60, red: 40 } } as const;
    expect(values.map((v) => ruleCellStyle(bar, v, scale, false).barWidth)).toEqual([0.25, 0.5625, 1]);
    expect(values.map((v) => ruleCellStyle({ ...bar, style: 'icon' }, v, scale, false).icon)).toEqual(['alert', 'warning', 'ok']);
  });
});

describe('palette and renderer theme', () => {
  it('use the same CJK-first font list', () => {
    expect(CHART_FONT_FAMILY).toBe(fontFamily);
  });

  it('are the same tier colours', () => {
    expect(TIER_COLORS).toEqual(tierColors);
    expect(seriesColors.churn).toBe(TIER_COLORS.atRisk);
    expect(seriesColors.retained).toBe(TIER_COLORS.healthy);
    expect(lightChartTheme.color).toEqual(expect.arrayContaining([TIER_COLORS.healthy, TIER_COLORS.watch, TIER_COLORS.atRisk]));
  });
});
