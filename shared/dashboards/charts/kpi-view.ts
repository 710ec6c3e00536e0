// A KPI card as text and colours, decided once for the screen and the Excel export: the value
// (compact: 万 in Chinese, M in English; the exact figure for the hover), the change with its
// arrow (percentage points for rates), whether the change is good news, the traffic light, and
// the sparkline as a tiny line option.
import type { KpiValue, TrafficLight } from '../widget-data';
import type { ChartContext, ChartOption } from './context';
import { isRate } from './frame';
import { formatPercentPointChange } from '../../i18n/format';
import { surface, trafficColor } from './palette';

export type ChangeTone = 'good' | 'bad' | 'neutral';

export interface KpiView {
  valueText: string;
  exactText: string;
  /** '+0.5 pp', '-12', or null without a comparison value. */
  changeText: string | null;
  arrow: 'up' | 'down' | 'flat' | null;
  tone: ChangeTone;
  changeColor: string;
  /** The compared value as text (previous period, last year, target). */
  compareText: string | null;
  status: TrafficLight | null;
  statusColor: string | null;
}

function changeTextOf(kpi: KpiValue, ctx: ChartContext): string | null {
  if (kpi.change === null) return null;
  // Rates' change is already in percentage points (the evaluator multiplies by 100).
  if (isRate(kpi.format)) return formatPercentPointChange(kpi.change, ctx.locale);
  const text = ctx.format(Math.abs(kpi.change), kpi.format, { compact: true });
  return kpi.change > 0 ? `+${text}` : kpi.change < 0 ? `-${text}` : text;
}

export function kpiView(kpi: KpiValue, ctx: ChartContext): KpiView {
  const tone: ChangeTone = kpi.changeIsGood === null ? 'neutral' : kpi.changeIsGood ? 'good' : 'bad';
  const arrow = kpi.change === null ? null : kpi.change > 0 ? 'up' : kpi.change < 0 ? 'down' : 'flat';
  return {
    valueText: ctx.format(kpi.value, kpi.format, { compact: true }),
    exactText: ctx.format(kpi.value, kpi.format),
    changeText: changeTextOf(kpi, ctx),
    arrow,
    tone,
    changeColor: tone === 'good' ? trafficColor('green', ctx.dark) : tone === 'bad' ? trafficColor('red', ctx.dark) : surface(ctx.dark).neutral,
    compareText: kpi.compareValue === null ? null : ctx.format(kpi.compareValue, kpi.format, { compact: true }),
    status: kpi.status,
    statusColor: kpi.status ? trafficColor(kpi.status, ctx.dark) : null,
  };
}

/** The sparkline: a bare line, no axes, coloured like the status (or the primary colour). */
export function sparklineOption(kpi: KpiValue, ctx: ChartContext): ChartOption {
  const color = kpi.status ? trafficColor(kpi.status, ctx.dark) : surface(ctx.dark).primary;
  const scale = isRate(kpi.format) ? 100 : 1;
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 2, bottom: 2 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: kpi.sparkline.map((p) => p.month) },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: { show: false },
    series: [
      {
        type: 'line',
        silent: true,
        showSymbol: false,
        lineStyle: { width: ctx.large ? 3 : 1.5, color },
        areaStyle: { color, opacity: 0.12 },
        data: kpi.sparkline.map((p) => (p.value === null ? null : Math.round(p.value * scale * 100) / 100)),
      },
    ],
  };
}
