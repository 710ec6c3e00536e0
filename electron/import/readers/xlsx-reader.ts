// xlsx and xlsm workbooks, streamed: the package's small parts are read at open, the shared
// strings once (compactly), and each sheet's XML is inflated and parsed as it is consumed, so
// memory stays flat however many rows a sheet has. Results equal SheetJS's whole-workbook read
// (test/unit/import/xlsx-streaming.test.ts compares them cell by cell).

import { basename } from 'node:path';
import { ImportReadError, throwIfAborted } from './errors';
import type { DetectedFormat } from './format';
import { resolveLimits } from './limits';
import type { SheetDetails, SpreadsheetOptions } from './spreadsheet';
import { sheetTableEvents, type SheetSource } from './spreadsheet-table';
import type { ReaderEvent, SourceFile } from './source';
import { tablesFromEvents } from './source';
import { WarningLog } from './warnings';
import { cellFormats, packageParts, relationships, relsPathOf, workbookFacts } from './xlsx-parts';
import { readSharedStrings, SharedStrings } from './xlsx-shared-strings';
import { SheetParser, sheetRows } from './xlsx-sheet';
import { ZipFile } from './zip-file';
import type { ZipEntry } from './zip-directory';

/** Parts up to this declared size are test-inflated at open (as before); larger ones are checked while streamed. */
const TEST_INFLATE_MAX = 16 * 1024 * 1024;
const DIMENSION = /<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']+)["']/;

interface PlannedSheet {
  details: SheetDetails;
  /** The worksheet part, or null for chart/dialog sheets and missing parts (read as empty, as before). */
  entry: ZipEntry | null;
}

function declaredRows(zip: ZipFile, entry: ZipEntry): number {
  const head = zip.peek(entry, 16 * 1024).toString('utf8');
  const stop = head.indexOf('sheetData');
  const m = DIMENSION.exec(stop >= 0 ? head.slice(0, stop) : head);
  const last = m ? /(\d+)\s*$/.exec(m[1] as string) : null;
  return last ? Number(last[1]) : 0;
}

export function readXlsx(path: string, detected: DetectedFormat, options: SpreadsheetOptions = {}): SourceFile {
  const file = basename(path);
  const limits = resolveLimits(options.limits);
  const warnings = new WarningLog(limits.maxWarningsPerCode);
  const details = new Map<string, unknown>();
  const zip = new ZipFile(path, file, limits.zip);
  for (const entry of zip.entries) if (entry.uncompressedSize <= TEST_INFLATE_MAX && !entry.name.endsWith('/')) zip.read(entry);

  const part = (name: string | undefined): Buffer | undefined => {
    const entry = name ? zip.entry(name) : undefined;
    return entry ? zip.read(entry) : undefined;
  };
  const parts = packageParts(part('[Content_Types].xml'));
  const workbookXml = part(parts.workbook);
  if (!workbookXml) throw new ImportReadError('corrupt', { file }, 'the workbook cannot be read (no workbook part); it may be truncated or damaged');
  const book = workbookFacts(workbookXml);
  const rels = relationships(part(relsPathOf(parts.workbook)), parts.workbook);
  const formats = cellFormats(part(parts.styles));
  const planned: PlannedSheet[] = book.sheets.map((s, i) => {
    const rel = s.relId ? rels.get(s.relId) : undefined;
    const worksheet = rel ? /\/worksheet$/.test(rel.type) : true;
    const entry = worksheet ? (zip.entry(rel?.target ?? `xl/worksheets/sheet${i + 1}.xml`) ?? null) : null;
    return { details: { name: s.name, hidden: s.hidden, rows: entry ? declaredRows(zip, entry) : 0 }, entry };
  });
  details.set('date1904', book.date1904);
  details.set(
    'sheets',
    planned.map((p) => p.details),
  );

  async function* events(): AsyncGenerator<ReaderEvent> {
    const sstEntry = parts.sharedStrings ? zip.entry(parts.sharedStrings) : undefined;
    const strings = sstEntry ? await readSharedStrings(zip.stream(sstEntry, options.signal)) : new SharedStrings();
    for (const p of planned) {
      const sheet = p.details.name;
      if (options.sheets && !options.sheets.includes(sheet)) continue;
      throwIfAborted(options.signal, file);
      const entry = p.entry;
      let parser: SheetParser | null = null;
      const source: SheetSource = {
        merges: () => parser?.merges ?? [],
        rows: (wantValues) => {
          if (!entry) return sheetRows([], new SheetParser({ strings, formats, date1904: book.date1904 }, wantValues));
          parser = new SheetParser({ strings, formats, date1904: book.date1904 }, wantValues);
          return sheetRows(zip.stream(entry, options.signal), parser);
        },
      };
      yield* sheetTableEvents(
        {
          file,
          sheet,
          date1904: book.date1904,
          header: options.header,
          limits,
          warnings,
          signal: options.signal,
          onRowCount: (rows) => (p.details.rows = rows),
        },
        source,
      );
    }
  }

  return { file, format: detected.format, warnings, details, tables: () => tablesFromEvents(events(), warnings) };
}
