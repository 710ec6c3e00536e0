// Another application's SQLite database, opened read-only so importing can never change it.
// Tables are streamed in rowid order; integers beyond 2^53 arrive as exact decimal text.

import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { makeUniqueHeaders } from '../../../shared/import/headers';
import { ImportReadError, throwIfAborted } from './errors';
import { detectFormat } from './format';
import { resolveLimits } from './limits';
import type { ReaderEvent, ReaderOptions, SourceFile, SourceRow, SourceValue } from './source';
import { tablesFromEvents } from './source';
import { WarningLog } from './warnings';

export interface SqliteFileOptions extends ReaderOptions {
  tables?: readonly string[];
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function toSourceValue(v: unknown): SourceValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Uint8Array) return v;
  // better-sqlite3 yields only the types above.
  return null;
}

function openReadOnly(path: string, file: string): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
    // Fails here, not mid-import, when the file is damaged or encrypted.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new ImportReadError('corrupt', { file }, `the database cannot be opened (${msg})`, { cause: err });
  }
}

export function readSqliteFile(path: string, options: SqliteFileOptions = {}): SourceFile {
  const file = basename(path);
  const limits = resolveLimits(options.limits);
  const warnings = new WarningLog(limits.maxWarningsPerCode);
  const details = new Map<string, unknown>();
  if (detectFormat(path).format !== 'sqlite') throw new ImportReadError('format-mismatch', { file }, 'not a SQLite database');

  function* events(): Generator<ReaderEvent> {
    const db = openReadOnly(path, file);
    try {
      const tables = db
        .prepare<[], { name: string; sql: string | null }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")
        .all()
        .filter((t) => !options.tables || options.tables.includes(t.name));
      details.set(
        'tables',
        tables.map((t) => t.name),
      );
      for (const t of tables) {
        throwIfAborted(options.signal, file);
        const cols = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(t.name);
        const names = cols.map((c) => c.name);
        const unique = makeUniqueHeaders(names);
        yield { kind: 'table', info: { name: t.name, file, columns: unique.names, sourceColumns: names } };
        if (names.length === 0) continue;
        const withoutRowid = /\bWITHOUT\s+ROWID\b/i.test(t.sql ?? '');
        const virtual = /^\s*CREATE\s+VIRTUAL\b/i.test(t.sql ?? '');
        const order = withoutRowid || virtual ? '' : ' ORDER BY rowid';
        const stmt = db
          .prepare(`SELECT ${names.map(quoteIdent).join(', ')} FROM ${quoteIdent(t.name)}${order}`)
          .raw(true)
          .safeIntegers(true);
        let batch: SourceRow[] = [];
        let n = 0;
        for (const raw of stmt.iterate() as IterableIterator<unknown[]>) {
          n++;
          const values = raw.map(toSourceValue);
          for (let c = 0; c < values.length; c++) {
            const v = values[c];
            if ((typeof v === 'string' || v instanceof Uint8Array) && v.length > limits.maxCellChars) {
              throw new ImportReadError('cell-too-large', { file, sheet: t.name, row: n, column: unique.names[c] }, `cell is longer than ${limits.maxCellChars}`);
            }
          }
          batch.push({ values, lineage: { file, sheet: t.name, row: n } });
          if (batch.length >= limits.batchSize) {
            yield { kind: 'rows', rows: batch };
            batch = [];
            throwIfAborted(options.signal, file);
          }
        }
        if (batch.length) yield { kind: 'rows', rows: batch };
      }
    } finally {
      db.close();
    }
  }

  return { file, format: 'sqlite', warnings, details, tables: () => tablesFromEvents(events(), warnings) };
}
