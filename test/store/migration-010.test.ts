// Migration 010 (dashboards): the table, JSON specs only, non-blank names, and names unique after
// trimming and lower-casing through name_key (which must match the name).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration010 } from '../../electron/store/migrations/010-dashboards';
import type { Db } from '../../electron/store/database';
import { tempDir } from '../support/temp';

const NOW = '2026-01-01T00:00:00Z';
const SPEC = JSON.stringify({ schemaVersion: 1, widgets: [], layout: [] });

function insert(db: Db, name: string, nameKey: string, spec = SPEC): number {
  return Number(db.prepare('INSERT INTO dashboards (name, name_key, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, nameKey, spec, NOW, NOW).lastInsertRowid);
}

describe('migration 010: dashboards', () => {
  let t: ReturnType<typeof tempDir>;
  let ws: Workspace;
  beforeEach(async () => {
    t = tempDir();
    ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true, migrations: migrations.filter((m) => m.version <= 10) });
  });
  afterEach(() => {
    ws.close();
    t.cleanup();
  });

  it('is registered in order and creates the table', () => {
    expect(migrations).toContain(migration010);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(10);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(10);
    const columns = ws.db.prepare(`SELECT name FROM pragma_table_info('dashboards') ORDER BY cid`).pluck().all();
    expect(columns).toEqual(['id', 'name', 'name_key', 'spec', 'created_at', 'updated_at']);
  });

  it('checks a JSON spec, a non-blank name and a name_key that is the trimmed lower-cased name', () => {
    expect(insert(ws.db, 'Cockpit', 'cockpit')).toBe(1);
    expect(() => insert(ws.db, 'Broken', 'broken', '{not json')).toThrow(/CHECK|JSON/);
    expect(() => insert(ws.db, '   ', '')).toThrow(/CHECK/);
    expect(() => insert(ws.db, 'Other', 'something else')).toThrow(/CHECK/);
    expect(insert(ws.db, ' 驾驶舱 ', '驾驶舱')).toBe(2);
    expect(ws.db.prepare('SELECT count(*) FROM dashboards').pluck().get()).toBe(2);
  });

  it('keeps names unique after trimming, ignoring ASCII case', () => {
    insert(ws.db, 'Monthly Review', 'monthly review');
    expect(() => insert(ws.db, ' MONTHLY review', 'monthly review')).toThrow(/UNIQUE/);
    expect(insert(ws.db, 'Monthly Review 2', 'monthly review 2')).toBeGreaterThan(0);
  });
});
