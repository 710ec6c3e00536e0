// The tables of a dashboard file (*.churndash) and the one function that writes their DDL: the
// writer creates every table with it, and the reader rebuilds the DDL from each table's
// columns and compares it with sqlite_schema, so a table with a hidden constraint, default,
// generated column or a name it should not have is refused before anything is read.
import { createHash, type Hash } from 'node:crypto';
import type { Db } from '../database';

export const DASHBOARD_FILE_FORMAT = 1;

export type ColumnType = 'TEXT' | 'NUMERIC' | 'INTEGER';

export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
}

export const MANIFEST_TABLE = 'manifest';
export const FIXED_TABLES: Record<string, readonly TableColumn[]> = {
  manifest: [
    { name: 'key', type: 'TEXT' },
    { name: 'value', type: 'TEXT' },
  ],
  dashboards: [
    { name: 'idx', type: 'INTEGER' },
    { name: 'name', type: 'TEXT' },
    { name: 'spec', type: 'TEXT' },
  ],
  catalog: [
    { name: 'kind', type: 'TEXT' },
    { name: 'source', type: 'TEXT' },
    { name: 'id', type: 'TEXT' },
    { name: 'def', type: 'TEXT' },
  ],
};

/** Data tables the file may hold besides the fixed ones. */
export const DATA_TABLE = /^(cube_customer|cube_churn_month|cube_cohort_month|list_[1-9][0-9]{0,2}|km_[1-9][0-9]{0,2})$/;
/** Column names of data tables (the group size is `_customers`). */
export const COLUMN_NAME = /^(_customers|[a-z][a-z0-9_]*)$/;

const CONSTRAINTS: Record<string, string> = {
  manifest: ', PRIMARY KEY (key)',
  dashboards: ', PRIMARY KEY (idx)',
};

/** CREATE TABLE of a file's table; the only constraints are the fixed tables' primary keys. */
export function createTableSql(name: string, columns: readonly TableColumn[]): string {
  const body = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  const constraint = Object.prototype.hasOwnProperty.call(CONSTRAINTS, name) ? CONSTRAINTS[name] : '';
  return `CREATE TABLE "${name}" (${body}${constraint ?? ''})`;
}

/** Columns of a table as SQLite reports them (hidden and generated columns included). */
export function tableColumns(db: Db, name: string): { name: string; type: string; hidden: number }[] {
  return db.prepare('SELECT name, type, hidden FROM pragma_table_xinfo(?) ORDER BY cid').all(name) as { name: string; type: string; hidden: number }[];
}

function hashTable(db: Db, name: string, hash: Hash): void {
  hash.update(`\u0000table ${name}\n`);
  const order = name === MANIFEST_TABLE ? 'ORDER BY key' : 'ORDER BY rowid';
  const where = name === MANIFEST_TABLE ? "WHERE key <> 'checksum'" : '';
  for (const row of db.prepare(`SELECT * FROM "${name}" ${where} ${order}`).raw(true).iterate() as Iterable<unknown[]>) {
    hash.update(JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? `blob:${v.toString('hex')}` : typeof v === 'bigint' ? `big:${v.toString()}` : v))));
    hash.update('\n');
  }
}

/**
 * SHA-256 (hex) over every table's rows in a fixed order (tables by name, rows by rowid; the
 * manifest by key without its checksum). The writer computes it over what it wrote; the reader
 * recomputes it over what it reads: a changed row, a dropped or added row, or a changed manifest
 * value no longer matches.
 */
export function fileChecksum(db: Db, tables: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of [...tables].sort()) hashTable(db, name, hash);
  return hash.digest('hex');
}
