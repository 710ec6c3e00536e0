// Migration 001 (initial schema): creates the canonical tables as STRICT tables with their
// keys and indexes, stamps the version and application id, and runs in one transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate, openWorkspace } from '../../electron/store/workspace';
import { migration001 } from '../../electron/store/migrations/001-initial';
import { WORKSPACE_APPLICATION_ID } from '../../electron/store/file-header';
import { tempDir } from '../support/temp';

const canonical = ['customers', 'orders', 'activities', 'tickets', 'surveys', 'market_signals', 'campaigns', 'actions'];

describe('migration 001: initial schema', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('creates every canonical table as STRICT with a primary key', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true, migrations: [migration001] });
    const tables = ws.db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as {
      name: string;
      strict: number;
    }[];
    for (const name of [...canonical, 'imports', 'raw_tables', 'snapshots', 'customer_scores', 'settings', 'meta']) {
      const row = tables.find((x) => x.name === name);
      expect(row, name).toBeDefined();
      expect(row?.strict, `${name} is STRICT`).toBe(1);
      const pk = ws.db.prepare(`SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0`).pluck().get(name) as number;
      expect(pk, `${name} has a primary key`).toBeGreaterThan(0);
    }
    expect(ws.db.pragma('user_version', { simple: true })).toBe(1);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    ws.close();
  });

  it('indexes customer_id and the date column of every fact table', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true, migrations: [migration001] });
    const expectations: [string, string[]][] = [
      ['orders', ['customer_id', 'order_date']],
      ['activities', ['customer_id', 'activity_date']],
      ['tickets', ['customer_id', 'opened_at']],
      ['surveys', ['customer_id', 'survey_date']],
      ['market_signals', ['customer_id', 'signal_date']],
      ['actions', ['customer_id', 'action_date']],
    ];
    for (const [table, cols] of expectations) {
      const leading = ws.db.prepare(`SELECT ii.name FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0`).pluck().all(table) as string[];
      for (const col of cols) {
        expect(leading, `${table}.${col} leads an index`).toContain(col);
      }
    }
    ws.close();
  });

  it('enforces STRICT types and the status vocabulary', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true, migrations: [migration001] });
    expect(() => ws.db.prepare(`INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES ('o', 'c', '2024-01-01', 'lots')`).run()).toThrow();
    expect(() => ws.db.prepare(`INSERT INTO customers (customer_id, status) VALUES ('c', 'gone')`).run()).toThrow(/CHECK/);
    ws.close();
  });

  it('is all-or-nothing: a failure inside the migration leaves version 0 and no tables', () => {
    const db = new Database(join(t.dir, 'raw.db'));
    const broken = { ...migration001, up: `${migration001.up}\nCREATE TABLE customers (x TEXT);` };
    expect(() =>
      db.transaction(() => {
        db.exec(broken.up);
        db.pragma('user_version = 1');
      })(),
    ).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema`).pluck().get()).toBe(0);
    migrate(db, [migration001]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
