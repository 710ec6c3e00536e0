// Entry point for the import pipeline: one call opens any supported file as source tables,
// choosing the reader from the file's real content (see detectFormat).

import { readCsv, type CsvOptions } from './csv';
import { detectFormat } from './format';
import type { SourceFile } from './source';
import { readSpreadsheet, type SpreadsheetOptions } from './spreadsheet';
import { readSqlDump, type SqlDumpOptions } from './sql-dump/reader';
import { readSqliteFile, type SqliteFileOptions } from './sqlite-file';

export type OpenSourceOptions = CsvOptions & SpreadsheetOptions & SqlDumpOptions & SqliteFileOptions;

export function openSource(path: string, options: OpenSourceOptions = {}): SourceFile {
  const { format } = detectFormat(path);
  switch (format) {
    case 'csv':
      return readCsv(path, options);
    case 'sql':
      return readSqlDump(path, options);
    case 'sqlite':
      return readSqliteFile(path, options);
    case 'xlsx':
    case 'xlsm':
    case 'xlsb':
    case 'xls':
    case 'ods':
      return readSpreadsheet(path, options);
  }
}

export { detectFormat, type DetectedFormat } from './format';
export { detectEncoding, type EncodingGuess, type TextEncoding } from './encoding';
export { ImportReadError, type ReadErrorCode, type ReadLocation } from './errors';
export { DEFAULT_LIMITS, type ReaderLimits } from './limits';
export { readAllTables, type Lineage, type SourceFile, type SourceFormat, type SourceRow, type SourceTable, type SourceTableInfo, type SourceValue } from './source';
export type { ReaderWarning, WarningCode } from './warnings';
export { readCsv, readSpreadsheet, readSqlDump, readSqliteFile };
