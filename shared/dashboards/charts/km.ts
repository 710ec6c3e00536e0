// Kaplan–Meier survival: a step line, the confidence band drawn as an area stacked between the
// lower and the upper bound (a transparent base plus the band's height), and the median marked.
// Survival is shown as a percentage (×100).
import type { WidgetData } from '../widget-data';
import type { ChartContext, ChartOption, JsonObject } from './context';
import { axisStyle, baseOption, tooltipOf } from './frame';
import { surface, seriesColor } from './palette';

const pct = (v: number) => Math.round(v * 10000) / 100;

export function kmOption(data: WidgetData, ctx: ChartContext): ChartOption {
  const points = data.km?.points ?? [];
  const median = data.km?.median ?? null;
  const s = surface(ctx.dark);
  const color = seriesColor(0, ctx.dark);
  const survival: JsonObject = {
    type: 'line',
    name: ctx.words.survival,
    step: 'end',
    showSymbol: false,
    lineStyle: { width: ctx.large ? 3 : 2, color },
    itemStyle: { color },
    data: points.map((p) => [p.time, pct(p.survival)]),
  };
  if (median !== null) {
    survival.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: s.textSecondary, type: 'dotted' },
      label: { formatter: `${ctx.words.median} ${ctx.format(median, 'days')}`, position: 'insideMiddleTop', color: s.textSecondary, fontSize: ctx.large ? 16 : 11 },
      data: [{ xAxis: median }],
    };
  }
  return {
    ...baseOption(ctx),
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    legend: { show: true, top: 0, data: [ctx.words.survival, ctx.words.band], textStyle: { color: s.textSecondary, fontSize: ctx.large ? 16 : 11 } },
    tooltip: tooltipOf(ctx, { trigger: 'axis' }),
    xAxis: { type: 'value', min: 0, ...axisStyle(ctx), splitLine: { show: false } },
    yAxis: { type: 'value', min: 0, max: 100, ...axisStyle(ctx), axisLabel: { color: s.textSecondary, fontSize: ctx.large ? 16 : 11, formatter: '{value}%' } },
    series: [
      // The band's invisible floor: the lower bound.
      { type: 'line', name: 'lower', stack: 'band', step: 'end', showSymbol: false, silent: true, lineStyle: { opacity: 0 }, data: points.map((p) => [p.time, pct(p.lower)]) },
      {
        type: 'line',
        name: ctx.words.band,
        stack: 'band',
        step: 'end',
        showSymbol: false,
        silent: true,
        lineStyle: { opacity: 0 },
        itemStyle: { color: s.band },
        areaStyle: { color: s.band },
        data: points.map((p) => [p.time, Math.round((pct(p.upper) - pct(p.lower)) * 100) / 100]),
      },
      survival,
    ],
  };
}
