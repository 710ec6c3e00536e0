// ROC curves of one or more model runs over the random-ranking diagonal; the legend names
// each run with its AUC so a comparison reads without the table.
import { formatNumber, formatPercent } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locales';
import type { EChartsCoreOption } from './echarts';

export interface RocCurve {
  name: string;
  points: readonly { fpr: number; tpr: number }[];
}

export interface RocLabels {
  fpr: string;
  tpr: string;
  random: string;
}

/** Distinct, tier-free colours: red/amber/green are reserved for tiers and churn. */
export const comparisonColors = ['#1b5fd1', '#7262fd', '#13a8a8', '#eb2f96', '#fa8c16', '#597ef7', '#8c8c8c'] as const;

export function rocOption(curves: readonly RocCurve[], locale: Locale, labels: RocLabels): EChartsCoreOption {
  const pct = (v: number) => formatPercent(v, locale, 0);
  return {
    aria: { enabled: true },
    animationDuration: 200,
    legend: { top: 0, left: 'center', type: 'scroll' },
    grid: { left: 8, right: 16, top: 48, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; value: [number, number] }) =>
        `${p.seriesName}<br/>${labels.fpr}: ${formatNumber(p.value[0], locale, 3)}<br/>${labels.tpr}: ${formatNumber(p.value[1], locale, 3)}`,
    },
    xAxis: { type: 'value', min: 0, max: 1, name: labels.fpr, nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: pct } },
    // Left-aligned under the legend: never cut at the edge, never over the legend.
    yAxis: { type: 'value', min: 0, max: 1, name: labels.tpr, nameTextStyle: { align: 'left' }, axisLabel: { formatter: pct } },
    series: [
      ...curves.map((c, i) => ({
        name: c.name,
        type: 'line',
        symbol: 'none',
        data: c.points.map((p) => [p.fpr, p.tpr]),
        lineStyle: { width: 2, color: comparisonColors[i % comparisonColors.length] },
        itemStyle: { color: comparisonColors[i % comparisonColors.length] },
      })),
      {
        name: labels.random,
        type: 'line',
        symbol: 'none',
        silent: true,
        data: [
          [0, 0],
          [1, 1],
        ],
        lineStyle: { color: '#bfbfbf', type: 'dashed', width: 1 },
        itemStyle: { color: '#bfbfbf' },
      },
    ],
  };
}
