// One table cell as ExcelJS writes it: numbers stay numbers (a non-finite one is empty), a day
// in a date column becomes a real date, every text is neutralised against formula injection
// (shared/export/neutralise.ts) and cut to Excel's 32,767 characters, which the caller notes.
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportColumn } from '../../../shared/export/document';
import { dayOfText } from '../../../shared/export/excel-formats';
import { EXCEL_CELL_MAX, needsNeutralising, neutraliseText } from '../../../shared/export/neutralise';

export interface SheetCell {
  readonly value: string | number | Date | null;
  /** The text was longer than a cell holds and was cut. */
  readonly cut: boolean;
}

const EMPTY: SheetCell = { value: null, cut: false };

export function textCell(text: string): SheetCell {
  const length = needsNeutralising(text) ? text.length + 1 : text.length;
  return { value: neutraliseText(text), cut: length > EXCEL_CELL_MAX };
}

export function sheetCell(cell: Cell | undefined, column: ExportColumn): SheetCell {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, cut: false } : EMPTY;
  if (column.format === 'date' && column.grain !== 'month' && column.grain !== 'year') {
    const day = dayOfText(cell);
    if (day) return { value: day, cut: false };
  }
  return textCell(cell);
}
