// A widget's columnar answer read as a chart: the category dimension, the optional series
// dimension, the measures, and the values scaled for display. Rates travel as fractions; a
// chart shows them ×100 on a '{value}%' axis because an option may hold templates only, not
// formatter functions.
import type { FieldFormat } from '../../catalog/types';
import type { Cell, DataColumn, WidgetData } from '../widget-data';
import type { ChartContext, Json, JsonObject, SelectableValue } from './context';
import { CHART_FONT_FAMILY, surface } from './palette';

export interface IndexedColumn {
  column: DataColumn;
  index: number;
}

export interface ChartFrame {
  category: IndexedColumn | null;
  series: IndexedColumn | null;
  measures: IndexedColumn[];
  rows: readonly (readonly Cell[])[];
}

export function frameOf(data: WidgetData): ChartFrame {
  const dims: IndexedColumn[] = [];
  const measures: IndexedColumn[] = [];
  data.columns.forEach((column, index) => (column.kind === 'measure' ? measures : dims).push({ column, index }));
  return { category: dims[0] ?? null, series: dims[1] ?? null, measures, rows: data.rows };
}

export function isRate(format: FieldFormat): boolean {
  return format === 'percent' || format === 'probability';
}

/**
 * A measure's value as drawn: rates ×100 with one decimal (as formatPercent shows them, so a
 * tooltip reads like the KPI card), other values with two decimals; null stays null.
 */
export function scaled(value: Cell, format: FieldFormat): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (isRate(format)) return Math.round(value * 1000) / 10;
  return Math.round(value * 100) / 100;
}

/** The unit around a number in axis labels and tooltips. */
export function affixes(format: FieldFormat): { prefix: string; suffix: string } {
  if (isRate(format)) return { prefix: '', suffix: '%' };
  if (format === 'currency') return { prefix: '¥', suffix: '' };
  return { prefix: '', suffix: '' };
}

export function axisLabelTemplate(format: FieldFormat): string {
  const { prefix, suffix } = affixes(format);
  return `${prefix}{value}${suffix}`;
}

/** Distinct values of a column in order of first appearance (the evaluator already sorted rows). */
export function distinct(rows: ChartFrame['rows'], index: number): Cell[] {
  const seen = new Set<Cell>();
  const out: Cell[] = [];
  for (const row of rows) {
    const v = row[index] ?? null;
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

export function isSelectedOrFree(raw: Cell, ctx: ChartContext): boolean {
  const selected: readonly SelectableValue[] = ctx.selected ?? [];
  if (selected.length === 0) return true;
  return raw !== null && selected.includes(raw);
}

/** Dimmed when some values are selected (联动) and this one is not. */
export function dimStyle(raw: Cell, ctx: ChartContext): JsonObject | null {
  return isSelectedOrFree(raw, ctx) ? null : { opacity: 0.3 };
}

export function textStyle(ctx: ChartContext): JsonObject {
  return { fontFamily: CHART_FONT_FAMILY, fontSize: ctx.large ? 18 : 12 };
}

/** Text colours and sizes every option carries, so an SVG export without the app theme matches. */
export function baseOption(ctx: ChartContext): JsonObject {
  const s = surface(ctx.dark);
  return {
    backgroundColor: 'transparent',
    textStyle: { ...textStyle(ctx), color: s.text },
    animation: false,
  };
}

export function axisStyle(ctx: ChartContext): JsonObject {
  const s = surface(ctx.dark);
  return {
    axisLabel: { color: s.textSecondary, fontSize: ctx.large ? 16 : 11, hideOverlap: true },
    splitLine: { lineStyle: { color: s.split, type: 'dashed' } },
  };
}

/** The tooltip's box in the option itself, so a dark canvas never gets a light theme's tooltip text. */
export function tooltipOf(ctx: ChartContext, rest: JsonObject): JsonObject {
  const s = surface(ctx.dark);
  const box: JsonObject = ctx.dark ? { backgroundColor: '#1f1f1f', borderColor: '#424242', textStyle: { color: s.text, fontSize: ctx.large ? 16 : 12 } } : {};
  return { ...box, ...rest };
}

/** An axis-trigger tooltip template with each series' unit ({a0}…: ECharts escapes the values it inserts). */
export function axisTooltip(formats: readonly FieldFormat[], ctx: ChartContext): JsonObject {
  const lines = formats.map((f, i) => {
    const { prefix, suffix } = affixes(f);
    return `{a${i}}: ${prefix}{c${i}}${suffix}`;
  });
  return tooltipOf(ctx, { trigger: 'axis', formatter: ['{b0}', ...lines].join('<br/>') });
}

export function compact(item: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(item)) if (v !== undefined) out[k] = v;
  return out;
}
