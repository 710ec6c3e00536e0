// A section's sheet: its title, notes, then a styled header row over the data, frozen below the
// header, an auto-filter over the table, number formats from the columns' FieldFormats, the
// section's rules as conditional formats and its chart beside the table. A list streams page by
// page; at the row limit (Excel's 1,048,576 unless a test asks for fewer) it continues on a new
// sheet with the same header, formats, frozen pane, filter and rules.
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportSection } from '../../../shared/export/document';
import { excelNumberFormat, TEXT_FORMAT } from '../../../shared/export/excel-formats';
import { neutraliseText } from '../../../shared/export/neutralise';
import { drained } from './backpressure';
import { sheetCell } from './cells';
import { displayWidth } from '../../../shared/export/text-width';
import { columnLetters, imagePart, nativeChartPart } from './chart-parts';
import { columnPixels, columnWidths, ROW_PIXELS } from './column-widths';
import { addFormatting } from './conditional-formats';
import { addDrawing, checkCancelled, nextSheetPosition, type WriteContext } from './context';
import { withoutDanglingDataBarRefs } from './databar-2007';
import { warningLineLabel } from './words';
import { BOX_BORDER, DATA_FONT, HEADER_FILL, HEADER_FONT, NOTE_FONT, PAGE_SETUP, TITLE_FONT } from './styles';

/** The picture of a chart Excel cannot draw itself, and its width / height. */
export interface ChartPicture {
  readonly png: Uint8Array;
  readonly aspect: number;
}

/** Rows above the data: title, one per note, a blank, the header. */
export function sectionHeaderRow(section: Pick<ExportSection, 'notes'>): number {
  return section.notes.length + 3;
}

/** A chart beside the table: 8 columns of this width; below the table when it is wider than this. */
const CHART_COLUMNS = 8;
const CHART_COLUMN_WIDTH = 12;
const WIDE_TABLE = 8;

interface OpenSheet {
  readonly sheet: ExcelJS.Worksheet;
  readonly name: string;
  readonly position: number;
  rows: number;
  /** The chart's far corner (0-based), which the print area takes in. */
  chartEnd: { col: number; row: number } | null;
}

interface ColumnStyles {
  readonly widths: readonly number[];
  readonly plain: readonly Partial<ExcelJS.Style>[];
  readonly wrapped: readonly Partial<ExcelJS.Style>[];
}

function stylesOf(section: ExportSection, locale: WriteContext['doc']['locale'], widths: readonly number[]): ColumnStyles {
  // One style object per column, found by identity: a deep copy per cell costs ExcelJS a style lookup each.
  const plain = section.table.columns.map((c) => ({ font: DATA_FONT, numFmt: excelNumberFormat(c.format, locale, c.grain ? { grain: c.grain } : {}) }));
  const wrapped = plain.map((style) => ({ ...style, alignment: { wrapText: true, vertical: 'top' as const } }));
  return { widths, plain, wrapped };
}

function openSheet(ctx: WriteContext, section: ExportSection, name: string, title: string, widths: readonly number[]): OpenSheet {
  const columns = section.table.columns;
  const headerRow = sectionHeaderRow(section);
  const position = nextSheetPosition(ctx);
  const views: Partial<ExcelJS.WorksheetView>[] =
    columns.length > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }] : [{}];
  const sheet = ctx.workbook.addWorksheet(name, { views, pageSetup: PAGE_SETUP });
  withoutDanglingDataBarRefs(sheet);
  sheet.columns = [...widths.map((width) => ({ width })), ...Array.from({ length: CHART_COLUMNS + 1 }, () => ({ width: CHART_COLUMN_WIDTH }))];
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = neutraliseText(title);
  titleRow.getCell(1).font = TITLE_FONT;
  titleRow.height = 24;
  titleRow.commit();
  section.notes.forEach((note, i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = neutraliseText(note);
    row.getCell(1).font = NOTE_FONT;
    row.commit();
  });
  if (columns.length > 0) {
    const header = sheet.getRow(headerRow);
    columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      cell.value = neutraliseText(column.label);
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
      cell.border = BOX_BORDER;
      cell.numFmt = TEXT_FORMAT;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
    header.height = 22;
    header.commit();
  }
  ctx.sheets.push({ name, kind: section.kind, widgetId: section.widgetId, rows: 0, chart: 'none' });
  return { sheet, name, position, rows: 0, chartEnd: null };
}

function closeSheet(ctx: WriteContext, section: ExportSection, open: OpenSheet): void {
  const columns = section.table.columns;
  const headerRow = sectionHeaderRow(section);
  const lastRow = headerRow + open.rows;
  if (columns.length > 0) {
    const lastColumn = columnLetters(columns.length - 1);
    open.sheet.autoFilter = `A${headerRow}:${lastColumn}${lastRow}`;
    if (open.rows > 0) {
      for (const rule of section.rules) {
        if (rule.column < 0 || rule.column >= columns.length) continue;
        const letters = columnLetters(rule.column);
        addFormatting(open.sheet, `${letters}${headerRow + 1}:${letters}${lastRow}`, rule);
      }
    }
  }
  printLayout(open, columns.length, headerRow, lastRow + (section.table.truncated ? 2 : 0));
  const entry = ctx.sheets[open.position - 1];
  if (entry) ctx.sheets[open.position - 1] = { ...entry, rows: open.rows };
  open.sheet.commit();
}

/**
 * Printing (and LibreOffice's PDF) takes the table and its chart only: a long text would otherwise
 * spill over the empty columns to its right and shrink the fitted page to nothing. The header
 * repeats on every printed page. ExcelJS quotes the sheet name in these defined names without
 * doubling an apostrophe, so a name holding one keeps the default print range.
 */
function printLayout(open: OpenSheet, columns: number, headerRow: number, lastRow: number): void {
  if (open.name.includes("'")) return;
  const lastColumn = Math.max(columns - 1, open.chartEnd?.col ?? 0, 0);
  const bottom = Math.max(lastRow, (open.chartEnd?.row ?? 0) + 1);
  open.sheet.pageSetup.printArea = `A1:${columnLetters(lastColumn)}${bottom}`;
  if (columns > 0) open.sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}

/** Rows holding a text wider than its column: three lines, wrapped, instead of one line spilling right. */
const WRAPPED_ROW_POINTS = 45;

function writeRow(ctx: WriteContext, section: ExportSection, open: OpenSheet, cells: readonly Cell[], styles: ColumnStyles): void {
  const row = open.sheet.getRow(sectionHeaderRow(section) + open.rows + 1);
  let wrapped = false;
  section.table.columns.forEach((column, i) => {
    const out = sheetCell(cells[i], column);
    const cell = row.getCell(i + 1);
    cell.value = out.value;
    // A text past its column would print over the empty columns to its right (and, at 32,767 characters, shrink a fitted page to nothing).
    const long = typeof out.value === 'string' && out.value.length * 2 > styles.widths[i]! && displayWidth(out.value) > styles.widths[i]!;
    cell.style = long ? styles.wrapped[i]! : styles.plain[i]!;
    wrapped ||= long;
    if (out.cut) cell.note = ctx.doc.words.textCut;
  });
  if (wrapped) row.height = WRAPPED_ROW_POINTS;
  row.commit();
  open.rows += 1;
}

function placeChart(
  ctx: WriteContext,
  section: ExportSection,
  open: OpenSheet,
  widths: readonly number[],
  picture: ChartPicture | null,
  rows: readonly (readonly Cell[])[] | null,
): void {
  const chart = section.chart;
  if (!chart) return;
  const headerRow = sectionHeaderRow(section);
  const native = chart.native !== null && open.rows > 0 ? chart.native : null;
  if (!native && !picture) return;
  const aspect = picture?.aspect ?? 2;
  const wide = widths.length > WIDE_TABLE;
  let from: { col: number; row: number };
  let toCol: number;
  let pixels: number;
  if (wide) {
    // Below the table, as many fitted columns as make the chart's width.
    from = { col: 0, row: headerRow + open.rows + 3 };
    const target = CHART_COLUMNS * columnPixels(CHART_COLUMN_WIDTH);
    toCol = 0;
    pixels = 0;
    while (pixels < target && toCol < widths.length) pixels += columnPixels(widths[toCol++]!);
  } else {
    from = { col: widths.length + 1, row: headerRow - 1 };
    toCol = from.col + CHART_COLUMNS;
    pixels = CHART_COLUMNS * columnPixels(CHART_COLUMN_WIDTH);
  }
  const anchor = { from, to: { col: toCol, row: from.row + Math.max(8, Math.round(pixels / aspect / ROW_PIXELS)) } };
  open.chartEnd = anchor.to;
  const place = { sheetName: open.name, firstDataRow: headerRow + 1, rows: open.rows };
  if (native)
    addDrawing(
      ctx,
      open.position,
      nativeChartPart(native, {
        title: section.title,
        place,
        columns: section.table.columns,
        rows: rows && rows.length === open.rows ? rows : null,
        anchor,
        locale: ctx.doc.locale,
        warningLabel: warningLineLabel(ctx.doc.locale),
      }),
    );
  else if (picture) addDrawing(ctx, open.position, imagePart(picture.png, section.title, anchor));
  const entry = ctx.sheets[open.position - 1];
  if (entry) ctx.sheets[open.position - 1] = { ...entry, chart: native ? 'native' : 'image' };
}

export async function writeSectionSheets(
  ctx: WriteContext,
  section: ExportSection,
  name: string,
  picture: ChartPicture | null,
  rows: readonly (readonly Cell[])[] | null = null,
): Promise<void> {
  const columns = section.table.columns;
  const capacity = Math.max(1, ctx.maxRowsPerSheet - sectionHeaderRow(section));
  let open: OpenSheet | null = null;
  let part = 1;
  let first: OpenSheet | null = null;
  let widths: number[] = [];
  let styles: ColumnStyles = stylesOf(section, ctx.doc.locale, widths);
  for await (const page of section.table.pages()) {
    if (!open) {
      widths = columnWidths(columns, page);
      styles = stylesOf(section, ctx.doc.locale, widths);
      open = first = openSheet(ctx, section, name, section.title, widths);
    }
    for (const cells of page) {
      if (open.rows >= capacity) {
        if (open === first) placeChart(ctx, section, open, widths, picture, rows);
        closeSheet(ctx, section, open);
        part += 1;
        const title = ctx.doc.words.continuedSheet(section.title, part);
        open = openSheet(ctx, section, ctx.namer.take(title), title, widths);
      }
      writeRow(ctx, section, open, cells, styles);
    }
    ctx.progress.done += page.length;
    ctx.progress.report('writingSheet', ctx.progress.done, ctx.progress.total, { sheet: open.name });
    await drained(open.sheet, ctx.file, ctx.failure);
    checkCancelled(ctx);
  }
  if (!open) open = first = openSheet(ctx, section, name, section.title, (widths = columnWidths(columns, [])));
  if (section.table.truncated && columns.length > 0) {
    const words = ctx.doc.words.rowsShown(section.table.rowCount, null);
    if (!section.notes.includes(words)) {
      const row = open.sheet.getRow(sectionHeaderRow(section) + open.rows + 2);
      row.getCell(1).value = neutraliseText(words);
      row.getCell(1).font = NOTE_FONT;
      row.commit();
    }
  }
  // The first sheet carries the chart (its cells are the chart's), placed once its rows are known.
  if (open === first) placeChart(ctx, section, open, widths, picture, rows);
  closeSheet(ctx, section, open);
}
