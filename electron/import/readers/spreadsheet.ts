// Workbooks (xlsx, xlsm, xlsb, xls, ods) through SheetJS, every sheet a source table. SheetJS
// needs the whole file in memory, so zip-based files are vetted for zip bombs first.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as XLSX from 'xlsx';
import { makeUniqueHeaders, positionalHeaders } from '../../../shared/import/headers';
import { ImportReadError, throwIfAborted } from './errors';
import { detectFormat } from './format';
import { resolveLimits, type ReaderLimits } from './limits';
import { cellValue } from './spreadsheet-cells';
import { findHeaderRow, headerTexts, rowIsHeader, type Merge } from './spreadsheet-header';
import type { ReaderEvent, ReaderOptions, SourceFile, SourceRow, SourceTableInfo, SourceValue } from './source';
import { tablesFromEvents } from './source';
import { WarningLog } from './warnings';
import { checkZipSafety } from './zip-directory';

export interface SpreadsheetOptions extends ReaderOptions {
  /** Only these sheets (by name); default all. */
  sheets?: readonly string[];
  /** 'auto' (default) finds the header row below any title rows. */
  header?: boolean | 'auto';
}

export interface SheetDetails {
  name: string;
  hidden: boolean;
  rows: number;
}

function parseWorkbook(buf: Buffer, file: string): XLSX.WorkBook {
  try {
    return XLSX.read(buf, {
      type: 'buffer',
      dense: true,
      cellDates: false,
      cellNF: true,
      cellText: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(msg)) {
      throw new ImportReadError('encrypted', { file }, 'the workbook is password-protected; remove the password and save again', { cause: err });
    }
    throw new ImportReadError('corrupt', { file }, `the workbook cannot be read (${msg.slice(0, 120)}); it may be truncated or damaged`, { cause: err });
  }
}

function cellTooLarge(v: SourceValue, limits: ReaderLimits): boolean {
  return typeof v === 'string' && v.length > limits.maxCellChars;
}

export function readSpreadsheet(path: string, options: SpreadsheetOptions = {}): SourceFile {
  const file = basename(path);
  const limits = resolveLimits(options.limits);
  const warnings = new WarningLog(limits.maxWarningsPerCode);
  const details = new Map<string, unknown>();
  const detected = detectFormat(path);
  if (!['xlsx', 'xlsm', 'xlsb', 'xls', 'ods'].includes(detected.format)) {
    throw new ImportReadError('unsupported-format', { file }, `not a spreadsheet (${detected.format})`);
  }
  const buf = readFileSync(path);
  if (detected.container === 'zip') checkZipSafety(buf, file, limits.zip);
  const wb = parseWorkbook(buf, file);
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const sheetProps = wb.Workbook?.Sheets ?? [];
  details.set('date1904', date1904);
  details.set(
    'sheets',
    wb.SheetNames.map((name, i): SheetDetails => ({ name, hidden: (sheetProps[i]?.Hidden ?? 0) !== 0, rows: wb.Sheets[name]?.['!data']?.length ?? 0 })),
  );

  function* sheetEvents(sheet: string): Generator<ReaderEvent> {
    const ws = wb.Sheets[sheet];
    const data: (XLSX.CellObject[] | undefined)[] = ws?.['!data'] ?? [];
    const merges = (ws?.['!merges'] ?? []) as Merge[];
    const convertRow = (r: number): SourceValue[] => {
      const raw = data[r];
      if (!raw) return [];
      const out: SourceValue[] = new Array<SourceValue>(raw.length);
      for (let c = 0; c < raw.length; c++) {
        const res = cellValue(raw[c], date1904);
        out[c] = res.value;
        if (res.issue === 'error-value') {
          warnings.add({
            code: 'excel-error-value',
            file,
            sheet,
            row: r + 1,
            message: `${XLSX.utils.encode_cell({ r, c })} holds an Excel error (${String(raw[c]?.w ?? raw[c]?.v ?? '')}); read as empty`,
          });
        } else if (res.issue === 'fictional-date') {
          warnings.add({ code: 'fictional-date', file, sheet, row: r + 1, message: `${XLSX.utils.encode_cell({ r, c })} is 1900-02-29, a date Excel invents; read as empty` });
        } else if (res.issue === 'precision-loss') {
          warnings.add({
            code: 'precision-loss',
            file,
            sheet,
            row: r + 1,
            message: `${XLSX.utils.encode_cell({ r, c })} is a number beyond 15 significant digits; Excel has already rounded it (store IDs as text)`,
          });
        }
      }
      return out;
    };

    const head: SourceValue[][] = [];
    for (let r = 0; r < Math.min(data.length, 30); r++) head.push(convertRow(r));
    let headerRow = options.header === false ? -1 : findHeaderRow(head, merges);
    let firstCol = Infinity;
    let lastCol = -1;
    const scanFrom = Math.max(0, headerRow);
    for (let r = scanFrom; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && cell.t !== 'z' && !(cell.t === 's' && cell.v === '')) {
          if (c < firstCol) firstCol = c;
          if (c > lastCol) lastCol = c;
        }
      }
    }
    if (lastCol < 0) {
      warnings.add({ code: 'empty-sheet', file, sheet, message: `sheet "${sheet}" has no data` });
      yield { kind: 'table', info: { name: sheet, file, sheet, columns: [], sourceColumns: [] } };
      return;
    }
    if (lastCol - firstCol + 1 > limits.maxColumns) {
      throw new ImportReadError('too-many-columns', { file, sheet }, `${lastCol - firstCol + 1} columns (limit ${limits.maxColumns})`);
    }
    if (options.header === 'auto' || options.header === undefined) {
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
          message: `header ${JSON.stringify(rn.original)} in column ${XLSX.utils.encode_col(firstCol + rn.index)} renamed to "${rn.name}" (${rn.reason})`,
        });
      }
      info = { name: sheet, file, sheet, columns: unique.names, sourceColumns: texts, headerRow: headerRow + 1 };
      const titles = head.slice(0, headerRow).filter((r) => r.some((v) => v !== null)).length;
      if (titles > 0) {
        warnings.add({ code: 'title-rows-skipped', file, sheet, message: `${titles} row(s) above the header row ${headerRow + 1} treated as titles` });
      }
    } else {
      const cols = positionalHeaders(width);
      info = { name: sheet, file, sheet, columns: cols, sourceColumns: cols.map(() => '') };
    }
    yield { kind: 'table', info };

    let batch: SourceRow[] = [];
    let empty = 0;
    for (let r = headerRow + 1; r < data.length; r++) {
      const all = r < head.length ? (head[r] as SourceValue[]) : convertRow(r);
      const values = new Array<SourceValue>(width);
      let filled = false;
      for (let c = 0; c < width; c++) {
        const v = all[firstCol + c] ?? null;
        if (cellTooLarge(v, limits)) {
          throw new ImportReadError(
            'cell-too-large',
            { file, sheet, row: r + 1, column: info.columns[c] ?? XLSX.utils.encode_col(firstCol + c) },
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
        throwIfAborted(options.signal, file);
        yield { kind: 'rows', rows: batch };
        batch = [];
      }
    }
    if (batch.length) yield { kind: 'rows', rows: batch };
    if (empty) warnings.add({ code: 'empty-rows-skipped', file, sheet, message: `${empty} empty row(s) skipped in sheet "${sheet}"` });
  }

  function* events(): Generator<ReaderEvent> {
    for (const sheet of wb.SheetNames) {
      if (options.sheets && !options.sheets.includes(sheet)) continue;
      throwIfAborted(options.signal, file);
      yield* sheetEvents(sheet);
    }
  }

  return { file, format: detected.format, warnings, details, tables: () => tablesFromEvents(events(), warnings) };
}
