// The Check section's chart: the two groups' success rates as bars (left) and the uplift with its
// Newcombe and Wald 95 % intervals as ranges around the estimate (right), on one canvas. A range
// is a stacked pair of bars — an invisible one up to the lower bound, a visible one across the
// interval — stacked with strategy 'all' so an interval crossing zero is drawn across it.
import type { CampaignEffect } from '../../../shared/contract/domains/campaigns';
import { SERIES_COLORS } from '../../../shared/dashboards/charts/palette';
import { seriesColors } from '../../charts/theme';
import type { EChartsCoreOption } from '../../charts/echarts';

export interface EffectChartWords {
  treatment: string;
  control: string;
  rates: string;
  uplift: string;
  newcombe: string;
  wald: string;
}

const pct = (fraction: number): number => Math.round(fraction * 10000) / 100;

export function effectChartOption(effect: CampaignEffect, words: EffectChartWords): EChartsCoreOption {
  const intervals = [
    { name: words.newcombe, interval: effect.newcombe },
    { name: words.wald, interval: effect.wald },
  ];
  const lower = intervals.map((i) => (i.interval ? pct(i.interval.lower) : null));
  const width = intervals.map((i) => (i.interval ? pct(i.interval.upper - i.interval.lower) : null));
  const estimate = effect.uplift === null ? null : pct(effect.uplift);
  return {
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}` : '') },
    grid: [
      { left: 40, right: '58%', top: 24, bottom: 24 },
      { left: '50%', right: 16, top: 24, bottom: 24, containLabel: true },
    ],
    xAxis: [
      { gridIndex: 0, type: 'category', data: [words.treatment, words.control], name: words.rates, nameLocation: 'middle', nameGap: 0, nameTextStyle: { padding: [0, 0, 0, 0] } },
      { gridIndex: 1, type: 'value', name: words.uplift, nameLocation: 'middle', nameGap: 20, axisLabel: { formatter: '{value}' } },
    ],
    yAxis: [
      { gridIndex: 0, type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      { gridIndex: 1, type: 'category', data: intervals.map((i) => i.name), inverse: true },
    ],
    series: [
      {
        type: 'bar',
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: (p: { value: number }) => `${p.value.toFixed(1)}%` },
        data: [
          { value: effect.treatment.rate === null ? null : pct(effect.treatment.rate), itemStyle: { color: SERIES_COLORS[0] } },
          { value: effect.control.rate === null ? null : pct(effect.control.rate), itemStyle: { color: '#8c8c8c' } },
        ],
      },
      { type: 'bar', xAxisIndex: 1, yAxisIndex: 1, stack: 'ci', stackStrategy: 'all', silent: true, itemStyle: { color: 'transparent' }, data: lower, barWidth: 12 },
      {
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        stack: 'ci',
        stackStrategy: 'all',
        barWidth: 12,
        // The bar's value is the interval's width; the tooltip says its bounds.
        tooltip: {
          formatter: (p: { dataIndex: number; name: string }) => {
            const i = intervals[p.dataIndex]?.interval;
            return i ? `${p.name}: [${pct(i.lower).toFixed(1)}, ${pct(i.upper).toFixed(1)}]` : p.name;
          },
        },
        itemStyle: { color: estimate !== null && (effect.newcombe?.lower ?? 0) > 0 ? seriesColors.retained : SERIES_COLORS[0], opacity: 0.6 },
        data: width,
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            { xAxis: 0, lineStyle: { color: '#8c8c8c', type: 'dashed' }, label: { show: false } },
            ...(estimate === null
              ? []
              : [{ xAxis: estimate, lineStyle: { color: '#262626', width: 2 }, label: { position: 'start', formatter: `${estimate > 0 ? '+' : ''}${estimate.toFixed(1)}` } }]),
          ],
        },
      },
    ],
  };
}
