// What an export draws, whatever the file: a dashboard (or the monthly report) evaluated under
// the filters in force and put into words in one language. The builder (electron/service/exports)
// makes it from the spec and the widgets' data; the Excel writer (electron/export/workbook), its
// native charts (electron/export/xlsx-charts) and the PDF writer (electron/export/pdf) only lay it
// out, so the workbook, the PDF and the screen cannot disagree on a number or a word.
import type { ChartOption } from '../dashboards/charts/context';
import type { ChartKind, Thresholds } from '../dashboards/widget';
import type { Cell, TrafficLight } from '../dashboards/widget-data';
import type { FieldFormat } from '../catalog/types';
import type { Locale } from '../i18n/locales';

/** A column of an exported table. Enum codes are already words; numbers stay numbers. */
export interface ExportColumn {
  readonly key: string;
  /** The header, in the document's language. */
  readonly label: string;
  /**
   * How numbers show (the catalog's format): percent and probability cells hold fractions
   * (0.052 → 5.2 %), currency is yuan, a 'date' column holds 'YYYY-MM-DD' text (a month grain
   * 'YYYY-MM', a year 'YYYY'), which the writers turn into dates where the whole value is a day.
   */
  readonly format: FieldFormat;
  /** 'YYYY', 'YYYY-MM' or a week's Monday: a date dimension's grain. */
  readonly grain?: 'year' | 'month' | 'week';
}

/** Rows of a table, read page by page so a list of any length streams from the store to the file. */
export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  /** Every row, in order, in pages (one page for a widget's own rows). Callable more than once. */
  pages(): AsyncIterable<readonly (readonly Cell[])[]>;
  /** How many rows pages() yields. */
  readonly rowCount: number;
  /** More rows matched than the table holds (the widget's limit): say so under it. */
  readonly truncated: boolean;
}

/**
 * A threshold rule on a column, in the cells' own units: the widget's thresholds (KPI, chart
 * value column) or a table's 条件属性 rule. Writers make them real conditional formats; the
 * colours are the tier colours of shared/dashboards/charts/palette.ts.
 */
export interface ExportRule {
  /** Index into the table's columns. */
  readonly column: number;
  /** color: the cell's fill and text by traffic light; bar: a data bar; icon: a 3-icon set; scale: a 3-colour scale. */
  readonly style: 'color' | 'bar' | 'icon' | 'scale';
  readonly thresholds: Thresholds;
}

/** Excel's own chart for a widget, bound to the section's table (wide: a category column, a column per series). */
export interface NativeChart {
  readonly type: 'line' | 'bar' | 'stackedBar' | 'combo' | 'pie' | 'doughnut';
  /** Bars drawn horizontally (a ranking). */
  readonly horizontal: boolean;
  /** Index of the category column in the table. */
  readonly categoryColumn: number;
  readonly series: readonly {
    /** Index of the value column in the table. */
    readonly column: number;
    readonly name: string;
    readonly type: 'bar' | 'line';
    /** combo: the line's rate on a second axis. */
    readonly secondaryAxis: boolean;
    /** '#rrggbb' from the screen's palette. */
    readonly color: string;
  }[];
  /** Pie and doughnut: each slice's colour, in row order (tier categories keep their colours). */
  readonly pointColors?: readonly string[];
  /** 警戒线: a horizontal line at this value of the first value axis, in the cells' units. */
  readonly warningLine: number | null;
  readonly valueFormat: FieldFormat;
}

export interface ExportChart {
  readonly kind: ChartKind;
  /** The ECharts option the screen draws (light theme, the document's language): SVG for the PDF, a PNG for Excel where no native chart exists. */
  readonly option: ChartOption;
  /** Line, bar, stacked bar, combo, pie and ring widgets; null for gauge, heat map and Kaplan–Meier (drawn as images). */
  readonly native: NativeChart | null;
}

/** A widget other than a KPI card or a text: its own sheet in Excel, a block in the PDF. */
export interface ExportSection {
  readonly widgetId: string | null;
  readonly title: string;
  /** A list widget's rows (its own sheet kind, streamed), another widget's data, or a note (e.g. no campaigns yet). */
  readonly kind: 'widget' | 'list' | 'note';
  readonly table: ExportTable;
  readonly chart: ExportChart | null;
  readonly rules: readonly ExportRule[];
  /** Lines shown under the title, translated: the period, filters that could not apply, a problem, a truncation. */
  readonly notes: readonly string[];
  /** Where the widget sits on the 12-column grid (the PDF lays the page out like the screen). */
  readonly layout: { readonly x: number; readonly y: number; readonly w: number; readonly h: number } | null;
}

export interface ExportKpi {
  readonly widgetId: string;
  readonly title: string;
  readonly value: number | null;
  readonly format: FieldFormat;
  /** The value as the screen shows it (万 / M compact where the screen is). */
  readonly valueText: string;
  readonly status: TrafficLight | null;
  readonly thresholds: Thresholds | null;
  /** The months covered, e.g. "2024-06" or "快照 2024-06-30". */
  readonly periodText: string;
  /** e.g. "较上月 +0.4 个百分点" / "vs previous month +0.4 pp", or null. */
  readonly comparisonText: string | null;
  readonly changeIsGood: boolean | null;
  /** The sparkline's option, when the widget shows one. */
  readonly sparkline: ChartOption | null;
}

/** Fixed words of the cover, the sheets and the PDF, in the document's language. */
export interface ExportWords {
  readonly cover: string;
  readonly workspace: string;
  readonly filters: string;
  readonly noFilters: string;
  readonly dataDate: string;
  readonly generatedAt: string;
  readonly kpis: string;
  readonly charts: string;
  readonly status: Readonly<Record<TrafficLight, string>>;
  /** A list's continuation sheet: "(2)" → "高风险客户（续2）". */
  continuedSheet(title: string, part: number): string;
  /** Under a cut text cell. */
  readonly textCut: string;
  /** "显示前 50 行，共 1,234 行" under a table whose widget shows fewer rows than matched. */
  rowsShown(shown: number, total: number | null): string;
  /** PDF footer: "第 3 / 7 页". */
  page(page: number, pages: number): string;
  /** PDF: a list cut to the rows a page can hold; the workbook has them all. */
  pdfRowsCut(shown: number, total: number): string;
}

export interface ExportLogoImage {
  readonly data: Uint8Array;
  readonly extension: 'png' | 'jpeg';
  readonly width: number;
  readonly height: number;
}

export interface ExportDocument {
  readonly kind: 'dashboard' | 'monthlyReport' | 'warningList';
  readonly locale: Locale;
  readonly title: string;
  /** e.g. the report's month "2024-06"; null for a dashboard. */
  readonly subtitle: string | null;
  readonly workspace: string;
  /** The snapshot date 'YYYY-MM-DD', or null. */
  readonly dataDate: string | null;
  /** Local time 'YYYY-MM-DD HH:mm'. */
  readonly generatedAt: string;
  /** The filters in force, as label and value words ("地区", "华北、华东"). */
  readonly filters: readonly { readonly label: string; readonly value: string }[];
  readonly logo: ExportLogoImage | null;
  readonly kpis: readonly ExportKpi[];
  readonly sections: readonly ExportSection[];
  /** Text widgets' words, shown on the cover. */
  readonly texts: readonly string[];
  readonly words: ExportWords;
}

/** A table of rows already in memory (a widget's own rows): one page. */
export function tableOfRows(columns: readonly ExportColumn[], rows: readonly (readonly Cell[])[], truncated = false): ExportTable {
  const pages = rows.length > 0 ? [rows] : [];
  return {
    columns,
    rowCount: rows.length,
    truncated,
    pages: () => toAsync(pages),
  };
}

async function* toAsync<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}
