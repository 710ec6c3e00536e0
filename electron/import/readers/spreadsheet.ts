// Workbooks (xlsx, xlsm, xlsb, xls, ods), every sheet a source table. xlsx and xlsm are
// streamed (xlsx-reader.ts); the others go through SheetJS, which needs the whole file in
// memory, so zip-based ones are vetted for zip bombs first.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as XLSX from 'xlsx';
import { ImportReadError, throwIfAborted } from './errors';
import { detectFormat, type DetectedFormat } from './format';
import { resolveLimits } from './limits';
import { sheetJsSource, sheetTableEvents } from './spreadsheet-table';
import type { ReaderEvent, ReaderOptions, SourceFile } from './source';
import { tablesFromEvents } from './source';
import { WarningLog } from './warnings';
import { readXlsx } from './xlsx-reader';
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

/**
 * Any workbook through SheetJS, which reads the whole file into memory: legacy .xls, .xlsb and
 * .ods (xlsx and xlsm are streamed instead, see xlsx-reader.ts; tests compare both on xlsx).
 */
export function readSpreadsheetWithSheetJs(path: string, options: SpreadsheetOptions = {}, detected: DetectedFormat = detectFormat(path)): SourceFile {
  const file = basename(path);
  const limits = resolveLimits(options.limits);
  const warnings = new WarningLog(limits.maxWarningsPerCode);
  const details = new Map<string, unknown>();
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

  async function* events(): AsyncGenerator<ReaderEvent> {
    for (const sheet of wb.SheetNames) {
      if (options.sheets && !options.sheets.includes(sheet)) continue;
      throwIfAborted(options.signal, file);
      const ws = wb.Sheets[sheet];
      const source = sheetJsSource(ws?.['!data'] ?? [], ws?.['!merges'] ?? []);
      yield* sheetTableEvents({ file, sheet, date1904, header: options.header, limits, warnings, signal: options.signal }, source);
    }
  }

  return { file, format: detected.format, warnings, details, tables: () => tablesFromEvents(events(), warnings) };
}

export function readSpreadsheet(path: string, options: SpreadsheetOptions = {}): SourceFile {
  const detected = detectFormat(path);
  if (!['xlsx', 'xlsm', 'xlsb', 'xls', 'ods'].includes(detected.format)) {
    throw new ImportReadError('unsupported-format', { file: basename(path) }, `not a spreadsheet (${detected.format})`);
  }
  if (detected.format === 'xlsx' || detected.format === 'xlsm') return readXlsx(path, detected, options);
  return readSpreadsheetWithSheetJs(path, options, detected);
}
