// Migration 002 (imports): per-table import counts, rejected cells and saved mappings, added in
// one transaction on top of schema 1 without touching existing data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { migration001 } from '../../electron/store/migrations/001-initial';
import { migration002 } from '../../electron/store/migrations/002-imports';
import { tempDir } from '../support/temp';

describe('migration 002: imports', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('creates import_tables, import_rejects, mappings and mapping_signatures as STRICT tables', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true, migrations: [migration001, migration002] });
    const strict = (name: string) => ws.db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(name);
    for (const name of ['import_tables', 'import_rejects', 'mappings', 'mapping_signatures']) expect(strict(name), name).toBe(1);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(2);
    ws.close();
  });

  it('upgrades a version-1 workspace and keeps its rows; deleting an import cascades to its records', async () => {
    const path = join(t.dir, 'b.churn');
    const v1 = await openWorkspace(path, { create: true, migrations: [migration001] });
    v1.db.prepare("INSERT INTO customers (customer_id) VALUES ('C1')").run();
    v1.db.prepare("INSERT INTO imports (import_id, source_file, imported_at, mode) VALUES (1, 'a.csv', '2024-01-01', 'append')").run();
    v1.close();
    const ws = await openWorkspace(path, { migrations: [migration001, migration002] });
    expect(ws.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    ws.db
      .prepare(
        "INSERT INTO import_tables (import_id, seq, source_file, source_table, target, raw_table, mapping_source) VALUES (1, 0, 'a.csv', 'a', 'orders', 'raw_a', 'suggested')",
      )
      .run();
    ws.db.prepare("INSERT INTO import_rejects (import_id, source_file, source_table, source_row, reason) VALUES (1, 'a.csv', 'a', 2, 'bad')").run();
    ws.db.prepare('DELETE FROM imports WHERE import_id = 1').run();
    expect(ws.db.prepare('SELECT count(*) FROM import_tables').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM import_rejects').pluck().get()).toBe(0);
    ws.close();
  });

  it('ties signatures to a mapping name (renaming and deleting cascade)', async () => {
    const ws = await openWorkspace(join(t.dir, 'c.churn'), { create: true, migrations: [migration001, migration002] });
    ws.db.prepare("INSERT INTO mappings (name, definition, updated_at) VALUES ('m', '{}', 'now')").run();
    ws.db.prepare("INSERT INTO mapping_signatures (signature, name) VALUES ('abc', 'm')").run();
    ws.db.prepare("UPDATE mappings SET name = 'n'").run();
    expect(ws.db.prepare('SELECT name FROM mapping_signatures').pluck().get()).toBe('n');
    ws.db.prepare('DELETE FROM mappings').run();
    expect(ws.db.prepare('SELECT count(*) FROM mapping_signatures').pluck().get()).toBe(0);
    ws.close();
  });
});
