// The one shape every reader produces, whatever the file: a sequence of source tables, each a
// stream of row batches carrying lineage back to the file, sheet and 1-based row/line.
//
// Tables are consumed in order: asking for the next table drains whatever is left of the
// current one (readers of SQL dumps and CSV share one underlying byte stream).

import type { ReaderLimits } from './limits';
import type { ReaderWarning, WarningLog } from './warnings';

export type SourceValue = string | number | null | Uint8Array;

export interface Lineage {
  file: string;
  sheet?: string;
  /** 1-based: spreadsheet row, text line where the record starts, or SQL line of the tuple. */
  row: number;
}

export interface SourceRow {
  values: SourceValue[];
  lineage: Lineage;
  /** Values beyond the header's width (ragged rows); kept, never dropped silently. */
  extra?: SourceValue[];
}

export type SourceFormat = 'csv' | 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods' | 'sqlite' | 'sql';

export interface SourceTableInfo {
  /** Table or sheet name. A SQL dump may yield the same name again when its rows are not contiguous: append. */
  name: string;
  file: string;
  sheet?: string;
  /** Safe, unique, tidy names (never use them as plain object keys anyway). */
  columns: readonly string[];
  /** Headers as found in the file, same length as `columns`. */
  sourceColumns: readonly string[];
  /** 1-based row of the header in the source, when there is one. */
  headerRow?: number;
}

export interface SourceTable extends SourceTableInfo {
  /** Batches of rows; can be iterated once. */
  rows(): AsyncIterable<SourceRow[]>;
  /** Shared with the file: grows while rows are read. */
  readonly warnings: WarningLog;
}

export interface SourceFile {
  file: string;
  format: SourceFormat;
  /** Text formats: the encoding used (detected or overridden). */
  encoding?: string;
  tables(): AsyncIterable<SourceTable>;
  readonly warnings: WarningLog;
  /** Format-specific facts (delimiter, dialect, skipped statements…), filled as reading proceeds. */
  readonly details: Map<string, unknown>;
}

export interface ReaderOptions {
  limits?: Partial<ReaderLimits>;
  signal?: AbortSignal;
}

export type ReaderEvent = { kind: 'table'; info: SourceTableInfo } | { kind: 'rows'; rows: SourceRow[] };

/** Turns a flat event stream (table, rows, rows, table, …) into nested, sequential tables. */
export async function* tablesFromEvents(events: AsyncIterator<ReaderEvent> | Iterator<ReaderEvent>, warnings: WarningLog): AsyncGenerator<SourceTable> {
  const state: { next: IteratorResult<ReaderEvent> } = { next: await events.next() };
  try {
    while (!state.next.done) {
      const ev = state.next.value;
      if (ev.kind !== 'table') throw new Error('reader emitted rows before a table');
      let started = false;
      let finished = false;
      const pull = async (): Promise<SourceRow[] | null> => {
        const n = await events.next();
        if (n.done || n.value.kind === 'table') {
          state.next = n;
          finished = true;
          return null;
        }
        return n.value.rows;
      };
      const table: SourceTable = {
        ...ev.info,
        warnings,
        rows: () => {
          if (started) throw new Error(`rows of "${ev.info.name}" were already read`);
          started = true;
          return {
            [Symbol.asyncIterator]: () => ({
              next: async (): Promise<IteratorResult<SourceRow[]>> => {
                if (finished) return { done: true, value: undefined };
                const rows = await pull();
                return rows === null ? { done: true, value: undefined } : { done: false, value: rows };
              },
            }),
          };
        },
      };
      yield table;
      while (!finished) await pull();
    }
  } finally {
    if (!state.next.done) await events.return?.();
  }
}

/** Convenience for tests and previews: every table with all its rows in memory. */
export async function readAllTables(source: SourceFile): Promise<{ info: SourceTableInfo; rows: SourceRow[] }[]> {
  const out: { info: SourceTableInfo; rows: SourceRow[] }[] = [];
  for await (const table of source.tables()) {
    const rows: SourceRow[] = [];
    for await (const batch of table.rows()) rows.push(...batch);
    const { name, file, sheet, columns, sourceColumns, headerRow } = table;
    out.push({ info: { name, file, sheet, columns, sourceColumns, headerRow }, rows });
  }
  return out;
}

export type { ReaderWarning };
