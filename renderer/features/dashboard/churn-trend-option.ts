// ECharts option for the monthly churn trend: churned customers as bars on the right axis,
// the churn rate as a line on the left axis (the figure the cockpit is about).
import type { ChurnTrendPoint } from '../../../shared/contract/operations';
import type { Locale } from '../../../shared/i18n/locales';
import { formatCompact, formatInteger, formatMonth, formatPercent } from '../../../shared/i18n/format';
import type { EChartsCoreOption } from '../../charts/echarts';
import { seriesColors } from '../../charts/theme';

export interface TrendLabels {
  rate: string;
  churned: string;
  activeAtStart: string;
}

interface AxisTooltipParam {
  dataIndex: number;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function marker(color: string): string {
  return `<span style="display:inline-block;width:8px;height:8px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
}

export function churnTrendOption(points: readonly ChurnTrendPoint[], locale: Locale, labels: TrendLabels): EChartsCoreOption {
  const tooltipFor = (index: number): string => {
    const p = points[index];
    if (!p) return '';
    const row = (color: string | null, label: string, value: string) =>
      `<div style="display:flex;justify-content:space-between;gap:16px"><span>${color ? marker(color) : ''}${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`;
    return [
      `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(formatMonth(p.month, locale))}</div>`,
      row(seriesColors.churn, labels.rate, formatPercent(p.rate, locale)),
      row(seriesColors.churnFill, labels.churned, formatInteger(p.churned, locale)),
      row(null, labels.activeAtStart, formatInteger(p.activeAtStart, locale)),
    ].join('');
  };

  return {
    aria: { enabled: true },
    animationDuration: 300,
    legend: { top: 0, left: 'center', data: [labels.rate, labels.churned] },
    grid: { left: 8, right: 8, top: 44, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: AxisTooltipParam | AxisTooltipParam[]) => {
        const first = Array.isArray(params) ? params[0] : params;
        return first ? tooltipFor(first.dataIndex) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.month),
      axisLabel: {
        formatter: (month: string) => (locale === 'zh-CN' ? month.replace('-', '.') : formatMonth(month, locale)),
        hideOverlap: true,
      },
    },
    yAxis: [
      {
        type: 'value',
        name: labels.rate,
        nameTextStyle: { align: 'left' },
        min: 0,
        axisLabel: { formatter: (v: number) => formatPercent(v, locale, v !== 0 && Math.abs(v) < 0.01 ? 1 : 0) },
      },
      {
        type: 'value',
        name: labels.churned,
        // Right-aligned so a long axis name stays inside the chart instead of being clipped.
        nameTextStyle: { align: 'right' },
        min: 0,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatCompact(v, locale) },
      },
    ],
    series: [
      {
        name: labels.churned,
        type: 'bar',
        yAxisIndex: 1,
        data: points.map((p) => p.churned),
        itemStyle: { color: seriesColors.churnFill },
        emphasis: { itemStyle: { color: seriesColors.churn, opacity: 0.6 } },
      },
      {
        name: labels.rate,
        type: 'line',
        yAxisIndex: 0,
        data: points.map((p) => p.rate),
        connectNulls: false,
        itemStyle: { color: seriesColors.churn },
        lineStyle: { color: seriesColors.churn, width: 2 },
        z: 3,
      },
    ],
  };
}
