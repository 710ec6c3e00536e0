// The test table in an in-memory better-sqlite3 database, laid out like the customer mart:
// ISO TEXT dates, 0/1 booleans, a JSON attributes column.
import Database from 'better-sqlite3';

export interface TestRow {
  readonly id: number;
  readonly name: string | null;
  readonly tier: string | null;
  readonly spend: number | null;
  readonly spend_prev: number | null;
  readonly tenure: number | null;
  readonly signup: string | null;
  readonly active: boolean | null;
  readonly attrs: string | null;
}

export const TABLE = 'customer_mart';

export function openTestDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE ${TABLE} (
    id INTEGER PRIMARY KEY, name TEXT, tier TEXT, spend REAL, spend_prev REAL, tenure INTEGER,
    signup TEXT, active INTEGER, attrs TEXT)`);
  return db;
}

export function replaceRows(db: Database.Database, rows: readonly TestRow[]): void {
  const insert = db.prepare(
    `INSERT INTO ${TABLE} (id, name, tier, spend, spend_prev, tenure, signup, active, attrs)
     VALUES (@id, @name, @tier, @spend, @spend_prev, @tenure, @signup, @active, @attrs)`,
  );
  db.transaction(() => {
    db.exec(`DELETE FROM ${TABLE}`);
    for (const row of rows) insert.run({ ...row, active: row.active === null ? null : row.active ? 1 : 0 });
  })();
}

/** Ids of the rows matching a WHERE expression, ascending. */
export function idsWhere(db: Database.Database, where: string, params: readonly (string | number | null)[], alias?: string): number[] {
  const from = alias === undefined ? TABLE : `${TABLE} AS "${alias}"`;
  const rows = db.prepare(`SELECT id FROM ${from} WHERE ${where} ORDER BY id`).all(...params) as { id: number }[];
  return rows.map((r) => r.id);
}
