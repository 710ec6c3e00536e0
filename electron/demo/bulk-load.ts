// Bulk loading into SQLite: multi-row INSERTs and index builds deferred to the end. Both only
// change how fast rows arrive, never which rows or in what order.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/database';

type Value = string | number | null;

const ROWS_PER_BATCH = 100;

/**
 * Appends rows through multi-row INSERT statements: binding a hundred rows per call instead
 * of one cuts the per-statement overhead that dominates bulk loading. Rows keep their order,
 * so generated ids stay deterministic.
 */
export class BatchInserter {
  private readonly one: Statement<Value[]>;
  private readonly many: Statement<Value[]>;
  private readonly width: number;
  private readonly buffer: Value[] = [];
  rows = 0;

  constructor(db: Db, table: string, columns: readonly string[]) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.one = db.prepare(head + row);
    this.many = db.prepare(head + Array<string>(ROWS_PER_BATCH).fill(row).join(', '));
    this.width = columns.length;
  }

  add(values: readonly Value[]): void {
    for (const v of values) this.buffer.push(v);
    this.rows++;
    if (this.buffer.length === this.width * ROWS_PER_BATCH) {
      this.many.run(...this.buffer);
      this.buffer.length = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.buffer.length; i += this.width) this.one.run(...this.buffer.slice(i, i + this.width));
    this.buffer.length = 0;
  }
}

/**
 * Bulk loading into indexed tables updates every index row by row at random positions;
 * building each index once afterwards from the finished table is several times faster. The
 * definitions are read back from the schema itself, so they come back exactly as they were.
 * Call inside a transaction: if loading throws, the rollback brings the indexes back too.
 */
export function withIndexesDeferred<T>(db: Db, tables: readonly string[], load: () => T): T {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  const result = load();
  for (const index of indexes) db.exec(index.sql);
  return result;
}
