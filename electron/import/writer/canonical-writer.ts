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
import type { RejectedCell } from '../row-mapper';
import { quoteIdent } from './identifiers';

type Statement = ReturnType<Db['prepare']>;

export interface CanonicalWriter {
  /** Returns rows written and rows refused by the table (duplicate keys in append mode). */
  /** rows[i] came from raw[indexes[i]], source row rowNumbers[indexes[i]]. */
  write(rows: readonly (ConvertedValue | undefined)[][], indexes: readonly number[], raw: readonly SourceValue[][], rowNumbers: readonly number[]): { written: number; rejects: RejectedCell[] };
  /** Index of customer_id in each written row (-1 when the table has none). */
  readonly customerSlot: number;
}

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
  const insertSql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  const autoKey = 'autoKey' in spec ? spec.autoKey : undefined;
  const keyColumns = fields.filter((f) => f.key && !f.writes).map((f) => f.name);
  let insert: Statement;
  let removeByKey: Statement | null = null;
  let removeSlots: number[] = [];
  if (mode === 'append') {
    insert = db.prepare(insertSql);
  } else if (autoKey) {
    insert = db.prepare(insertSql);
    const present = keyColumns.filter((k) => dbColumns.includes(k));
    removeSlots = present.map((k) => dbColumns.indexOf(k));
    if (present.length) removeByKey = db.prepare(`DELETE FROM ${table} WHERE ${present.map((k) => `${quoteIdent(k)} IS ?`).join(' AND ')}`);
  } else {
    const key = keyColumns[0] ?? 'rowid';
    const updates = dbColumns
      .filter((c) => c !== key)
      .map((c) =>
        c === 'attributes'
          ? `"attributes" = CASE WHEN excluded."attributes" IS NULL THEN "attributes" WHEN "attributes" IS NULL THEN excluded."attributes" ELSE json_patch("attributes", excluded."attributes") END`
          : `${quoteIdent(c)} = coalesce(excluded.${quoteIdent(c)}, ${quoteIdent(c)})`,
      );
    insert = db.prepare(`${insertSql} ON CONFLICT (${quoteIdent(key)}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`);
  }
  const width = dbColumns.length;
  const params = new Array<unknown>(width);
  const keySlot = keyColumns[0] ? dbColumns.indexOf(keyColumns[0]) : -1;
  return {
    customerSlot: dbColumns.indexOf('customer_id'),
    write(rows, indexes, raw, rowNumbers) {
      const rejects: RejectedCell[] = [];
      let written = 0;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as (ConvertedValue | undefined)[];
        const at = indexes[i] ?? -1;
        const source = raw[at] ?? [];
        for (let c = 0; c < width; c++) {
          const v = row[c];
          params[c] = v === undefined ? (source[primaryIndex[c] ?? -1] ?? null) : v;
        }
        if (removeByKey) removeByKey.run(removeSlots.map((s) => params[s]));
        try {
          insert.run(params);
          written++;
        } catch (error) {
          if (mode !== 'append' || !isPrimaryKeyConflict(error)) throw error;
          const key = keySlot >= 0 ? (params[keySlot] as ConvertedValue | SourceValue | undefined) : null;
          rejects.push({
            row: rowNumbers[at] ?? 0,
            column: keySource ?? keyColumns[0] ?? null,
            value: key === null || key === undefined ? null : key instanceof Uint8Array ? Buffer.from(key).toString('hex') : String(key),
            reason: `${target}.${keyColumns[0] ?? 'key'} ${JSON.stringify(key)} already exists (in the workspace or earlier in this import); use upsert to update it`,
          });
        }
      }
      return { written, rejects };
    },
  };
}
