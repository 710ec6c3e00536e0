// The test table in an in-memory better-sqlite3 database, laid out like the customer mart:
// ISO TEXT dates, 0/1 booleans, a JSON attributes column, a customer key; and the static lists
// of saved segments (segment_list_members).
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

/** Awkward but distinct customer keys (quotes, LIKE wildcards, SQL, spaces, CJK, astral). */
const KEY_PREFIXES = ['c', "'", '"', '%', '_', ' ', '华', '😀', "x'); DROP TABLE customer_mart; --"] as const;

/** The row's customer key (the mart's customer_id), derived from its id so rows stay as they are. */
export function customerKey(id: number): string {
  return `${KEY_PREFIXES[id % KEY_PREFIXES.length] ?? 'c'}${id}`;
}

export function openTestDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE ${TABLE} (
    id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL UNIQUE, name TEXT, tier TEXT, spend REAL, spend_prev REAL, tenure INTEGER,
    signup TEXT, active INTEGER, attrs TEXT)`);
  // As in migration 009: the static lists of saved segments.
  db.exec(`CREATE TABLE segment_list_members (segment_id INTEGER NOT NULL, customer_id TEXT NOT NULL, PRIMARY KEY (segment_id, customer_id)) WITHOUT ROWID`);
  return db;
}

export function replaceRows(db: Database.Database, rows: readonly TestRow[]): void {
  const insert = db.prepare(
    `INSERT INTO ${TABLE} (id, customer_id, name, tier, spend, spend_prev, tenure, signup, active, attrs)
     VALUES (@id, @customer_id, @name, @tier, @spend, @spend_prev, @tenure, @signup, @active, @attrs)`,
  );
  db.transaction(() => {
    db.exec(`DELETE FROM ${TABLE}`);
    for (const row of rows) insert.run({ ...row, customer_id: customerKey(row.id), active: row.active === null ? null : row.active ? 1 : 0 });
  })();
}

/** Ids of the rows matching a WHERE expression, ascending. */
export function idsWhere(db: Database.Database, where: string, params: readonly (string | number | null)[], alias?: string): number[] {
  const from = alias === undefined ? TABLE : `${TABLE} AS "${alias}"`;
  const rows = db.prepare(`SELECT id FROM ${from} WHERE ${where} ORDER BY id`).all(...params) as { id: number }[];
  return rows.map((r) => r.id);
}
