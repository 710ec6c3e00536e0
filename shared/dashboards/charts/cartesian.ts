// Line, bar, combo (first measure as bars, the others as lines on a right axis) and stacked bar
// (the series dimension stacked), with the 警戒线 as a markLine on the first measure. Every point
// carries its raw dimension value (`raw`, and `rawSeries` for a stack) so a click maps back to
// the filter value, whatever the label reads.
import type { ChartWidget } from '../widget';
import type { Cell, WidgetData } from '../widget-data';
import type { ChartContext, ChartOption, Json, JsonObject } from './context';
import { axisLabelTemplate, axisStyle, axisTooltip, baseOption, compact, dimStyle, distinct, frameOf, isRate, scaled, type ChartFrame, type IndexedColumn } from './frame';
import { colorOffset, seriesColor, surface, tierColor, trafficColor } from './palette';

type CartesianKind = 'line' | 'bar' | 'combo' | 'stackedBar';

function categoryValues(frame: ChartFrame): Cell[] {
  return frame.category ? distinct(frame.rows, frame.category.index) : [null];
}

function categoryAxis(frame: ChartFrame, categories: readonly Cell[], ctx: ChartContext, boundaryGap: boolean): JsonObject {
  const cat = frame.category;
  const labels = categories.map((c) => (cat ? ctx.valueLabel(cat.column, c) : ''));
  const style = axisStyle(ctx);
  // Named categories (reasons, regions) all get a label, slanted and truncated when many; a long
  // month axis keeps ECharts' own spacing.
  const named = cat !== null && !cat.column.grain && cat.column.key !== 'month' && labels.length <= 20;
  const axisLabel: JsonObject = named
    ? { ...axisLabelObj(ctx), interval: 0, rotate: labels.length > 5 ? 30 : 0, width: ctx.large ? 140 : 80, overflow: 'truncate' }
    : axisLabelObj(ctx);
  return { type: 'category', data: labels, boundaryGap, ...style, axisLabel, splitLine: { show: false } };
}

function valueAxis(measure: IndexedColumn | undefined, ctx: ChartContext, right: boolean): JsonObject {
  return {
    type: 'value',
    position: right ? 'right' : 'left',
    ...(measure ? { name: ctx.label(measure.column), axisLabel: { ...axisLabelObj(ctx), formatter: axisLabelTemplate(measure.column.format) } } : {}),
    splitLine: { show: !right, lineStyle: { color: surface(ctx.dark).split, type: 'dashed' } },
    // Names start at the axis and run inwards, so a long one is not cut at the widget's edge.
    nameTextStyle: { color: surface(ctx.dark).textSecondary, fontSize: ctx.large ? 16 : 11, align: right ? 'right' : 'left' },
  };
}

function axisLabelObj(ctx: ChartContext): JsonObject {
  const label = axisStyle(ctx).axisLabel;
  return label && typeof label === 'object' && !Array.isArray(label) ? label : {};
}

/** The row of a category (and series value) in a frame, or undefined. */
function rowOf(frame: ChartFrame, category: Cell, series?: Cell): readonly Cell[] | undefined {
  return frame.rows.find((r) => (frame.category ? r[frame.category.index] === category : true) && (series === undefined || !frame.series || r[frame.series.index] === series));
}

function point(frame: ChartFrame, measure: IndexedColumn, category: Cell, ctx: ChartContext, color: string | null, series?: Cell): JsonObject {
  const row = rowOf(frame, category, series);
  const dim = dimStyle(series ?? category, ctx) ?? dimStyle(category, ctx);
  const itemStyle: Record<string, Json> = { ...(color ? { color } : {}), ...(dim ?? {}) };
  return compact({
    value: scaled(row?.[measure.index] ?? null, measure.column.format),
    raw: category,
    rawSeries: series,
    itemStyle: Object.keys(itemStyle).length > 0 ? itemStyle : undefined,
  });
}

function warningMarkLine(widget: ChartWidget, measure: IndexedColumn, ctx: ChartContext): JsonObject | null {
  if (widget.warningLine === undefined) return null;
  const color = trafficColor('red', ctx.dark);
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color, type: 'dashed', width: ctx.large ? 3 : 2 },
    label: { formatter: `${ctx.words.warningLine} ${ctx.format(widget.warningLine, measure.column.format)}`, position: 'insideEndTop', color, fontSize: ctx.large ? 16 : 11 },
    data: [{ yAxis: scaled(widget.warningLine, measure.column.format) }],
  };
}

function tierColorOf(column: IndexedColumn | null, value: Cell, ctx: ChartContext): string | null {
  if (!column || typeof value !== 'string') return null;
  const isTier = column.column.key === 'tier' || column.column.valueLabelPrefix === 'catalog:values.tier';
  return isTier ? tierColor(value, ctx.dark) : null;
}

function stackedSeries(frame: ChartFrame, categories: readonly Cell[], widget: ChartWidget, ctx: ChartContext): JsonObject[] {
  const measure = frame.measures[0];
  const seriesCol = frame.series;
  if (!measure || !seriesCol) return [];
  return distinct(frame.rows, seriesCol.index).map((sv, i) => {
    const color = tierColorOf(seriesCol, sv, ctx) ?? seriesColor(i + colorOffset(widget.color), ctx.dark);
    return {
      type: 'bar',
      name: ctx.valueLabel(seriesCol.column, sv),
      stack: 'total',
      itemStyle: { color },
      emphasis: { focus: 'series' },
      data: categories.map((c) => point(frame, measure, c, ctx, null, sv)),
    };
  });
}

/**
 * The measure the 警戒线 belongs to: the first, except in a combo of a count (bars) and a rate
 * (line), where a warning line is a rate's (the monthly review's "churned and churn rate").
 */
export function warningMeasureIndex(kind: CartesianKind, frame: ChartFrame): number {
  const first = frame.measures[0];
  if (kind !== 'combo' || !first || isRate(first.column.format)) return 0;
  const rate = frame.measures.findIndex((m) => isRate(m.column.format));
  return rate > 0 ? rate : 0;
}

function measureSeries(kind: CartesianKind, frame: ChartFrame, categories: readonly Cell[], widget: ChartWidget, ctx: ChartContext): JsonObject[] {
  const warningAt = warningMeasureIndex(kind, frame);
  return frame.measures.map((m, i) => {
    const asBar = kind === 'bar' || (kind === 'combo' && i === 0);
    const color = seriesColor(i + colorOffset(widget.color), ctx.dark);
    const markLine = i === warningAt ? warningMarkLine(widget, m, ctx) : null;
    const base: JsonObject = {
      type: asBar ? 'bar' : 'line',
      name: ctx.label(m.column),
      yAxisIndex: kind === 'combo' && i > 0 ? 1 : 0,
      itemStyle: { color },
      data: categories.map((c) => point(frame, m, c, ctx, asBar ? tierColorOf(frame.category, c, ctx) : null)),
    };
    if (!asBar) Object.assign(base, { symbolSize: ctx.large ? 8 : 5, lineStyle: { width: ctx.large ? 3 : 2 } });
    if (markLine) base.markLine = markLine;
    return base;
  });
}

export function cartesianOption(kind: CartesianKind, widget: ChartWidget, data: WidgetData, ctx: ChartContext): ChartOption {
  const frame = frameOf(data);
  const categories = categoryValues(frame);
  const series = kind === 'stackedBar' ? stackedSeries(frame, categories, widget, ctx) : measureSeries(kind, frame, categories, widget, ctx);
  const first = frame.measures[0];
  const formats = kind === 'stackedBar' ? series.map(() => first?.column.format ?? 'number') : frame.measures.map((m) => m.column.format);
  const yAxis: Json[] = [valueAxis(first, ctx, false)];
  if (kind === 'combo' && frame.measures[1]) yAxis.push(valueAxis(frame.measures[1], ctx, true));
  const showLegend = series.length > 1;
  const s = surface(ctx.dark);
  return {
    ...baseOption(ctx),
    grid: { left: 8, right: 8, top: showLegend ? (ctx.large ? 48 : 36) : 28, bottom: 8, containLabel: true },
    legend: { show: showLegend, top: 0, textStyle: { color: s.textSecondary, fontSize: ctx.large ? 16 : 11 } },
    tooltip: axisTooltip(formats, ctx),
    xAxis: categoryAxis(frame, categories, ctx, kind !== 'line'),
    yAxis,
    series,
  };
}
