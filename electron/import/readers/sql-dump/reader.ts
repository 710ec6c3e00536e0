// SQL dumps are parsed, never executed: CREATE TABLE gives column names, INSERT tuples and COPY
// lines become rows with their line number as lineage, and every other statement is counted
// by kind so the import report can say what was left out.

import { basename } from 'node:path';
import { makeUniqueHeaders, positionalHeaders } from '../../../../shared/import/headers';
import type { TextEncoding } from '../encoding';
import { ImportReadError, throwIfAborted } from '../errors';
import { resolveLimits } from '../limits';
import type { ReaderEvent, ReaderOptions, SourceFile, SourceRow, SourceTableInfo, SourceValue } from '../source';
import { tablesFromEvents } from '../source';
import { openText } from '../text-source';
import { WarningLog } from '../warnings';
import { parseCopyLine } from './copy-line';
import { detectDialect, type SqlDialect } from './dialect';
import { Lexer } from './lexer';
import { tableKey, unqualifiedKey } from './names';
import { StatementSplitter, type SplitItem } from './splitter';
import { parseCopyHead, parseCreateTable, parseInsertHead, readTuples, statementKind } from './statements';

export interface SqlDumpOptions extends ReaderOptions {
  encoding?: TextEncoding;
  dialect?: SqlDialect;
  /** Schema-only scripts read first for CREATE TABLE column names (e.g. sakila-schema.sql for sakila-data.sql). */
  schemaFiles?: readonly string[];
  /** Only these tables (matched case-insensitively); others are parsed but not emitted. */
  tables?: readonly string[];
  /**
   * List the tables a schema file declares but this file never fills (sakila's film_text), as
   * empty tables. Default true; false when several data files share the schema (see
   * readerOptionsPerFile), where one file cannot tell which tables the others fill.
   */
  listSchemaTables?: boolean;
}

interface TableDef {
  name: string;
  columns: string[];
  partitionOf?: string;
  /** Declared in a schema file rather than in the dump itself. */
  fromSchema?: boolean;
  /** Filled under another name (a bare name for a qualified declaration). */
  filledAs?: string;
}

interface Current {
  key: string;
  info: SourceTableInfo;
  /** Insert column → table column index, or null when positional. */
  map: number[] | null;
  width: number;
}

async function* splitFile(
  path: string,
  file: string,
  dialect: SqlDialect | undefined,
  encoding: TextEncoding | undefined,
  maxStatementChars: number,
  onDialect: (d: SqlDialect) => void,
): AsyncGenerator<SplitItem[]> {
  const text = openText(path, file, encoding);
  const d = dialect ?? detectDialect(text.sampleText.slice(0, 256 * 1024));
  onDialect(d);
  const splitter = new StatementSplitter({ dialect: d, file, maxStatementChars });
  for await (const chunk of text.chunks()) yield splitter.feed(chunk, false);
  yield splitter.feed('', true);
}

export function readSqlDump(path: string, options: SqlDumpOptions = {}): SourceFile {
  const file = basename(path);
  const limits = resolveLimits(options.limits);
  const warnings = new WarningLog(limits.maxWarningsPerCode);
  const details = new Map<string, unknown>();
  const skipped = new Map<string, number>();
  const rowsPerTable = new Map<string, number>();
  const only = options.tables ? new Set(options.tables.map(tableKey)) : null;
  details.set('skippedStatements', skipped);
  details.set('rowsPerTable', rowsPerTable);
  let dialect: SqlDialect = options.dialect ?? 'sqlite';

  const catalog = new Map<string, TableDef>();
  const count = (kind: string): void => {
    skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
  };

  function define(def: TableDef): void {
    const key = tableKey(def.name);
    // A dump re-declaring a schema file's table (or a partition) replaces it: the dump is the truth.
    def.fromSchema ??= false;
    if (def.partitionOf) {
      const parent = catalog.get(tableKey(def.partitionOf));
      def.columns = parent ? parent.columns : def.columns;
    }
    catalog.set(key, def);
  }

  async function readSchema(schemaPath: string): Promise<void> {
    const schemaFile = basename(schemaPath);
    for await (const items of splitFile(schemaPath, schemaFile, options.dialect, options.encoding, limits.maxStatementChars, () => undefined)) {
      for (const it of items) {
        if (it.kind !== 'statement') continue;
        const lx = new Lexer(it.text, it.line, dialect);
        if (statementKind(lx) === 'CREATE TABLE') {
          const def = parseCreateTable(lx);
          if (def) define({ ...def, fromSchema: true });
        }
      }
    }
  }

  async function* events(): AsyncGenerator<ReaderEvent> {
    const emitted = new Set<string>();
    let current: Current | null = null;
    let batch: SourceRow[] = [];
    let copy: { key: string; delimiter: string; columns: string[] | null; ok: boolean } | null = null;
    const splits = splitFile(path, file, options.dialect, options.encoding, limits.maxStatementChars, (d) => {
      dialect = d;
      details.set('dialect', d);
    });
    // The dialect is known once the first chunk has been sniffed, so schema files are read after it.
    const first = await splits.next();
    for (const schemaPath of options.schemaFiles ?? []) await readSchema(schemaPath);

    /** Switches the current table when needed; returns the events to emit first. */
    /**
     * The declared table rows go to. A data-only dump names tables bare (`customer`) while the
     * schema script that declared them qualified them with the database (`musicstore`.`customer`),
     * or the other way round: the one declared table with the same last name part is the same table.
     */
    function declared(name: string): { key: string; def: TableDef | undefined } {
      const key = tableKey(name);
      const exact = catalog.get(key);
      if (exact) return { key, def: exact };
      const bare = unqualifiedKey(name);
      const same = [...catalog.values()].filter((d) => unqualifiedKey(d.name) === bare);
      const found = same.length === 1 ? same[0] : undefined;
      if (!found || found.partitionOf) return { key, def: undefined };
      // Rows keep the name the dump gives them (what the preview showed); the declaration is not
      // listed again as an empty table.
      found.filledAs = key;
      const def: TableDef = { name, columns: [...found.columns] };
      catalog.set(key, def);
      return { key, def };
    }

    function* target(name: string, insertColumns: string[] | null, width: number, line: number): Generator<ReaderEvent, Current | null> {
      let { key, def } = declared(name);
      if (def?.partitionOf) {
        const parentKey = tableKey(def.partitionOf);
        warnings.add({ code: 'partition-rows', file, row: line, message: `rows of partition "${def.name}" are read as rows of "${def.partitionOf}"` });
        key = parentKey;
        def = catalog.get(parentKey) ?? { name: def.partitionOf, columns: def.columns };
      }
      if (only && !only.has(key)) return null;
      if (!def) {
        const columns = insertColumns ?? positionalHeaders(width);
        if (!insertColumns)
          warnings.add({
            code: 'no-column-names',
            file,
            row: line,
            message: `no CREATE TABLE for "${name}" before its rows: columns named column_1 … column_${width} (pass the schema file to get names)`,
          });
        def = { name, columns };
        catalog.set(key, def);
      }
      let map: number[] | null = null;
      if (insertColumns) {
        const index = new Map(def.columns.map((c, i) => [c.toLowerCase(), i] as const));
        const unknown = insertColumns.filter((c) => !index.has(c.toLowerCase()));
        if (unknown.length) {
          warnings.add({ code: 'unknown-columns', file, row: line, message: `"${def.name}" gets columns not in its CREATE TABLE: ${unknown.join(', ')}` });
          def.columns = [...def.columns, ...unknown];
          unknown.forEach((c, k) => index.set(c.toLowerCase(), def.columns.length - unknown.length + k));
        }
        map = insertColumns.map((c) => index.get(c.toLowerCase()) ?? -1);
        if (map.every((v, i) => v === i) && map.length === def.columns.length) map = null;
      }
      if (current && current.key === key && current.info.columns.length === def.columns.length) {
        current.map = map;
        return current;
      }
      if (batch.length) {
        yield { kind: 'rows', rows: batch };
        batch = [];
      }
      const unique = makeUniqueHeaders(def.columns);
      const info: SourceTableInfo = { name: def.name, file, columns: unique.names, sourceColumns: [...def.columns] };
      emitted.add(key);
      current = { key, info, map, width: def.columns.length };
      yield { kind: 'table', info };
      return current;
    }

    function addRow(cur: Current, values: SourceValue[], line: number): void {
      let row: SourceRow;
      if (cur.map) {
        const placed = new Array<SourceValue>(cur.width).fill(null);
        cur.map.forEach((to, from) => {
          if (to >= 0) placed[to] = values[from] ?? null;
        });
        row = { values: placed, lineage: { file, sheet: cur.info.name, row: line } };
      } else {
        row = { values: values.length === cur.width ? values : values.slice(0, cur.width), lineage: { file, sheet: cur.info.name, row: line } };
        if (values.length !== cur.width) {
          warnings.add({
            code: 'ragged-row',
            file,
            sheet: cur.info.name,
            row: line,
            message: `line ${line}: "${cur.info.name}" has ${cur.width} columns but the row has ${values.length} values`,
          });
          while (row.values.length < cur.width) row.values.push(null);
          if (values.length > cur.width) row.extra = values.slice(cur.width);
        }
      }
      for (let c = 0; c < row.values.length; c++) {
        const v = row.values[c];
        if ((typeof v === 'string' || v instanceof Uint8Array) && v.length > limits.maxCellChars) {
          throw new ImportReadError('cell-too-large', { file, sheet: cur.info.name, row: line, column: cur.info.columns[c] }, `value is longer than ${limits.maxCellChars}`);
        }
      }
      rowsPerTable.set(cur.info.name, (rowsPerTable.get(cur.info.name) ?? 0) + 1);
      batch.push(row);
    }

    function* handleStatement(text: string, line: number): Generator<ReaderEvent> {
      if (text.trim() === '') return;
      const lx = new Lexer(text, line, dialect);
      const kind = statementKind(lx);
      if (kind === 'CREATE TABLE') {
        const def = parseCreateTable(lx);
        if (def) define(def);
        else count('CREATE TABLE (unparsed)');
        return;
      }
      if (kind === 'INSERT' || kind === 'REPLACE') {
        const head = parseInsertHead(lx);
        if (!head.ok) {
          count(head.kind);
          return;
        }
        let cur: Current | null | undefined;
        for (const tuple of readTuples(lx)) {
          if (cur === undefined) cur = yield* target(head.head.name, head.head.columns, tuple.values.length, tuple.line);
          if (cur === null) continue;
          if (tuple.issue) {
            warnings.add({
              code: tuple.issue === 'default' ? 'default-value' : 'expression-value',
              file,
              sheet: cur.info.name,
              row: tuple.line,
              message: tuple.issue === 'default' ? `line ${tuple.line}: DEFAULT read as empty` : `line ${tuple.line}: a computed value is kept as its SQL text`,
            });
          }
          addRow(cur, tuple.values, tuple.line);
          if (batch.length >= limits.batchSize) {
            yield { kind: 'rows', rows: batch };
            batch = [];
          }
        }
        return;
      }
      if (kind === 'COPY') {
        const head = parseCopyHead(lx);
        if (!head) {
          count('COPY (unparsed)');
          return;
        }
        if (!head.textFormat) warnings.add({ code: 'unsupported-copy-format', file, row: line, message: `COPY into "${head.name}" is not in text format: its rows are skipped` });
        copy = { key: head.name, delimiter: head.delimiter, columns: head.columns, ok: head.textFormat };
        return;
      }
      count(kind);
    }

    function* handle(items: SplitItem[]): Generator<ReaderEvent> {
      for (const it of items) {
        switch (it.kind) {
          case 'statement':
            yield* handleStatement(it.text, it.line);
            break;
          case 'client':
            count(it.command);
            break;
          case 'copy-data': {
            if (!copy?.ok) break;
            const values = parseCopyLine(it.text, copy.delimiter);
            const cur = yield* target(copy.key, copy.columns, values.length, it.line);
            if (cur) addRow(cur, values, it.line);
            if (batch.length >= limits.batchSize) {
              yield { kind: 'rows', rows: batch };
              batch = [];
            }
            break;
          }
          case 'copy-end':
            copy = null;
            break;
        }
      }
    }

    if (!first.done) yield* handle(first.value);
    for await (const items of splits) {
      throwIfAborted(options.signal, file);
      yield* handle(items);
    }
    if (batch.length) yield { kind: 'rows', rows: batch };
    // Tables declared but never filled (sakila's film_text) still exist, with no rows.
    for (const [key, def] of catalog) {
      if (emitted.has(key) || def.partitionOf || def.filledAs || (only && !only.has(key))) continue;
      if (def.fromSchema && options.listSchemaTables === false) continue;
      const unique = makeUniqueHeaders(def.columns);
      yield { kind: 'table', info: { name: def.name, file, columns: unique.names, sourceColumns: [...def.columns] } };
    }
  }

  return {
    file,
    format: 'sql',
    warnings,
    details,
    tables: () => tablesFromEvents(events(), warnings),
  };
}
