// Writes converted rows into one canonical table. Table and column names come from the
// canonical whitelist only (the plan crossing from the worker is re-checked against it);
// every value is a bound parameter.
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
import type { MappedBatch, RejectedCell } from '../row-mapper';
import { quoteIdent } from './identifiers';
import { MAX_PARAMS } from './raw-table';

type Statement = ReturnType<Db['prepare']>;

export interface CanonicalWriter {
  /**
   * Writes a mapped batch; mapped row k came from source row mapped.indexes[k] of `raw` (flat,
   * `rawWidth` values a row) and has lineage row rowNumbers[mapped.indexes[k]]. Returns rows
   * written and rows refused by the table (duplicate keys in append mode).
   */
  write(mapped: MappedBatch, raw: readonly SourceValue[], rawWidth: number, rowNumbers: readonly number[]): { written: number; rejects: RejectedCell[] };
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
): CanonicalWriter {
  if (!isCanonicalTable(target)) throw new Error(`not a canonical table: ${String(target)}`);
  const allowed = allowedColumns(target);
  for (const c of dbColumns) if (!allowed.has(c)) throw new Error(`${target} has no column ${c}`);
  const spec = canonicalTables[target];
  const fields = spec.fields as readonly CanonicalField[];
  const table = quoteIdent(target);
  const cols = dbColumns.map(quoteIdent);
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  const insertHead = `INSERT INTO ${table} (${cols.join(', ')}) VALUES `;
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
    const key = keyColumns[0] ?? 'rowid';
    const updates = dbColumns
      .filter((c) => c !== key)
      .map((c) =>
        c === 'attributes'
          ? `"attributes" = CASE WHEN excluded."attributes" IS NULL THEN "attributes" WHEN "attributes" IS NULL THEN excluded."attributes" ELSE json_patch("attributes", excluded."attributes") END`
          : `${quoteIdent(c)} = coalesce(excluded.${quoteIdent(c)}, ${quoteIdent(c)})`,
      );
    conflict = ` ON CONFLICT (${quoteIdent(key)}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
  }
  const insert: Statement = db.prepare(insertHead + tuple + conflict);
  // Rows of one statement act like consecutive single-row statements (a later row's upsert sees
  // an earlier one's insert), except natural-key upserts, which must delete before each insert.
  const many: Statement | null = removeByKey ? null : db.prepare(insertHead + new Array<string>(chunk).fill(tuple).join(', ') + conflict);
  const params = new Array<unknown>(width);
  const manyParams = new Array<unknown>(width * chunk);
  const keySlot = keyColumns[0] ? dbColumns.indexOf(keyColumns[0]) : -1;
  const primary = dbColumns.map((_, c) => primaryIndex[c] ?? -1);
  return {
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
            reason: `${target}.${keyColumns[0] ?? 'key'} ${JSON.stringify(key)} already exists (in the workspace or earlier in this import); use upsert to update it`,
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
}
