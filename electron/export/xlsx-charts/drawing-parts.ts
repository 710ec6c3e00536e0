// What the workbook writer asks of the drawing step (add-drawings.ts): per sheet, native Excel
// charts bound to the sheet's cells and pictures, each anchored between two cells. ExcelJS writes
// neither a chart nor (in its streaming writer) a picture, so they are added to its finished file.
import type { NativeChart } from '../../../shared/export/document';

/** A cell corner, zero-based (column A = 0, row 1 = 0). */
export interface CellCorner {
  readonly col: number;
  readonly row: number;
}

export interface DrawingAnchor {
  readonly from: CellCorner;
  readonly to: CellCorner;
}

export interface ChartSeriesPart {
  readonly name: string;
  /** Absolute reference of the values, e.g. `'流失趋势'!$B$2:$B$13`. */
  readonly values: string;
  readonly type: 'bar' | 'line';
  readonly secondaryAxis: boolean;
  /** '#rrggbb'. */
  readonly color: string;
  /**
   * Optional: the values as the cells hold them, written as the chart's cache (c:numCache) so a
   * viewer that draws without computing (a file preview) shows the chart; Excel and LibreOffice
   * read the cells. null: an empty cell.
   */
  readonly cached?: readonly (number | null)[];
}

export interface WarningLinePart {
  readonly value: number;
  readonly label: string;
  readonly categories: number;
  /**
   * Optional: absolute reference of cells holding the value once per category (a column the
   * sheet shows, e.g. "警戒线"). Excel draws the literal values alone; LibreOffice (and so the
   * CI's PDF check) draws only series bound to cells and drops a literal one.
   */
  readonly values?: string;
}

export interface NativeChartPart {
  readonly kind: 'chart';
  readonly anchor: DrawingAnchor;
  readonly chart: {
    readonly type: NativeChart['type'];
    readonly horizontal: boolean;
    readonly title: string;
    /** Absolute reference of the categories, e.g. `'流失趋势'!$A$2:$A$13`. */
    readonly categories: string;
    /** Optional: the category labels as the cells show them, the chart's c:strCache (see ChartSeriesPart.cached). */
    readonly cachedCategories?: readonly string[];
    readonly series: readonly ChartSeriesPart[];
    /** Pie and doughnut: each slice's colour in category order. */
    readonly pointColors?: readonly string[];
    /** Excel number format of the values (the value axis and data labels), e.g. '0.0%'. */
    readonly numberFormat: string;
    /** A combo's secondary value axis (its line's rate beside the bars' counts); absent: numberFormat. */
    readonly secondaryNumberFormat?: string;
    /** 警戒线: a dashed red line at this value across every category (literal values, no cells). */
    readonly warningLine: WarningLinePart | null;
  };
}

export interface ImagePart {
  readonly kind: 'image';
  readonly anchor: DrawingAnchor;
  readonly png: Uint8Array;
  /** The picture's name in Excel's selection pane (the widget's title). */
  readonly name: string;
}

export type DrawingPart = NativeChartPart | ImagePart;

export interface SheetDrawings {
  /** The sheet's position in the workbook, 1-based (the first sheet is 1). */
  readonly sheet: number;
  readonly parts: readonly DrawingPart[];
}
