// A section as a card like the screen's widget: its title, the notes under it (period, filters
// that could not apply, a problem, rows cut), then its chart as vectors or its table. A section
// in its grid box is drawn whole; a table too long for its box flows across the page's width
// and over pages instead.
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportSection } from '../../../shared/export/document';
import { drawChartSvg } from './draw-chart';
import { drawTable, tableHeight, tableLayout, type TableLayout } from './draw-table';
import type { PageGeometry } from './page-geometry';
import { drawLine, drawParagraph, INK_SECONDARY, paragraphHeight, RULE_LINE } from './pdf-text';
import type { CellFormatter } from './table-cells';

/** A section ready to draw: its rows read (cut to what the PDF shows) and the notes to print. */
export interface PreparedSection {
  readonly section: ExportSection;
  readonly rows: readonly (readonly Cell[])[];
  /** The section's notes plus, when the PDF shows fewer rows than the table holds, the cut. */
  readonly notes: readonly string[];
}

const k = (g: PageGeometry): number => (g.size === 'A3' ? Math.SQRT2 : 1);
export const sectionPadding = (g: PageGeometry): number => 8 * k(g);
const titleSize = (g: PageGeometry): number => g.type.body * 1.1;

/** Title and notes above the content, at this box width. */
export function sectionHeadHeight(pdf: PDFKit.PDFDocument, prepared: PreparedSection, width: number, g: PageGeometry): number {
  const inner = width - 2 * sectionPadding(g);
  let height = sectionPadding(g) + titleSize(g) * 1.5;
  for (const note of prepared.notes) height += paragraphHeight(pdf, note, inner, g.type.small);
  return height + (prepared.notes.length > 0 ? 3 * k(g) : 0);
}

export function drawSectionHead(pdf: PDFKit.PDFDocument, prepared: PreparedSection, x: number, y: number, width: number, g: PageGeometry): number {
  const pad = sectionPadding(g);
  const inner = width - 2 * pad;
  let line = y + pad;
  drawLine(pdf, prepared.section.title, x + pad, line, inner, { size: titleSize(g), bold: true });
  line += titleSize(g) * 1.5;
  for (const note of prepared.notes) line += drawParagraph(pdf, note, { x: x + pad, y: line, width: inner, maxHeight: g.bottom - line }, g.type.small, INK_SECONDARY);
  return line + (prepared.notes.length > 0 ? 3 * k(g) : 0);
}

/** The chart's drawing area inside a box: what the SVG is rendered at. */
export function chartArea(pdf: PDFKit.PDFDocument, prepared: PreparedSection, box: { width: number; height: number }, g: PageGeometry): { width: number; height: number } {
  const pad = sectionPadding(g);
  return { width: box.width - 2 * pad, height: Math.max(24, box.height - sectionHeadHeight(pdf, prepared, box.width, g) - pad) };
}

export interface BoxedContent {
  readonly chartSvg: string | null;
  readonly table: TableLayout | null;
}

/** The height a boxed table section needs: its head, header and rows, and the box's padding. */
export function boxedTableHeight(pdf: PDFKit.PDFDocument, prepared: PreparedSection, layout: TableLayout, width: number, g: PageGeometry): number {
  const rows = prepared.rows.length;
  return sectionHeadHeight(pdf, prepared, width, g) + (rows > 0 ? tableHeight(layout, rows) : 0) + sectionPadding(g);
}

export function sectionTableLayout(pdf: PDFKit.PDFDocument, prepared: PreparedSection, width: number, format: CellFormatter, g: PageGeometry): TableLayout {
  return tableLayout(pdf, prepared.section.table.columns, prepared.rows, format, width - 2 * sectionPadding(g), g.type.table);
}

export function drawBoxedSection(
  pdf: PDFKit.PDFDocument,
  prepared: PreparedSection,
  box: { x: number; y: number; width: number; height: number },
  content: BoxedContent,
  format: CellFormatter,
  g: PageGeometry,
): void {
  const pad = sectionPadding(g);
  pdf.roundedRect(box.x, box.y, box.width, box.height, 5).lineWidth(0.6).strokeColor(RULE_LINE).stroke();
  const top = drawSectionHead(pdf, prepared, box.x, box.y, box.width, g);
  if (content.chartSvg !== null) {
    const area = chartArea(pdf, prepared, box, g);
    drawChartSvg(pdf, content.chartSvg, box.x + pad, top, area.width, area.height);
  } else if (content.table !== null && prepared.rows.length > 0) {
    drawTable(pdf, content.table, prepared.rows, prepared.section.rules, format, {
      x: box.x + pad,
      y: top,
      limit: box.y + box.height,
      // The rows were checked to fit: no continuation inside a box.
      nextPage: () => top,
    });
  }
}

/**
 * A table across the page from `y`: its head (moved to a new page when not even a few rows would
 * follow it), then rows continued over pages with the header repeated. Answers the y below it.
 */
export function drawFlowingSection(
  pdf: PDFKit.PDFDocument,
  prepared: PreparedSection,
  y: number,
  format: CellFormatter,
  g: PageGeometry,
  pages: { readonly next: () => number; readonly continued: (title: string, part: number) => string },
): number {
  let part = 1;
  // A continuation page says whose rows these are ("高风险客户（续2）") above the repeated header.
  const nextPage = (): number => {
    const top = pages.next();
    part += 1;
    drawLine(pdf, pages.continued(prepared.section.title, part), g.left + sectionPadding(g), top, g.right - g.left - 2 * sectionPadding(g), {
      size: g.type.small,
      color: INK_SECONDARY,
    });
    return top + g.type.small * 1.8;
  };
  const width = g.right - g.left;
  const layout = sectionTableLayout(pdf, prepared, width, format, g);
  const head = sectionHeadHeight(pdf, prepared, width, g);
  const firstRows = Math.min(prepared.rows.length, 3);
  let top = y;
  if (top + head + tableHeight(layout, firstRows) > g.bottom) top = pages.next();
  const below = drawSectionHead(pdf, prepared, g.left, top, width, g);
  if (prepared.rows.length === 0) return below + g.gap;
  const end = drawTable(pdf, layout, prepared.rows, prepared.section.rules, format, {
    x: g.left + sectionPadding(g),
    y: below,
    limit: g.bottom,
    nextPage,
  });
  return end + 2 * g.gap;
}
