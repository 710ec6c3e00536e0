// The cover: the logo top-left, the title and subtitle, what the numbers are (workspace, filters,
// data date, generated at), the KPI cards as styled cells (a real number in its format, the
// traffic-light fill, and a conditional format from the card's thresholds so the colour follows
// an edited number), the text widgets' words, then the charts laid out on the screen's 12-column
// grid: Excel's own charts bound to the widget sheets' cells, or pictures.
import type ExcelJS from 'exceljs';
import { trafficColor } from '../../../shared/dashboards/charts/palette';
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportKpi, ExportSection } from '../../../shared/export/document';
import { excelNumberFormat } from '../../../shared/export/excel-formats';
import { neutraliseText } from '../../../shared/export/neutralise';
import { columnLetters, imagePart, nativeChartPart, type TablePlace } from './chart-parts';
import { columnPixels, ROW_PIXELS } from './column-widths';
import { addFormatting } from './conditional-formats';
import { addDrawing, nextSheetPosition, type WriteContext } from './context';
import { withoutDanglingDataBarRefs } from './databar-2007';
import type { ChartPicture } from './section-sheet';
import { argb, BOX_BORDER, COVER_TITLE_FONT, DATA_FONT, HEADING_FONT, LABEL_FONT, lightFill, PAGE_SETUP, solid, SUBTITLE_FONT } from './styles';
import { warningLineLabel } from './words';

const COLUMNS = 12;
const COLUMN_WIDTH = 14;
const KPI_SPAN = 3;
const KPIS_PER_ROW = COLUMNS / KPI_SPAN;
const LOGO_ROWS = 4;
const LOGO_HEIGHT_PX = 72;
/** Screen grid rows (32 px + 10 px margin) to cover rows (20 px). */
const ROWS_PER_GRID_UNIT = 2;
const NEUTRAL_FILL = '#f5f5f5';

export interface CoverChart {
  readonly section: ExportSection;
  /** The section's table on its sheet, for a native chart; null when it has no rows. */
  readonly place: TablePlace | null;
  readonly picture: ChartPicture | null;
  /** The table's rows, cached in the native chart. */
  readonly rows: readonly (readonly Cell[])[] | null;
}

/** Pixel size of a chart on the cover: its grid cell, or half the width when the widget has no layout. */
export function coverChartPixels(section: ExportSection): { width: number; height: number } {
  const w = section.layout?.w ?? COLUMNS / 2;
  const h = section.layout?.h ?? 8;
  return { width: w * columnPixels(COLUMN_WIDTH), height: h * ROWS_PER_GRID_UNIT * ROW_PIXELS };
}

class CoverWriter {
  row = 1;
  constructor(
    readonly ctx: WriteContext,
    readonly sheet: ExcelJS.Worksheet,
    readonly position: number,
  ) {}

  /** A text across columns `from`..`to` (1-based) of the current row. */
  text(text: string, font: Partial<ExcelJS.Font>, from = 1, to = COLUMNS): ExcelJS.Cell {
    if (to > from) this.sheet.mergeCells(this.row, from, this.row, to);
    const cell = this.sheet.getCell(this.row, from);
    cell.value = neutraliseText(text);
    cell.font = font;
    cell.alignment = { vertical: 'middle', wrapText: true };
    return cell;
  }

  next(count = 1): void {
    for (let i = 0; i < count; i++) this.sheet.getRow(this.row + i).commit();
    this.row += count;
  }
}

function logo(w: CoverWriter, position: number): number {
  const image = w.ctx.doc.logo;
  if (!image) return 0;
  const aspect = image.width / Math.max(1, image.height);
  const columns = Math.min(4, Math.max(1, Math.round((LOGO_HEIGHT_PX * aspect) / columnPixels(COLUMN_WIDTH))));
  // Rows as tall as keep the logo's proportions over whole columns.
  const rowPoints = ((columns * columnPixels(COLUMN_WIDTH)) / aspect / LOGO_ROWS) * 0.75;
  for (let i = 0; i < LOGO_ROWS; i++) w.sheet.getRow(1 + i).height = Math.min(100, Math.max(12, rowPoints));
  addDrawing(w.ctx, position, imagePart(image.data, w.ctx.doc.title, { from: { col: 0, row: 0 }, to: { col: columns, row: LOGO_ROWS } }));
  return columns;
}

function heading(w: CoverWriter, text: string): void {
  w.next();
  w.text(text, HEADING_FONT);
  w.sheet.getRow(w.row).height = 22;
  w.next();
}

function infoRows(w: CoverWriter): void {
  const { doc } = w.ctx;
  const line = (label: string, value: string): void => {
    w.text(label, LABEL_FONT, 1, 2);
    w.text(value, DATA_FONT, 3, COLUMNS);
    w.next();
  };
  line(doc.words.workspace, doc.workspace);
  if (doc.filters.length === 0) line(doc.words.filters, doc.words.noFilters);
  doc.filters.forEach((f, i) => line(i === 0 ? doc.words.filters : '', `${f.label}: ${f.value}`));
  line(doc.words.dataDate, doc.dataDate ?? '—');
  line(doc.words.generatedAt, doc.generatedAt);
}

function kpiBlock(w: CoverWriter, kpi: ExportKpi, column: number, sparkline: Uint8Array | null, sparkRow: boolean): void {
  const { doc } = w.ctx;
  const from = column;
  const to = column + KPI_SPAN - 1;
  const fill = kpi.status ? lightFill(kpi.status) : NEUTRAL_FILL;
  const accent = kpi.status ? trafficColor(kpi.status, false) : '#8c8c8c';
  const lines: { text: string | number | null; font: Partial<ExcelJS.Font>; numFmt?: string }[] = [
    { text: kpi.title, font: { ...LABEL_FONT, size: 11 } },
    {
      // A missing value shows as the card shows it ('—'), not as an empty cell.
      text: kpi.value ?? kpi.valueText,
      font: { ...DATA_FONT, size: 20, bold: true, color: { argb: argb(accent) } },
      numFmt: excelNumberFormat(kpi.format, doc.locale, { compact: true }),
    },
    ...(sparkRow ? [{ text: null, font: DATA_FONT }] : []),
    { text: kpi.periodText, font: { ...DATA_FONT, color: { argb: 'FF8C8C8C' } } },
    {
      text: kpi.comparisonText,
      font: { ...DATA_FONT, color: { argb: argb(kpi.changeIsGood === null ? '#595959' : trafficColor(kpi.changeIsGood ? 'green' : 'red', false)) } },
    },
    { text: kpi.status ? doc.words.status[kpi.status] : '', font: { ...DATA_FONT, bold: true, color: { argb: argb(accent) } } },
  ];
  lines.forEach((line, i) => {
    const r = w.row + i;
    w.sheet.mergeCells(r, from, r, to);
    for (let c = from; c <= to; c++) {
      const cell = w.sheet.getCell(r, c);
      cell.fill = solid(fill);
      cell.border = {
        left: c === from ? BOX_BORDER.left : undefined,
        right: c === to ? BOX_BORDER.right : undefined,
        top: i === 0 ? BOX_BORDER.top : undefined,
        bottom: i === lines.length - 1 ? BOX_BORDER.bottom : undefined,
      };
    }
    const master = w.sheet.getCell(r, from);
    master.value = typeof line.text === 'string' ? neutraliseText(line.text) : line.text;
    master.font = line.font;
    master.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    if (line.numFmt) master.numFmt = line.numFmt;
  });
  if (sparkline) addDrawing(w.ctx, w.position, imagePart(sparkline, kpi.title, { from: { col: from - 1, row: w.row + 1 }, to: { col: to, row: w.row + 2 } }));
  // The value cell follows its thresholds when edited, as the card would.
  if (kpi.thresholds && kpi.value !== null) addFormatting(w.sheet, `${columnLetters(from - 1)}${w.row + 1}`, { style: 'color', thresholds: kpi.thresholds });
}

function kpis(w: CoverWriter, sparklines: ReadonlyMap<number, Uint8Array>): void {
  const list = w.ctx.doc.kpis;
  if (list.length === 0) return;
  heading(w, w.ctx.doc.words.kpis);
  // Every card keeps the same rows, a sparkline row when any card has one.
  const sparkRow = sparklines.size > 0;
  const rows = sparkRow ? 6 : 5;
  for (let start = 0; start < list.length; start += KPIS_PER_ROW) {
    list.slice(start, start + KPIS_PER_ROW).forEach((kpi, i) => kpiBlock(w, kpi, 1 + i * KPI_SPAN, sparklines.get(start + i) ?? null, sparkRow));
    w.sheet.getRow(w.row).height = 20;
    w.sheet.getRow(w.row + 1).height = 36;
    if (sparkRow) w.sheet.getRow(w.row + 2).height = 30;
    w.next(rows);
    w.next();
  }
}

function texts(w: CoverWriter): void {
  for (const text of w.ctx.doc.texts) {
    w.text(text, DATA_FONT);
    const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 90)), 0);
    w.sheet.getRow(w.row).height = Math.min(400, 15 * lines);
    w.next();
  }
}

interface GridBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The charts' boxes moved up into the gaps the screen's KPI cards, texts and tables leave (they
 * are drawn above, or on their own sheets): each box, in screen order, rises until it meets a
 * box above it in the same columns, as the dashboard's grid compacts.
 */
export function compactBoxes(boxes: readonly GridBox[]): GridBox[] {
  const order = boxes.map((box, i) => ({ box, i })).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const placed: GridBox[] = [];
  const out: GridBox[] = [...boxes];
  for (const { box, i } of order) {
    const above = placed.filter((p) => p.x < box.x + box.w && box.x < p.x + p.w);
    const top = above.reduce((m, p) => Math.max(m, p.y + p.h), 0);
    const moved = { ...box, y: top };
    placed.push(moved);
    out[i] = moved;
  }
  return out;
}

function charts(w: CoverWriter, position: number, list: readonly CoverChart[]): number {
  const drawn = list.filter((c) => (c.section.chart?.native && c.place) || c.picture);
  if (drawn.length === 0) return 0;
  heading(w, w.ctx.doc.words.charts);
  const top = w.row - 1;
  const maxY = Math.max(0, ...drawn.map((c) => (c.section.layout ? c.section.layout.y + c.section.layout.h : 0)));
  // Without a layout: two a row, each half the width, below the laid-out ones.
  const boxes = compactBoxes(drawn.map((c, i) => c.section.layout ?? { x: (i % 2) * 6, y: maxY + Math.floor(i / 2) * 8, w: 6, h: 8 }));
  let bottom = top;
  drawn.forEach((c, i) => {
    const box = boxes[i]!;
    const from = { col: box.x, row: top + box.y * ROWS_PER_GRID_UNIT };
    const anchor = { from, to: { col: Math.min(COLUMNS, box.x + box.w), row: from.row + box.h * ROWS_PER_GRID_UNIT } };
    bottom = Math.max(bottom, anchor.to.row);
    const native = c.section.chart?.native;
    if (native && c.place) {
      const opts = {
        title: c.section.title,
        place: c.place,
        columns: c.section.table.columns,
        rows: c.rows,
        anchor,
        locale: w.ctx.doc.locale,
        warningLabel: warningLineLabel(w.ctx.doc.locale),
      };
      addDrawing(w.ctx, position, nativeChartPart(native, opts));
    } else if (c.picture) addDrawing(w.ctx, position, imagePart(c.picture.png, c.section.title, anchor));
  });
  return bottom;
}

// The active tab's view is marked selected, as Excel writes it (ExcelJS's writer knows the flag, its types do not).
const COVER_VIEW = { showGridLines: false, tabSelected: true };

export function writeCover(ctx: WriteContext, name: string, chartList: readonly CoverChart[], sparklines: ReadonlyMap<number, Uint8Array> = new Map()): void {
  const position = nextSheetPosition(ctx);
  const sheet = ctx.workbook.addWorksheet(name, { views: [COVER_VIEW], pageSetup: PAGE_SETUP });
  withoutDanglingDataBarRefs(sheet);
  sheet.columns = Array.from({ length: COLUMNS }, () => ({ width: COLUMN_WIDTH }));
  const w = new CoverWriter(ctx, sheet, position);
  const logoColumns = logo(w, position);
  const { doc } = ctx;
  w.text(doc.title, COVER_TITLE_FONT, logoColumns + 1);
  w.sheet.getRow(1).height = Math.max(w.sheet.getRow(1).height ?? 0, 32);
  w.next();
  if (doc.subtitle) {
    w.text(doc.subtitle, SUBTITLE_FONT, logoColumns + 1);
    w.next();
  }
  if (doc.logo && w.row <= LOGO_ROWS) w.next(LOGO_ROWS + 1 - w.row);
  w.next();
  infoRows(w);
  kpis(w, sparklines);
  if (doc.texts.length > 0) w.next();
  texts(w);
  const bottom = charts(w, position, chartList);
  sheet.commit();
  ctx.sheets.push({
    name,
    kind: 'cover',
    widgetId: null,
    rows: Math.max(w.row - 1, bottom),
    chart: chartList.some((c) => c.section.chart?.native && c.place) ? 'native' : chartList.some((c) => c.picture) ? 'image' : 'none',
  });
}
