// A chart widget as an exported section: its data as a WIDE table (a category column, then a
// column per measure — or, for a stack or a heat map, a column per series value: the pivot keeps
// every value), the screen's ECharts option in the document's language, and Excel's own chart
// bound to that table for line, bar, stacked bar, combo, pie and ring (ring → doughnut), with
// the screen's colours. Gauges, heat maps and Kaplan–Meier curves stay pictures (native null).
import { buildChartOption, type ChartContext } from '../../../shared/dashboards/charts';
import { warningMeasureIndex } from '../../../shared/dashboards/charts/cartesian';
import { distinct, frameOf, type ChartFrame, type IndexedColumn } from '../../../shared/dashboards/charts/frame';
import { colorOffset, seriesColor, tierColor } from '../../../shared/dashboards/charts/palette';
import type { ChartWidget } from '../../../shared/dashboards/widget';
import type { Cell, DataColumn, WidgetData } from '../../../shared/dashboards/widget-data';
import type { ExportColumn, ExportRule, NativeChart } from '../../../shared/export/document';
import type { ExportLabels } from './chart-context';
import { exportCell } from './cells';

export interface WideTable {
  readonly columns: ExportColumn[];
  readonly rows: Cell[][];
  /** The value columns' indexes, in order (measures or series values). */
  readonly values: number[];
  /** A series value per value column when pivoted (for the colours), else null. */
  readonly seriesValues: Cell[] | null;
}

export function exportColumn(column: DataColumn, labels: ExportLabels, key = column.key, label = labels.column(column)): ExportColumn {
  return { key, label, format: column.format, ...(column.grain ? { grain: column.grain } : {}) };
}

function isTierColumn(column: IndexedColumn | null): boolean {
  return column !== null && (column.column.key === 'tier' || column.column.valueLabelPrefix === 'catalog:values.tier');
}

/** The pivot: a row per category, a column per series value of the first measure. */
function pivot(frame: ChartFrame, category: IndexedColumn, series: IndexedColumn, labels: ExportLabels): WideTable {
  const measure = frame.measures[0];
  const seriesValues = distinct(frame.rows, series.index);
  const categories = distinct(frame.rows, category.index);
  const columns: ExportColumn[] = [exportColumn(category.column, labels)];
  seriesValues.forEach((sv, i) => columns.push({ key: `${series.column.key}_${i}`, label: labels.cell(series.column, sv), format: measure?.column.format ?? 'number' }));
  const rows = categories.map((c) => {
    const row: Cell[] = [exportCell(category.column, c, labels)];
    for (const sv of seriesValues) {
      const hit = frame.rows.find((r) => r[category.index] === c && r[series.index] === sv);
      row.push(measure && hit ? (hit[measure.index] ?? null) : null);
    }
    return row;
  });
  return { columns, rows, values: seriesValues.map((_, i) => i + 1), seriesValues };
}

export function wideTable(data: WidgetData, labels: ExportLabels, pivotSeries: boolean): WideTable {
  const frame = frameOf(data);
  if (pivotSeries && frame.category && frame.series && frame.measures.length > 0) return pivot(frame, frame.category, frame.series, labels);
  const dims = data.columns.map((c, i) => ({ column: c, index: i })).filter((c) => c.column.kind !== 'measure');
  const ordered = [...dims, ...frame.measures];
  return {
    columns: ordered.map((c) => exportColumn(c.column, labels)),
    rows: frame.rows.map((row) => ordered.map((c) => exportCell(c.column, row[c.index] ?? null, labels))),
    values: frame.measures.map((_, i) => dims.length + i),
    seriesValues: null,
  };
}

const NATIVE: Partial<Record<ChartWidget['chart'], NativeChart['type']>> = {
  line: 'line',
  bar: 'bar',
  combo: 'combo',
  stackedBar: 'stackedBar',
  pie: 'pie',
  ring: 'doughnut',
};

function nativeChart(widget: ChartWidget, data: WidgetData, table: WideTable): NativeChart | null {
  const type = NATIVE[widget.chart];
  const frame = frameOf(data);
  const first = frame.measures[0];
  if (type === undefined || !first || !frame.category || table.rows.length === 0) return null;
  const offset = colorOffset(widget.color);
  const series = table.values.map((column, i) => {
    const sv = table.seriesValues?.[i];
    const lineAt = widget.chart === 'line' || (widget.chart === 'combo' && i > 0);
    const tier = sv !== undefined && isTierColumn(frame.series) && typeof sv === 'string' ? tierColor(sv, false) : null;
    return {
      column,
      name: table.columns[column]?.label ?? '',
      type: lineAt ? ('line' as const) : ('bar' as const),
      secondaryAxis: widget.chart === 'combo' && i > 0,
      color: tier ?? seriesColor(i + offset, false),
    };
  });
  const pie = type === 'pie' || type === 'doughnut';
  const categoryIsTier = isTierColumn(frame.category);
  // The screen's 警戒线 belongs to the rate of a count + rate combo (its right axis): Excel's line
  // goes on the first axis only, so it is drawn there when the screen draws it there.
  const kind = widget.chart;
  const warningOnFirst = kind === 'line' || kind === 'bar' || kind === 'combo' ? warningMeasureIndex(kind, frame) === 0 : true;
  return {
    type,
    horizontal: false,
    categoryColumn: 0,
    series: pie ? series.slice(0, 1) : series,
    ...(pie
      ? {
          pointColors: frame.rows.map((row, i) => {
            const raw = row[frame.category?.index ?? 0] ?? null;
            return (categoryIsTier && typeof raw === 'string' ? tierColor(raw, false) : null) ?? seriesColor(i, false);
          }),
        }
      : {}),
    warningLine: widget.warningLine !== undefined && warningOnFirst && !pie ? widget.warningLine : null,
    valueFormat: first.column.format,
  };
}

export interface ChartSectionParts {
  readonly table: WideTable;
  readonly native: NativeChart | null;
  readonly option: ReturnType<typeof buildChartOption>;
  readonly rules: ExportRule[];
}

export function chartSectionParts(widget: ChartWidget, data: WidgetData, labels: ExportLabels, ctx: ChartContext): ChartSectionParts {
  const pivoted = widget.chart === 'stackedBar' || widget.chart === 'heatmap';
  const table = wideTable(data, labels, pivoted);
  const option = buildChartOption(widget, data, ctx);
  // A gauge's or heat map's thresholds colour its value cells as they colour the chart.
  const { thresholds } = widget;
  const rules: ExportRule[] = thresholds ? table.values.map((column) => ({ column, style: 'color' as const, thresholds })) : [];
  return { table, native: widget.chart === 'km' ? null : nativeChart(widget, data, table), option, rules };
}
