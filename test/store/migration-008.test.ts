// Migration 008 (reject codes): import_rejects trades its sentence column `reason` for `code` and
// `params`; the sentences already stored become code 'legacy' with the sentence as params.text,
// every other column and row kept; an index serves grouping by reason. Nothing else changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration008 } from '../../electron/store/migrations/008-reject-codes';
import { importRejects } from '../../electron/import/history';
import { importRejectGroups } from '../../electron/import/reject-groups';
import type { Db } from '../../electron/store/database';
import { tempDir } from '../support/temp';

const columns = (db: Db, table: string) => db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
const indexColumns = (db: Db, index: string) => db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index) as string[];
const otherSchema = (db: Db) => db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name <> 'import_rejects' ORDER BY name`).all();

const BILINGUAL = 'Order date is empty: no payment time in "付款时间" (unpaid order?) ｜ 下单时间为空：「付款时间」没有付款时间（未付款订单？）';
const ENGLISH = 'amount: not a number: "=SUM(A0)"';

describe('migration 008: reject codes', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('is registered after the migrations before it', () => {
    expect(migrations).toContain(migration008);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(8);
  });

  it('upgrades an older workspace: old sentences become legacy reasons, rows and other tables unchanged', async () => {
    const path = join(t.dir, 'a.churn');
    const old = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version < 8) });
    old.db.exec(`INSERT INTO imports (import_id, source_file, imported_at, mode) VALUES (1, 'o.csv', '2024-01-01', 'append');`);
    const insert = old.db.prepare(
      'INSERT INTO import_rejects (import_id, source_file, source_table, source_sheet, source_row, source_column, value, reason) VALUES (1, ?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('o.csv', 'o', null, 2, '付款时间', null, BILINGUAL);
    insert.run('o.csv', 'o', null, 3, '金额', '=SUM(A0)', ENGLISH);
    insert.run('o.csv', 'o', null, 4, '金额', '=SUM(A1)', ENGLISH);
    const before = otherSchema(old.db);
    old.close();

    const ws = await openWorkspace(path, { migrations: migrations.filter((m) => m.version <= 8) });
    expect(ws.db.pragma('user_version', { simple: true })).toBe(8);
    const cols = columns(ws.db, 'import_rejects');
    expect(cols).not.toContain('reason');
    expect(cols).toEqual(['reject_id', 'import_id', 'source_file', 'source_table', 'source_sheet', 'source_row', 'source_column', 'value', 'code', 'params']);
    expect(ws.db.prepare('SELECT source_row, source_column, value, code, params FROM import_rejects ORDER BY reject_id').all()).toEqual([
      { source_row: 2, source_column: '付款时间', value: null, code: 'legacy', params: JSON.stringify({ text: BILINGUAL }) },
      { source_row: 3, source_column: '金额', value: '=SUM(A0)', code: 'legacy', params: JSON.stringify({ text: ENGLISH }) },
      { source_row: 4, source_column: '金额', value: '=SUM(A1)', code: 'legacy', params: JSON.stringify({ text: ENGLISH }) },
    ]);
    expect(indexColumns(ws.db, 'import_rejects_reason')).toEqual(['import_id', 'code', 'params', 'reject_id']);
    expect(otherSchema(ws.db)).toEqual(before);
    expect(ws.db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'import_rejects'`).pluck().get()).toMatch(/\bSTRICT\b/);

    // The old rows read and group like new ones: two legacy groups, the same sentence together.
    const summary = importRejectGroups(ws.db, 1);
    expect(summary.total).toBe(3);
    expect(summary.groups.map((g) => [g.reason, g.count, g.examples.map((e) => e.row)])).toEqual([
      [{ code: 'legacy', params: { text: ENGLISH } }, 2, [3, 4]],
      [{ code: 'legacy', params: { text: BILINGUAL } }, 1, [2]],
    ]);
    const page = importRejects(ws.db, 1, 0, 10, { code: 'legacy', params: { text: ENGLISH } });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.row, r.value])).toEqual([
      [3, '=SUM(A0)'],
      [4, '=SUM(A1)'],
    ]);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ws.close();
  });

  it('stores new rejects with a code and params, and deleting an import still removes them', async () => {
    const ws = await openWorkspace(join(t.dir, 'b.churn'), { create: true });
    ws.db.exec(`INSERT INTO imports (import_id, source_file, imported_at, mode) VALUES (1, 'o.csv', '2024-01-01', 'append');`);
    ws.db
      .prepare('INSERT INTO import_rejects (import_id, source_file, source_table, source_row, source_column, code, params) VALUES (1, ?, ?, ?, ?, ?, ?)')
      .run('o.csv', 'o', 5, 'CustomerID', 'customerMissing', '{"column":"CustomerID","table":"orders"}');
    expect(importRejects(ws.db, 1, 0, 10).rows).toEqual([
      { file: 'o.csv', sheet: null, table: 'o', row: 5, column: 'CustomerID', value: null, reason: { code: 'customerMissing', params: { column: 'CustomerID', table: 'orders' } } },
    ]);
    ws.db.exec('DELETE FROM imports WHERE import_id = 1');
    expect(ws.db.prepare('SELECT count(*) FROM import_rejects').pluck().get()).toBe(0);
    ws.close();
  });
});
