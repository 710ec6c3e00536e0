// Writes converted rows into one canonical table. Table and column names come from the
// canonical whitelist only (the plan crossing from the worker is re-checked against it);
// every value is a bound parameter — or, for a batch whose values all follow from the raw
// rows just written (see row-mapper.ts), computed by SQLite from those rows.
//   append  – insert; a key already present is a rejected row ("use upsert").
//   upsert  – insert or update by key; empty cells never erase stored values; attributes merge.
//   replace – the orchestrator empties the table first, then rows are upserted.
// Tables without a text key (activities, surveys, …) upsert by their natural key: rows with
// the same key are deleted, then inserted.
import { canonicalTables, isCanonicalTable, type CanonicalField, type CanonicalTableName } from '../../../shared/domain/canonical-tables';
import type { ConvertedValue } from '../../../shared/import/convert';
import type { ImportMode } from '../../../shared/contract/domains/import';
import type { Db } from '../../store/database';
import type { SourceValue } from '../readers';
import { CONSTANT, SAME } from '../fast-convert';
import type { DerivedColumns, MappedBatch, RejectedCell } from '../row-mapper';
import { duplicateKey } from '../../../shared/import/reject-reasons';
import { derivationSql, derivedValue } from './derivations';
import { quoteIdent } from './identifiers';
import { MAX_PARAMS, type RawTableWriter } from './raw-table';

type Statement = ReturnType<Db['prepare']>;

export interface CanonicalWriter {
  /**
   * Writes a mapped batch; mapped row k came from source row mapped.indexes[k] of `raw` (flat,
   * `rawWidth` values a row) and has lineage row rowNumbers[mapped.indexes[k]]. Returns rows
   * written and rows refused by the table (duplicate keys in append mode).
   */
  write(mapped: MappedBatch, raw: readonly SourceValue[], rawWidth: number, rowNumbers: readonly number[]): { written: number; rejects: RejectedCell[] };
  /**
   * Writes a batch whose accepted rows follow from their raw rows (mapped.derived); the raw
   * table holds source row i at rowid `firstRowid + i`. One INSERT … SELECT per run of accepted
   * rows, so SQLite copies the values instead of this thread binding them a second time.
   */
  writeDerived(
    mapped: MappedBatch & { derived: DerivedColumns },
    firstRowid: number,
    /** The batch's raw cells, only asked for on the row-by-row paths (they may have to be unpacked). */
    raw: () => readonly SourceValue[],
    rawWidth: number,
    rowNumbers: readonly number[],
  ): { written: number; rejects: RejectedCell[] };
}

/** Rows per multi-row INSERT (see raw-table.ts): per-call overhead dominated single-row inserts. */
const CHUNK = 50;

function allowedColumns(target: CanonicalTableName): Set<string> {
  const fields = canonicalTables[target].fields as readonly CanonicalField[];
  return new Set([...fields.map((f) => f.writes ?? f.name), 'attributes']);
}

function isPrimaryKeyConflict(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function createCanonicalWriter(
  db: Db,
  target: CanonicalTableName,
  dbColumns: readonly string[],
  primaryIndex: readonly number[],
  mode: ImportMode,
  /** Source column feeding the key, for reject reports. */
  keySource: string | null,
  /** Where the same rows land untouched (derived batches are copied from it). */
  rawTable: Pick<RawTableWriter, 'name' | 'columns'>,
): CanonicalWriter {
  if (!isCanonicalTable(target)) throw new Error(`not a canonical table: ${String(target)}`);
  const allowed = allowedColumns(target);
  for (const c of dbColumns) if (!allowed.has(c)) throw new Error(`${target} has no column ${c}`);
  const spec = canonicalTables[target];
  const fields = spec.fields as readonly CanonicalField[];
  const table = quoteIdent(target);
  const cols = dbColumns.map(quoteIdent);
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  const insertInto = `INSERT INTO ${table} (${cols.join(', ')})`;
  const insertHead = `${insertInto} VALUES `;
  const width = dbColumns.length;
  const chunk = Math.max(1, Math.min(CHUNK, Math.floor(MAX_PARAMS / width)));
  const autoKey = 'autoKey' in spec ? spec.autoKey : undefined;
  const keyColumns = fields.filter((f) => f.key && !f.writes).map((f) => f.name);
  let conflict = '';
  let removeByKey: Statement | null = null;
  let removeSlots: number[] = [];
  if (mode !== 'append' && autoKey) {
    const present = keyColumns.filter((k) => dbColumns.includes(k));
    removeSlots = present.map((k) => dbColumns.indexOf(k));
    if (present.length) removeByKey = db.prepare(`DELETE FROM ${table} WHERE ${present.map((k) => `${quoteIdent(k)} IS ?`).join(' AND ')}`);
  } else if (mode !== 'append') {
    // One key column for most tables; order lines are keyed by order and line number.
    const key = keyColumns.length ? keyColumns : ['rowid'];
    const updates = dbColumns
      .filter((c) => !key.includes(c))
      .map((c) =>
        c === 'attributes'
          ? `"attributes" = CASE WHEN excluded."attributes" IS NULL THEN "attributes" WHEN "attributes" IS NULL THEN excluded."attributes" ELSE json_patch("attributes", excluded."attributes") END`
          : `${quoteIdent(c)} = coalesce(excluded.${quoteIdent(c)}, ${quoteIdent(c)})`,
      );
    conflict = ` ON CONFLICT (${key.map(quoteIdent).join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
  }
  const insert: Statement = db.prepare(insertHead + tuple + conflict);
  // Rows of one statement act like consecutive single-row statements (a later row's upsert sees
  // an earlier one's insert), except natural-key upserts, which must delete before each insert.
  const many: Statement | null = removeByKey ? null : db.prepare(insertHead + new Array<string>(chunk).fill(tuple).join(', ') + conflict);
  const params = new Array<unknown>(width);
  const manyParams = new Array<unknown>(width * chunk);
  const keySlot = keyColumns[0] ? dbColumns.indexOf(keyColumns[0]) : -1;
  const primary = dbColumns.map((_, c) => primaryIndex[c] ?? -1);
  const copies = new Map<string, Statement>();
  /** INSERT … SELECT for one combination of column kinds; CONSTANT columns are bound in order, then the rowid range. */
  const copyStatement = (kinds: readonly number[]): Statement => {
    const id = kinds.join('');
    let stmt = copies.get(id);
    if (!stmt) {
      const exprs = kinds.map((kind, c) => {
        if (kind === CONSTANT) return '?';
        const column = rawTable.columns[primary[c] ?? -1];
        if (column === undefined) throw new Error(`${target}.${dbColumns[c]} has no source column to copy`);
        return derivationSql(kind, quoteIdent(column));
      });
      // The WHERE clause also keeps SQLite from reading ON CONFLICT as a join constraint.
      stmt = db.prepare(`${insertInto} SELECT ${exprs.join(', ')} FROM ${quoteIdent(rawTable.name)} WHERE rowid BETWEEN ? AND ? ORDER BY rowid${conflict}`);
      copies.set(id, stmt);
    }
    return stmt;
  };
  const writer: CanonicalWriter = {
    writeDerived(mapped, firstRowid, raw, rawWidth, rowNumbers) {
      const { derived, indexes } = mapped;
      if (removeByKey) return writer.write(materialise(mapped, raw(), rawWidth), raw(), rawWidth, rowNumbers);
      const stmt = copyStatement(derived.kinds);
      const constants = derived.constants.filter((_, c) => derived.kinds[c] === CONSTANT);
      const n = constants.length;
      const params: unknown[] = [...constants, 0, 0];
      // Several statements when rows were refused: a duplicate key in a later one must undo the earlier ones before the row-by-row replay.
      const savepoint = mode === 'append' && indexes.length < rowNumbers.length;
      let k = 0;
      try {
        // A run at a time; rows refused by the mapper leave gaps that are not copied.
        if (savepoint) db.exec('SAVEPOINT derived_batch');
        while (k < indexes.length) {
          const from = indexes[k] as number;
          let to = from;
          while (k + 1 < indexes.length && indexes[k + 1] === to + 1) to = indexes[++k] as number;
          k++;
          params[n] = firstRowid + from;
          params[n + 1] = firstRowid + to;
          stmt.run(params);
        }
        if (savepoint) db.exec('RELEASE derived_batch');
        return { written: indexes.length, rejects: [] };
      } catch (error) {
        if (savepoint) db.exec('ROLLBACK TO derived_batch; RELEASE derived_batch');
        // The statement undid all its rows; the row-by-row path finds and reports the duplicates.
        if (mode !== 'append' || !isPrimaryKeyConflict(error)) throw error;
        const cells = raw();
        return writer.write(materialise(mapped, cells, rawWidth), cells, rawWidth, rowNumbers);
      }
    },
    write(mapped, raw, rawWidth, rowNumbers) {
      const rejects: RejectedCell[] = [];
      let written = 0;
      const { values, indexes } = mapped;
      const count = indexes.length;
      const fill = (into: unknown[], at: number, k: number): void => {
        const from = k * width;
        const source = (indexes[k] ?? 0) * rawWidth;
        for (let c = 0; c < width; c++) {
          const v = values[from + c];
          const p = primary[c] ?? -1;
          into[at + c] = v !== undefined ? v : p >= 0 ? (raw[source + p] ?? null) : null;
        }
      };
      const writeOne = (k: number): void => {
        fill(params, 0, k);
        if (removeByKey) removeByKey.run(removeSlots.map((s) => params[s]));
        try {
          insert.run(params);
          written++;
        } catch (error) {
          if (mode !== 'append' || !isPrimaryKeyConflict(error)) throw error;
          const key = keySlot >= 0 ? (params[keySlot] as ConvertedValue | SourceValue | undefined) : null;
          rejects.push({
            row: rowNumbers[indexes[k] ?? -1] ?? 0,
            column: keySource ?? keyColumns[0] ?? null,
            value: key === null || key === undefined ? null : key instanceof Uint8Array ? Buffer.from(key).toString('hex') : String(key),
            reason: duplicateKey(target, keyColumns[0] ?? 'key', keySource ?? null),
          });
        }
      };
      let k = 0;
      if (many) {
        for (; k + chunk <= count; k += chunk) {
          for (let j = 0; j < chunk; j++) fill(manyParams, j * width, k + j);
          try {
            many.run(manyParams);
            written += chunk;
          } catch (error) {
            // A failed statement undoes all its rows; replaying them one by one finds and reports the duplicates.
            if (mode !== 'append' || !isPrimaryKeyConflict(error)) throw error;
            for (let j = 0; j < chunk; j++) writeOne(k + j);
          }
        }
      }
      for (; k < count; k++) writeOne(k);
      return { written, rejects };
    },
  };
  /** The values a derived batch stands for, as the bound path takes them (its rejects are already noted). */
  const materialise = ({ derived, indexes }: MappedBatch & { derived: DerivedColumns }, raw: readonly SourceValue[], rawWidth: number): MappedBatch => {
    const values: (ConvertedValue | undefined)[] = new Array<ConvertedValue | undefined>(indexes.length * width);
    for (let k = 0; k < indexes.length; k++) {
      const from = (indexes[k] as number) * rawWidth;
      for (let c = 0; c < width; c++) {
        const kind = derived.kinds[c];
        const cell = raw[from + (primary[c] ?? 0)] ?? null;
        values[k * width + c] = kind === CONSTANT ? (derived.constants[c] ?? null) : derivedValue(kind ?? SAME, cell);
      }
    }
    return { width, values, indexes, rejects: [], rejectedRows: 0, derived: null };
  };
  return writer;
}
