// Heat maps: dimension (x) × series (y) cells of the first measure — value tier × risk tier, or
// the cohort retention matrix (period × cohort month). With thresholds, a piecewise visualMap
// paints cells green / amber / red exactly as trafficLight would (equality on the worse side);
// without, a continuous ramp. Each cell carries its raw x and y values for the click.
import type { ChartWidget, Thresholds } from '../widget';
import type { WidgetData } from '../widget-data';
import type { ChartContext, ChartOption, JsonObject } from './context';
import { affixes, axisStyle, baseOption, compact, distinct, frameOf, isRate, scaled, tooltipOf } from './frame';
import { surface, trafficColor } from './palette';

/** visualMap pieces in display units (rates ×100). */
export function heatPieces(thresholds: Thresholds, scale: number, dark: boolean): JsonObject[] {
  const amber = Math.round(thresholds.amber * scale * 1e6) / 1e6;
  const red = Math.round(thresholds.red * scale * 1e6) / 1e6;
  const [g, a, r] = [trafficColor('green', dark), trafficColor('amber', dark), trafficColor('red', dark)];
  return thresholds.direction === 'lowerIsBetter'
    ? [
        { lt: amber, color: g },
        { gte: amber, lt: red, color: a },
        { gte: red, color: r },
      ]
    : [
        { lte: red, color: r },
        { gt: red, lte: amber, color: a },
        { gt: amber, color: g },
      ];
}

export function heatmapOption(widget: ChartWidget, data: WidgetData, ctx: ChartContext): ChartOption {
  const frame = frameOf(data);
  const measure = frame.measures[0];
  const x = frame.category;
  const y = frame.series;
  const format = measure?.column.format ?? 'number';
  const xs = x ? distinct(frame.rows, x.index) : [null];
  const ys = y ? distinct(frame.rows, y.index) : [null];
  const cells: JsonObject[] = [];
  const values: number[] = [];
  if (measure) {
    for (const row of frame.rows) {
      const xv = x ? (row[x.index] ?? null) : null;
      const yv = y ? (row[y.index] ?? null) : null;
      const v = scaled(row[measure.index] ?? null, format);
      if (v !== null) values.push(v);
      const dimmed = (ctx.selected?.length ?? 0) > 0 && !(xv !== null && (ctx.selected ?? []).includes(xv));
      const name = `${x ? ctx.valueLabel(x.column, xv) : ''} · ${y ? ctx.valueLabel(y.column, yv) : ''}`;
      cells.push(compact({ value: [xs.indexOf(xv), ys.indexOf(yv), v], name, raw: xv, rawSeries: yv, itemStyle: dimmed ? { opacity: 0.3 } : undefined }));
    }
  }
  const s = surface(ctx.dark);
  const { prefix, suffix } = affixes(format);
  const fontSize = ctx.large ? 16 : 11;
  const visualMap: JsonObject = widget.thresholds
    ? { type: 'piecewise', show: false, dimension: 2, pieces: heatPieces(widget.thresholds, isRate(format) ? 100 : 1, ctx.dark) }
    : {
        type: 'continuous',
        show: false,
        dimension: 2,
        min: values.length > 0 ? Math.min(...values) : 0,
        max: values.length > 0 ? Math.max(...values) : 1,
        inRange: { color: [s.heatLow, s.primary] },
      };
  return {
    ...baseOption(ctx),
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    tooltip: tooltipOf(ctx, { trigger: 'item', formatter: `{b}: ${prefix}{@[2]}${suffix}`, position: 'top' }),
    xAxis: { type: 'category', data: xs.map((v) => (x ? ctx.valueLabel(x.column, v) : '')), splitArea: { show: false }, ...axisStyle(ctx), splitLine: { show: false } },
    // The first row on top (oldest cohort, healthiest tier), as a matrix is read.
    yAxis: { type: 'category', inverse: true, data: ys.map((v) => (y ? ctx.valueLabel(y.column, v) : '')), ...axisStyle(ctx), splitLine: { show: false } },
    visualMap,
    series: [
      {
        type: 'heatmap',
        name: measure ? ctx.label(measure.column) : '',
        label: { show: cells.length <= 150, fontSize, color: s.text, formatter: `${prefix}{@[2]}${suffix}` },
        itemStyle: { borderColor: ctx.dark ? '#141414' : '#ffffff', borderWidth: 1 },
        data: cells,
      },
    ],
  };
}
