// A section's chart as the drawing step (electron/export/xlsx-charts) takes it: Excel's own chart
// bound to the cells of the section's sheet where the widget has one (line, bar, combo, pie…),
// so a manager can restyle it, or a picture of the screen's chart (gauge, heat map, Kaplan–Meier).
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportColumn, NativeChart } from '../../../shared/export/document';
import { excelNumberFormat } from '../../../shared/export/excel-formats';
import { quotedSheetName } from '../../../shared/export/sheet-names';
import type { Locale } from '../../../shared/i18n/locales';
import type { DrawingAnchor, ImagePart, NativeChartPart } from '../xlsx-charts/drawing-parts';

/** Where a section's table sits on its (first) sheet, 1-based rows as Excel numbers them. */
export interface TablePlace {
  readonly sheetName: string;
  readonly firstDataRow: number;
  readonly rows: number;
}

/** 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnRange(place: TablePlace, column: number): string {
  const letters = columnLetters(column);
  return `${quotedSheetName(place.sheetName)}!$${letters}$${place.firstDataRow}:$${letters}$${place.firstDataRow + place.rows - 1}`;
}

export function nativeChartPart(
  chart: NativeChart,
  options: {
    readonly title: string;
    readonly place: TablePlace;
    readonly columns: readonly ExportColumn[];
    readonly anchor: DrawingAnchor;
    readonly locale: Locale;
    readonly warningLabel: string;
    /** The table's rows, when at hand: cached in the chart for viewers that draw without reading cells. */
    readonly rows?: readonly (readonly Cell[])[] | null;
  },
): NativeChartPart {
  const rows = options.rows ?? null;
  const { place } = options;
  // A combo's line on the second axis is a rate beside the bars' counts: its column's own format.
  const secondary = chart.series.find((s) => s.secondaryAxis);
  const secondaryColumn = secondary ? options.columns[secondary.column] : undefined;
  return {
    kind: 'chart',
    anchor: options.anchor,
    chart: {
      type: chart.type,
      horizontal: chart.horizontal,
      title: options.title,
      categories: columnRange(place, chart.categoryColumn),
      ...(rows ? { cachedCategories: rows.map((r) => cachedLabel(r[chart.categoryColumn])) } : {}),
      series: chart.series.map((s) => ({
        name: s.name,
        values: columnRange(place, s.column),
        type: s.type,
        secondaryAxis: s.secondaryAxis,
        color: s.color,
        ...(rows ? { cached: rows.map((r) => cachedValue(r[s.column])) } : {}),
      })),
      ...(chart.pointColors ? { pointColors: chart.pointColors } : {}),
      numberFormat: excelNumberFormat(chart.valueFormat, options.locale),
      ...(secondaryColumn ? { secondaryNumberFormat: excelNumberFormat(secondaryColumn.format, options.locale) } : {}),
      warningLine: chart.warningLine === null ? null : { value: chart.warningLine, label: options.warningLabel, categories: place.rows },
    },
  };
}

function cachedLabel(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

function cachedValue(cell: Cell | undefined): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

export function imagePart(png: Uint8Array, name: string, anchor: DrawingAnchor): ImagePart {
  return { kind: 'image', anchor, png, name };
}
