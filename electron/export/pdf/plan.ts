// What goes where before anything is drawn: each section's rows read (a list cut to what a few
// pages hold — the workbook has every row), the grid bands, and for each box whether it holds a
// chart, a table that fits it, or a table that flows across the page below its band. Charts are
// rendered from this plan at their boxes' sizes.
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportDocument, ExportTable } from '../../../shared/export/document';
import { AppError } from '../../../shared/contract/errors';
import { boxedTableHeight, chartArea, sectionTableLayout, type PreparedSection } from './draw-section';
import type { TableLayout } from './draw-table';
import { layoutBands, type PlacedBox } from './layout';
import { contentHeight, type PageGeometry } from './page-geometry';
import type { CellFormatter } from './table-cells';

/** Rows of one table the PDF prints: about four A4 pages of a list. */
export const PDF_MAX_ROWS = 200;

export interface BoxPlan {
  readonly box: PlacedBox;
  readonly prepared: PreparedSection;
  /** The chart's drawing area (SVG rendered at this size), or null for a table or a note. */
  readonly chart: { readonly width: number; readonly height: number } | null;
  readonly table: TableLayout | null;
}

export interface BandPlan {
  readonly height: number;
  readonly boxes: readonly BoxPlan[];
  /** Tables too long for their boxes, drawn across the page after the band. */
  readonly flowing: readonly PreparedSection[];
}

export function cancelled(): AppError {
  return new AppError('CANCELLED', 'export: cancelled; no PDF was written');
}

async function readRows(table: ExportTable, cap: number): Promise<(readonly Cell[])[]> {
  const rows: (readonly Cell[])[] = [];
  if (cap <= 0) return rows;
  for await (const page of table.pages()) {
    for (const row of page) {
      rows.push(row);
      if (rows.length >= cap) return rows;
    }
  }
  return rows;
}

/** Reads the rows each table section shows, hearing a cancel between sections. */
export async function prepareSections(doc: ExportDocument, signal: AbortSignal, maxRows = PDF_MAX_ROWS): Promise<PreparedSection[]> {
  const prepared: PreparedSection[] = [];
  for (const section of doc.sections) {
    if (signal.aborted) throw cancelled();
    const rows = section.chart === null ? await readRows(section.table, maxRows) : [];
    const cut = section.chart === null && section.table.rowCount > rows.length;
    prepared.push({ section, rows, notes: cut ? [...section.notes, doc.words.pdfRowsCut(rows.length, section.table.rowCount)] : section.notes });
  }
  return prepared;
}

export function planBands(pdf: PDFKit.PDFDocument, prepared: readonly PreparedSection[], g: PageGeometry, format: CellFormatter): BandPlan[] {
  const bands = layoutBands(
    prepared.map((p) => ({ layout: p.section.layout, hasChart: p.section.chart !== null })),
    g,
  );
  return bands.map((band) => {
    const boxes: BoxPlan[] = [];
    const flowing: PreparedSection[] = [];
    let height = band.height;
    for (const box of band.boxes) {
      const section = prepared[box.section];
      if (!section) continue;
      if (section.section.chart !== null) {
        boxes.push({ box, prepared: section, chart: chartArea(pdf, section, box, g), table: null });
        continue;
      }
      // A table or note with no place on the grid (the monthly report's) takes the room it needs.
      if (section.section.layout === null) {
        flowing.push(section);
        continue;
      }
      // A table a little longer than its box stretches the band (the screen would scroll it),
      // as long as the band still fits a page; a longer one flows across the page below.
      const table = sectionTableLayout(pdf, section, box.width, format, g);
      const needed = boxedTableHeight(pdf, section, table, box.width, g);
      if (needed <= box.height) boxes.push({ box, prepared: section, chart: null, table });
      else if (box.y + needed <= contentHeight(g)) {
        boxes.push({ box: { ...box, height: needed }, prepared: section, chart: null, table });
        height = Math.max(height, box.y + needed);
      } else flowing.push(section);
    }
    return { height, boxes, flowing };
  });
}
