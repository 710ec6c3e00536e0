// A section's rows as a real table: a filled header, zebra rows, numbers right-aligned in the
// document's formats, the 条件属性 colours, bars and dots of its rules. Column widths follow the
// content (CJK characters are measured in the embedded font) and fill the width given; a cell
// too long for its column is cut with …. When the rows reach the page's foot the table goes on
// on the next page with its header repeated.
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportColumn, ExportRule } from '../../../shared/export/document';
import { cellLook, isNumericColumn, ruleScales, type CellFormatter } from './table-cells';
import { drawLine, INK, PDF_FONT, RULE_LINE } from './pdf-text';

const HEADER_FILL = '#eef3fc';
const ZEBRA_FILL = '#f7f8fa';
/** Cells measured for the widths: enough to be representative, few enough to stay quick. */
const MEASURED_ROWS = 200;
/** A table continued on the next page carries at least this many rows there. */
const WIDOW_ROWS = 3;

export interface TableLayout {
  readonly columns: readonly ExportColumn[];
  /** Each column's width in points, summing to the table's width. */
  readonly widths: readonly number[];
  readonly rowHeight: number;
  readonly size: number;
  readonly padding: number;
}

export function tableLayout(
  doc: PDFKit.PDFDocument,
  columns: readonly ExportColumn[],
  rows: readonly (readonly Cell[])[],
  format: CellFormatter,
  width: number,
  size: number,
): TableLayout {
  const padding = size * 0.6;
  doc.font(PDF_FONT).fontSize(size);
  const natural = columns.map((column, c) => {
    let widest = doc.widthOfString(column.label);
    for (const row of rows.slice(0, MEASURED_ROWS)) widest = Math.max(widest, doc.widthOfString(format(row[c] ?? null, column)));
    // A long text column (a name, a reason) may not squeeze the others to nothing.
    return Math.min(widest, size * 24) + 2 * padding + (isNumericColumn(column) ? size : 0);
  });
  const total = natural.reduce((sum, w) => sum + w, 0);
  const widths = total > 0 ? natural.map((w) => (w / total) * width) : columns.map(() => width / Math.max(1, columns.length));
  return { columns, widths, rowHeight: size * 2, size, padding };
}

/** Header and `rows` rows tall. */
export function tableHeight(layout: TableLayout, rows: number): number {
  return layout.rowHeight * (rows + 1);
}

export interface TablePlacement {
  readonly x: number;
  readonly y: number;
  /** Rows stop above this line; then `nextPage` gives the top of the continuation. */
  readonly limit: number;
  readonly nextPage: () => number;
}

/** Draws the table; answers the y below its last row. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  layout: TableLayout,
  rows: readonly (readonly Cell[])[],
  rules: readonly ExportRule[],
  format: CellFormatter,
  at: TablePlacement,
): number {
  const scales = ruleScales(rules, rows);
  // A header with no row under it belongs on the next page.
  let y = drawHeader(doc, layout, at.x, at.y + 2 * layout.rowHeight > at.limit ? at.nextPage() : at.y);
  let onPage = 0;
  rows.forEach((row, index) => {
    const left = rows.length - index;
    // No continuation of one or two lonely rows: the last few move over together.
    const widow = left <= WIDOW_ROWS && onPage > WIDOW_ROWS && y + left * layout.rowHeight > at.limit;
    if (y + layout.rowHeight > at.limit || widow) {
      y = drawHeader(doc, layout, at.x, at.nextPage());
      onPage = 0;
    }
    drawRow(doc, layout, row, index, rules, scales, format, at.x, y);
    y += layout.rowHeight;
    onPage += 1;
  });
  const width = layout.widths.reduce((sum, w) => sum + w, 0);
  doc
    .moveTo(at.x, y)
    .lineTo(at.x + width, y)
    .lineWidth(0.5)
    .strokeColor(RULE_LINE)
    .stroke();
  return y;
}

function drawHeader(doc: PDFKit.PDFDocument, layout: TableLayout, x: number, y: number): number {
  const width = layout.widths.reduce((sum, w) => sum + w, 0);
  doc.rect(x, y, width, layout.rowHeight).fill(HEADER_FILL);
  let left = x;
  layout.columns.forEach((column, c) => {
    const w = layout.widths[c] ?? 0;
    drawLine(doc, column.label, left + layout.padding, textTop(layout, y), w - 2 * layout.padding, {
      size: layout.size,
      color: INK,
      align: isNumericColumn(column) ? 'right' : 'left',
      bold: true,
    });
    left += w;
  });
  return y + layout.rowHeight;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  layout: TableLayout,
  row: readonly Cell[],
  index: number,
  rules: readonly ExportRule[],
  scales: ReadonlyMap<number, number>,
  format: CellFormatter,
  x: number,
  y: number,
): void {
  const width = layout.widths.reduce((sum, w) => sum + w, 0);
  if (index % 2 === 1) doc.rect(x, y, width, layout.rowHeight).fill(ZEBRA_FILL);
  let left = x;
  layout.columns.forEach((column, c) => {
    const w = layout.widths[c] ?? 0;
    const cell = row[c] ?? null;
    const look = cellLook(rules, c, cell, scales);
    if (look.fill)
      doc
        .save()
        .fillOpacity(look.text ? 0.1 : 0.22)
        .rect(left, y, w, layout.rowHeight)
        .fill(look.fill)
        .restore();
    if (look.bar) {
      const inner = w - 2 * layout.padding;
      doc
        .save()
        .fillOpacity(0.35)
        .rect(left + layout.padding, y + layout.rowHeight * 0.18, Math.max(0.5, inner * look.bar.width), layout.rowHeight * 0.64)
        .fill(look.bar.color)
        .restore();
    }
    let textLeft = left + layout.padding;
    let textWidth = w - 2 * layout.padding;
    if (look.dot) {
      const r = layout.size * 0.32;
      doc.circle(textLeft + r, y + layout.rowHeight / 2, r).fill(look.dot);
      textLeft += 3 * r;
      textWidth -= 3 * r;
    }
    drawLine(doc, format(cell, column), textLeft, textTop(layout, y), textWidth, {
      size: layout.size,
      color: look.text ?? INK,
      align: isNumericColumn(column) ? 'right' : 'left',
    });
    left += w;
  });
}

/** The top of a line of text centred in a row (the font's line box is about 1.45 em tall). */
function textTop(layout: TableLayout, y: number): number {
  return y + (layout.rowHeight - layout.size * 1.45) / 2;
}
