// What the sheets of one workbook share while it is written: the streaming writer and its file,
// the document, the sheet names taken, the sheets written so far (the job's answer), the drawings
// the packaging step adds, the cancel signal and the rows-written progress.
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportedSheet } from '../../../shared/contract/domains/exports';
import { AppError } from '../../../shared/contract/errors';
import type { ExportDocument } from '../../../shared/export/document';
import type { SheetNamer } from '../../../shared/export/sheet-names';
import type { DrawingPart, SheetDrawings } from '../xlsx-charts/drawing-parts';

export interface WorkbookProgress {
  (phase: 'writingSheet' | 'packagingWorkbook' | 'renderingCharts', done: number, total: number, params?: Record<string, string | number>): void;
}

/** Excel's last row. */
export const EXCEL_MAX_ROWS = 1_048_576;

export interface WriteContext {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  readonly file: Writable;
  /** Rejects with the file's write error, if one happens. */
  readonly failure: Promise<never>;
  readonly doc: ExportDocument;
  readonly namer: SheetNamer;
  readonly signal: AbortSignal;
  readonly maxRowsPerSheet: number;
  readonly sheets: ExportedSheet[];
  readonly drawings: Map<number, DrawingPart[]>;
  readonly progress: { done: number; readonly total: number; readonly report: WorkbookProgress };
}

export function cancelled(): AppError {
  return new AppError('CANCELLED', 'export: cancelled; no file was written');
}

export function checkCancelled(ctx: Pick<WriteContext, 'signal'>): void {
  if (ctx.signal.aborted) throw cancelled();
}

export function addDrawing(ctx: WriteContext, sheetPosition: number, part: DrawingPart): void {
  const parts = ctx.drawings.get(sheetPosition) ?? [];
  parts.push(part);
  ctx.drawings.set(sheetPosition, parts);
}

export function drawingsOf(ctx: WriteContext): SheetDrawings[] {
  return [...ctx.drawings.entries()].sort(([a], [b]) => a - b).map(([sheet, parts]) => ({ sheet, parts }));
}

/** The sheet about to be added is the workbook's sheet number… */
export function nextSheetPosition(ctx: WriteContext): number {
  return ctx.sheets.length + 1;
}
