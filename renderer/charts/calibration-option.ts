// Calibration: observed churn rate against mean predicted probability per bin, over the
// perfect-calibration diagonal; bins without customers are left out rather than drawn at 0.
import { formatInteger, formatPercent } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locales';
import type { EChartsCoreOption } from './echarts';
import { seriesColors } from './theme';

export interface CalibrationBin {
  lower: number;
  upper: number;
  n: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

export interface CalibrationLabels {
  predicted: string;
  observed: string;
  perfect: string;
  customers: string;
}

export function calibrationPoints(bins: readonly CalibrationBin[]): [number, number, number][] {
  return bins.filter((b) => b.n > 0 && b.meanPredicted !== null && b.observedRate !== null).map((b) => [b.meanPredicted ?? 0, b.observedRate ?? 0, b.n]);
}

export function calibrationOption(bins: readonly CalibrationBin[], locale: Locale, labels: CalibrationLabels): EChartsCoreOption {
  const points = calibrationPoints(bins);
  // Up to the next multiple of 5 %: an odd maximum ("63%") draws a tick label over its neighbour.
  const top = Math.min(1, Math.ceil(Math.max(0.1, ...points.map((p) => Math.max(p[0], p[1]))) * 1.05 * 20) / 20);
  const pct = (v: number) => formatPercent(v, locale, 0);
  return {
    aria: { enabled: true },
    animationDuration: 200,
    legend: { top: 0, left: 'center', data: [labels.observed, labels.perfect] },
    grid: { left: 8, right: 16, top: 48, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; value: [number, number, number] }) =>
        p.seriesIndex !== 0
          ? ''
          : `${labels.predicted}: ${formatPercent(p.value[0], locale)}<br/>${labels.observed}: ${formatPercent(p.value[1], locale)}<br/>${labels.customers}: ${formatInteger(p.value[2], locale)}`,
    },
    xAxis: { type: 'value', min: 0, max: top, name: labels.predicted, nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: pct } },
    // The name starts at the axis and runs right, so a long one is never cut at the chart's left edge.
    yAxis: { type: 'value', min: 0, max: top, name: labels.observed, nameTextStyle: { align: 'left' }, axisLabel: { formatter: pct } },
    series: [
      {
        name: labels.observed,
        type: 'line',
        symbol: 'circle',
        symbolSize: 8,
        data: points,
        itemStyle: { color: seriesColors.churn },
        lineStyle: { color: seriesColors.churn },
      },
      {
        name: labels.perfect,
        type: 'line',
        symbol: 'none',
        silent: true,
        data: [
          [0, 0],
          [top, top],
        ],
        lineStyle: { color: '#bfbfbf', type: 'dashed', width: 1 },
        itemStyle: { color: '#bfbfbf' },
      },
    ],
  };
}
