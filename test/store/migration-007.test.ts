// Migration 007 (order lines): one new STRICT table keyed by (order_id, line_no) with its two
// indexes; nothing before it changes; the line status allows exactly the orders' three values.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration007 } from '../../electron/store/migrations/007-order-lines';
import type { Db } from '../../electron/store/database';
import { canonicalTables } from '../../shared/domain/canonical-tables';
import { tempDir } from '../support/temp';

const columns = (db: Db, table: string) => db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
const primaryKey = (db: Db, table: string) => db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).pluck().all(table) as string[];
const indexes = (db: Db) =>
  db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'order_lines' AND sql IS NOT NULL ORDER BY name`).pluck().all() as string[];
const schemaBefore = (db: Db) => db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name <> 'order_lines' ORDER BY name`).all();

describe('migration 007: order lines', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('is registered after the migrations before it', () => {
    expect(migrations).toContain(migration007);
    expect(migrations.map((m) => m.version).filter((v) => v <= 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
  });

  it('upgrades a version-6 workspace: the table, STRICT, keyed by order and line, the rest unchanged', async () => {
    const path = join(t.dir, 'a.churn');
    const v6 = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version <= 6) });
    v6.db.exec(`INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES ('O1', 'C1', '2024-01-05', 10.5);`);
    const before = schemaBefore(v6.db);
    const orders = v6.db.prepare('SELECT rowid, * FROM orders').all();
    expect(columns(v6.db, 'order_lines')).toEqual([]);
    v6.close();
    // Up to this migration only: later ones change other tables (008: import_rejects).
    const ws = await openWorkspace(path, { migrations: migrations.filter((m) => m.version <= 7) });
    expect(ws.db.pragma('user_version', { simple: true })).toBe(7);
    expect(schemaBefore(ws.db)).toEqual(before);
    expect(ws.db.prepare('SELECT rowid, * FROM orders').all()).toEqual(orders);
    expect(ws.db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'order_lines'`).pluck().get()).toMatch(/\)\s*STRICT$/);
    // Every canonical field is a column (the importer's whitelist and the schema agree), plus attributes.
    expect(columns(ws.db, 'order_lines')).toEqual([...canonicalTables.order_lines.fields.map((f) => f.name), 'attributes']);
    expect(primaryKey(ws.db, 'order_lines')).toEqual(['order_id', 'line_no']);
    expect(indexes(ws.db)).toEqual(['order_lines_customer_date', 'order_lines_product']);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ws.close();
  });

  it('allows the three statuses (default completed), one row per order and line, and rejects loose types', async () => {
    const ws = await openWorkspace(join(t.dir, 'b.churn'), { create: true });
    const insert = ws.db.prepare(`INSERT INTO order_lines (order_id, line_no, customer_id, order_date, quantity, status) VALUES ('O1', ?, 'C1', '2024-01-01', ?, ?)`);
    ['completed', 'refunded', 'cancelled'].forEach((s, i) => insert.run(i + 1, 2, s));
    ws.db.prepare(`INSERT INTO order_lines (order_id, line_no, customer_id, order_date) VALUES ('O1', 9, 'C1', '2024-01-01')`).run();
    expect(ws.db.prepare(`SELECT status FROM order_lines WHERE line_no = 9`).pluck().get()).toBe('completed');
    expect(() => insert.run(1, 1, 'completed')).toThrow(/UNIQUE constraint failed/);
    expect(() => insert.run(20, 1, 'paid')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(21, 'two', 'completed')).toThrow(/cannot store TEXT value in REAL column/);
    ws.close();
  });
});
