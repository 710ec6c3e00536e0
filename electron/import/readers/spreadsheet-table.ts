// One sheet as a source table, whichever reader produced its cells. Two passes over the rows:
// the first converts only the rows the header search looks at and measures the used columns
// (merged cells, which decide the header, come after the cells in an xlsx); the second emits
// the data rows in batches. Neither pass holds more than a batch, so a streamed sheet of any
// length is read in constant memory.

import type { CellObject } from 'xlsx';
import { makeUniqueHeaders, positionalHeaders } from '../../../shared/import/headers';
import { ImportReadError, throwIfAborted } from './errors';
import type { ReaderLimits } from './limits';
import { cellValue } from './spreadsheet-cells';
import { findHeaderRow, headerTexts, rowIsHeader, type Merge } from './spreadsheet-header';
import type { ReaderEvent, SourceRow, SourceTableInfo, SourceValue } from './source';
import type { WarningLog } from './warnings';
import type { SheetRow } from './xlsx-sheet';

/** Rows the header search looks at (findHeaderRow's own limit). */
export const HEAD_ROWS = 30;

export interface SheetSource {
  /** Rows in order; `wantValues(r)` says which rows need their cells (the rest may come without). */
  rows(wantValues: (r: number) => boolean): AsyncIterable<SheetRow[]> | Iterable<SheetRow[]>;
  /** Merged ranges; complete once a first pass over the rows has ended. */
  merges(): readonly Merge[];
}

export interface SheetContext {
  file: string;
  sheet: string;
  date1904: boolean;
  header: boolean | 'auto' | undefined;
  limits: ReaderLimits;
  warnings: WarningLog;
  signal?: AbortSignal;
  /** Told the sheet's real row count (last row with a cell) after the first pass. */
  onRowCount?: (rows: number) => void;
}

/** Column letters of a 0-based index (A, …, Z, AA, …). */
export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellName(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

function convertRow(ctx: SheetContext, r: number, raw: readonly (CellObject | undefined)[] | null): SourceValue[] {
  if (!raw) return [];
  const { file, sheet, warnings } = ctx;
  const out = new Array<SourceValue>(raw.length);
  for (let c = 0; c < raw.length; c++) {
    const cell = raw[c];
    const res = cellValue(cell, ctx.date1904);
    out[c] = res.value;
    if (res.issue === 'error-value') {
      const shown = String(cell?.w ?? cell?.v ?? '');
      warnings.add({ code: 'excel-error-value', file, sheet, row: r + 1, message: `${cellName(r, c)} holds an Excel error (${shown}); read as empty` });
    } else if (res.issue === 'fictional-date') {
      warnings.add({ code: 'fictional-date', file, sheet, row: r + 1, message: `${cellName(r, c)} is 1900-02-29, a date Excel invents; read as empty` });
    } else if (res.issue === 'precision-loss') {
      warnings.add({
        code: 'precision-loss',
        file,
        sheet,
        row: r + 1,
        message: `${cellName(r, c)} is a number beyond 15 significant digits; Excel has already rounded it (store IDs as text)`,
      });
    }
  }
  return out;
}

interface FirstPass {
  head: SourceValue[][];
  headExtent: [number, number][];
  firstCol: number;
  lastCol: number;
  length: number;
}

async function firstPass(ctx: SheetContext, source: SheetSource): Promise<FirstPass> {
  const pass: FirstPass = { head: [], headExtent: [], firstCol: Infinity, lastCol: -1, length: 0 };
  for await (const batch of source.rows((r) => r < HEAD_ROWS)) {
    throwIfAborted(ctx.signal, ctx.file);
    for (const row of batch) {
      if (row.r < HEAD_ROWS) {
        pass.head[row.r] = convertRow(ctx, row.r, row.cells);
        pass.headExtent[row.r] = [row.first, row.last];
      } else if (row.last >= 0) {
        if (row.first < pass.firstCol) pass.firstCol = row.first;
        if (row.last > pass.lastCol) pass.lastCol = row.last;
      }
      if (row.r + 1 > pass.length) pass.length = row.r + 1;
    }
  }
  const n = Math.min(pass.length, HEAD_ROWS);
  pass.head.length = n;
  for (let r = 0; r < n; r++) pass.head[r] ??= [];
  return pass;
}

export async function* sheetTableEvents(ctx: SheetContext, source: SheetSource): AsyncGenerator<ReaderEvent> {
  const { file, sheet, limits, warnings } = ctx;
  const pass = await firstPass(ctx, source);
  ctx.onRowCount?.(pass.length);
  const { head } = pass;
  const merges = source.merges();
  let headerRow = ctx.header === false ? -1 : findHeaderRow(head, merges);
  let firstCol = pass.firstCol;
  let lastCol = pass.lastCol;
  for (let r = Math.max(0, headerRow); r < head.length; r++) {
    const [first, last] = pass.headExtent[r] ?? [-1, -1];
    if (last < 0) continue;
    if (first < firstCol) firstCol = first;
    if (last > lastCol) lastCol = last;
  }
  if (lastCol < 0) {
    warnings.add({ code: 'empty-sheet', file, sheet, message: `sheet "${sheet}" has no data` });
    yield { kind: 'table', info: { name: sheet, file, sheet, columns: [], sourceColumns: [] } };
    return;
  }
  if (lastCol - firstCol + 1 > limits.maxColumns) {
    throw new ImportReadError('too-many-columns', { file, sheet }, `${lastCol - firstCol + 1} columns (limit ${limits.maxColumns})`);
  }
  if (ctx.header === 'auto' || ctx.header === undefined) {
    if (headerRow >= 0 && !rowIsHeader(head[headerRow])) {
      warnings.add({ code: 'no-header', file, sheet, message: `row ${headerRow + 1} looks like data, so columns are named column_1 … column_n` });
      headerRow = -1;
    }
  }
  const width = lastCol - firstCol + 1;
  let info: SourceTableInfo;
  if (headerRow >= 0) {
    const texts = headerTexts(head, headerRow, firstCol, lastCol, merges);
    const unique = makeUniqueHeaders(texts);
    for (const rn of unique.renames) {
      warnings.add({
        code: 'header-renamed',
        file,
        sheet,
        row: headerRow + 1,
        column: rn.name,
        message: `header ${JSON.stringify(rn.original)} in column ${columnLetters(firstCol + rn.index)} renamed to "${rn.name}" (${rn.reason})`,
      });
    }
    info = { name: sheet, file, sheet, columns: unique.names, sourceColumns: texts, headerRow: headerRow + 1 };
    const titles = head.slice(0, headerRow).filter((r) => r.some((v) => v !== null)).length;
    if (titles > 0) warnings.add({ code: 'title-rows-skipped', file, sheet, message: `${titles} row(s) above the header row ${headerRow + 1} treated as titles` });
  } else {
    const cols = positionalHeaders(width);
    info = { name: sheet, file, sheet, columns: cols, sourceColumns: cols.map(() => '') };
  }
  yield { kind: 'table', info };

  let batch: SourceRow[] = [];
  let empty = 0;
  let next = headerRow + 1;
  for await (const rows of source.rows((r) => r > headerRow && r >= head.length)) {
    for (const row of rows) {
      const r = row.r;
      if (r <= headerRow) continue;
      // Rows with no cell at all are not in the file: they are the empty rows between.
      if (r > next) empty += r - next;
      next = Math.max(next, r + 1);
      const all = r < head.length ? (head[r] as SourceValue[]) : convertRow(ctx, r, row.cells);
      const values = new Array<SourceValue>(width);
      let filled = false;
      for (let c = 0; c < width; c++) {
        const v = all[firstCol + c] ?? null;
        if (typeof v === 'string' && v.length > limits.maxCellChars) {
          throw new ImportReadError(
            'cell-too-large',
            { file, sheet, row: r + 1, column: info.columns[c] ?? columnLetters(firstCol + c) },
            `cell is longer than ${limits.maxCellChars} characters`,
          );
        }
        values[c] = v;
        if (v !== null) filled = true;
      }
      if (!filled) {
        empty++;
        continue;
      }
      batch.push({ values, lineage: { file, sheet, row: r + 1 } });
      if (batch.length >= limits.batchSize) {
        throwIfAborted(ctx.signal, file);
        yield { kind: 'rows', rows: batch };
        batch = [];
      }
    }
  }
  if (batch.length) yield { kind: 'rows', rows: batch };
  if (empty) warnings.add({ code: 'empty-rows-skipped', file, sheet, message: `${empty} empty row(s) skipped in sheet "${sheet}"` });
}

/** SheetJS's dense rows (xls, xlsb, ods) as a sheet source: everything is already in memory. */
export function sheetJsSource(data: readonly (readonly CellObject[] | undefined)[], merges: readonly Merge[]): SheetSource {
  return {
    merges: () => merges,
    *rows() {
      const out: SheetRow[] = [];
      for (let r = 0; r < data.length; r++) {
        const cells = data[r];
        if (!cells) continue;
        let first = -1;
        let last = -1;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c];
          if (cell && cell.t !== 'z' && !(cell.t === 's' && cell.v === '')) {
            if (first < 0) first = c;
            last = c;
          }
        }
        out.push({ r, cells: cells as CellObject[], first, last });
        if (out.length >= 1000) yield out.splice(0, out.length);
      }
      if (out.length) yield out;
    },
  };
}
