// Migration 005 (orders status check): orders is rebuilt with the same three allowed statuses
// written as comparisons; every row (with its rowid), the indexes and the constraint's effect
// must come through unchanged. Another migration (001–004) sits before it in any workspace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration005 } from '../../electron/store/migrations/005-orders-status-check';
import type { Db } from '../../electron/store/database';
import { tempDir } from '../support/temp';

const ordersSql = (db: Db) => db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'orders'`).pluck().get() as string;
const indexes = (db: Db) =>
  db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'orders' ORDER BY name`).all() as { name: string; sql: string | null }[];
const rows = (db: Db) => db.prepare('SELECT rowid, * FROM orders ORDER BY rowid').all();

describe('migration 005: orders status check', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('is registered after the migrations before it', () => {
    expect(migrations).toContain(migration005);
    expect(migrations.map((m) => m.version).filter((v) => v <= 5)).toEqual([1, 2, 3, 4, 5]);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
  });

  it('upgrades a version-4 workspace: same rows and rowids, same indexes, no IN list left', async () => {
    const path = join(t.dir, 'a.churn');
    const v4 = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version <= 4) });
    expect(ordersSql(v4.db)).toContain(`status IN ('completed', 'refunded', 'cancelled')`);
    v4.db.exec(`
      INSERT INTO orders (rowid, order_id, customer_id, order_date, amount, quantity, status, attributes) VALUES
        (3, 'O1', 'C1', '2024-01-05', 10.5, 1, 'completed', NULL),
        (7, 'O2', 'C1', '2024-02-05 10:30:00', NULL, 2, 'refunded', '{"k":1}'),
        (9, 'O3', 'C2', '2024-03-05', 99, NULL, 'cancelled', NULL);`);
    const before = rows(v4.db);
    const indexesBefore = indexes(v4.db);
    v4.close();
    const ws = await openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    expect(rows(ws.db)).toEqual(before);
    expect(indexes(ws.db)).toEqual(indexesBefore);
    expect(ordersSql(ws.db)).not.toMatch(/\bIN\s*\(/i);
    expect(ws.db.prepare('SELECT count(*) FROM sqlite_schema WHERE name = ?').pluck().get('orders_v5')).toBe(0);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ws.close();
  });

  it('allows exactly the three statuses, defaulting to completed', async () => {
    const ws = await openWorkspace(join(t.dir, 'b.churn'), { create: true });
    const insert = ws.db.prepare(`INSERT INTO orders (order_id, customer_id, order_date, status) VALUES (?, 'C1', '2024-01-01', ?)`);
    for (const s of ['completed', 'refunded', 'cancelled']) insert.run(`O-${s}`, s);
    ws.db.prepare(`INSERT INTO orders (order_id, customer_id, order_date) VALUES ('O-default', 'C1', '2024-01-01')`).run();
    expect(ws.db.prepare(`SELECT status FROM orders WHERE order_id = 'O-default'`).pluck().get()).toBe('completed');
    for (const bad of ['Completed', 'paid', '']) expect(() => insert.run(`O-${bad}`, bad)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('O-null', null)).toThrow(/NOT NULL/);
    ws.close();
  });
});
