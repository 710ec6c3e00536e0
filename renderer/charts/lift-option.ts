// Lift by decile: each decile's lift as bars (above 1 = better than a random list, in the
// churn red), the cumulative capture of churners as a line on the right axis.
import { formatNumber, formatPercent } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locales';
import type { EChartsCoreOption } from './echarts';
import { seriesColors } from './theme';
import { firstParam, tooltipRow, tooltipTitle } from './tooltip-html';
import { formatValue } from '../../shared/i18n/format-kind';

export interface LiftRow {
  decile: number;
  n: number;
  positives: number;
  rate: number | null;
  lift: number | null;
  cumulativeCapture: number | null;
}

export interface LiftLabels {
  lift: string;
  capture: string;
  rate: string;
  customers: string;
  decile(decile: number): string;
}

interface AxisParam {
  dataIndex: number;
}

export function liftOption(rows: readonly LiftRow[], locale: Locale, labels: LiftLabels): EChartsCoreOption {
  const tooltipFor = (i: number): string => {
    const r = rows[i];
    if (!r) return '';
    return [
      tooltipTitle(labels.decile(r.decile)),
      tooltipRow(labels.lift, formatValue(r.lift, 'lift', locale), seriesColors.churn),
      tooltipRow(labels.rate, formatValue(r.rate, 'probability', locale)),
      tooltipRow(labels.capture, formatValue(r.cumulativeCapture, 'probability', locale), '#1b5fd1'),
      tooltipRow(labels.customers, formatValue(r.n, 'count', locale)),
    ].join('');
  };
  return {
    aria: { enabled: true },
    animationDuration: 200,
    legend: { top: 0, left: 'center', data: [labels.lift, labels.capture] },
    grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: AxisParam | AxisParam[]) => {
        const p = firstParam(params);
        return p ? tooltipFor(p.dataIndex) : '';
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.decile)) },
    yAxis: [
      { type: 'value', name: labels.lift, min: 0, axisLabel: { formatter: (v: number) => formatNumber(v, locale, 1) } },
      {
        type: 'value',
        name: labels.capture,
        nameTextStyle: { align: 'right' },
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatPercent(v, locale, 0) },
      },
    ],
    series: [
      {
        name: labels.lift,
        type: 'bar',
        data: rows.map((r) => r.lift),
        itemStyle: { color: seriesColors.churn },
        markLine: { symbol: 'none', silent: true, data: [{ yAxis: 1 }], lineStyle: { color: '#8c8c8c', type: 'dashed' }, label: { show: false } },
      },
      {
        name: labels.capture,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => r.cumulativeCapture),
        itemStyle: { color: '#1b5fd1' },
        lineStyle: { color: '#1b5fd1' },
      },
    ],
  };
}
