// Column widths fitted to the header and the first rows (a list's first page), in Excel's
// character units: CJK counts double (shared/export/text-width.ts), numbers by how their
// format shows them. Capped so one long reason does not push the rest of the table off screen.
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportColumn } from '../../../shared/export/document';
import { displayWidth } from '../../../shared/export/text-width';

// Not 9: ExcelJS drops a column of width 9 as its default.
export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;
/** The header is bold and carries the auto-filter's button. */
const HEADER_EXTRA = 4;

function numberWidth(value: number, column: ExportColumn): number {
  switch (column.format) {
    case 'percent':
    case 'probability':
      return (value * 100).toFixed(1).length + 1;
    case 'currency': {
      const digits = Math.abs(value).toFixed(0).length;
      return digits + Math.floor((digits - 1) / 3) + 4 + (value < 0 ? 1 : 0);
    }
    case 'score':
      return value.toFixed(1).length;
    case 'date':
      return 10;
    default: {
      const digits = Math.abs(value).toFixed(0).length;
      return digits + Math.floor((digits - 1) / 3) + (Number.isInteger(value) ? 0 : 3) + (value < 0 ? 1 : 0);
    }
  }
}

function cellWidth(cell: Cell | undefined, column: ExportColumn): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberWidth(cell, column) : 0;
  // The longest line of a multi-line text, and no more than the cap reads anyway.
  let widest = 0;
  for (const line of cell.slice(0, 400).split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

export function columnWidths(columns: readonly ExportColumn[], rows: readonly (readonly Cell[])[]): number[] {
  return columns.map((column, i) => {
    let widest = displayWidth(column.label) + HEADER_EXTRA;
    for (const row of rows) widest = Math.max(widest, cellWidth(row[i], column) + 2);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest)));
  });
}

/** Pixels of a column of `width` characters (Excel's default font: 7 px a digit and 5 px padding). */
export function columnPixels(width: number): number {
  return Math.trunc(width * 7 + 5);
}

/** Excel's default row: 15 points, 20 pixels. */
export const ROW_PIXELS = 20;
