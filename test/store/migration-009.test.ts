// Migration 009 (segments): the three tables, their CHECKs, names unique ignoring case, and the
// cascades that remove a deleted segment's list members and sizes and a deleted snapshot's sizes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration009 } from '../../electron/store/migrations/009-segments';
import type { Db } from '../../electron/store/database';
import { tempDir } from '../support/temp';

const NOW = '2026-01-01T00:00:00Z';
const DEF = JSON.stringify({ schemaVersion: 1, filter: { kind: 'condition', field: 'region', op: '=', value: '华东' } });

function insertSegment(db: Db, row: { kind: string; name: string; definition: string | null; tags?: string }): number {
  return Number(
    db
      .prepare('INSERT INTO segments (kind, name, tags, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.kind, row.name, row.tags ?? '[]', row.definition, NOW, NOW).lastInsertRowid,
  );
}

describe('migration 009: segments', () => {
  let t: ReturnType<typeof tempDir>;
  let ws: Workspace;
  beforeEach(async () => {
    t = tempDir();
    ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true, migrations: migrations.filter((m) => m.version <= 9) });
  });
  afterEach(() => {
    ws.close();
    t.cleanup();
  });

  it('is registered in order and creates the three tables', () => {
    expect(migrations).toContain(migration009);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(9);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(9);
    const tables = ws.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'segment%' ORDER BY name`).pluck().all();
    expect(tables).toEqual(['segment_list_members', 'segment_sizes', 'segments']);
  });

  it('checks kind, a non-blank name, JSON tags and definition, and a definition exactly for dynamic segments', () => {
    expect(insertSegment(ws.db, { kind: 'dynamic', name: 'High value', definition: DEF })).toBe(1);
    expect(insertSegment(ws.db, { kind: 'list', name: 'Called', definition: null })).toBe(2);
    expect(() => insertSegment(ws.db, { kind: 'static', name: 'x', definition: null })).toThrow(/CHECK/);
    expect(() => insertSegment(ws.db, { kind: 'list', name: '   ', definition: null })).toThrow(/CHECK/);
    expect(() => insertSegment(ws.db, { kind: 'list', name: 'y', definition: null, tags: '{"a":1}' })).toThrow(/CHECK/);
    expect(() => insertSegment(ws.db, { kind: 'list', name: 'y', definition: null, tags: 'not json' })).toThrow(/CHECK|JSON/);
    expect(() => insertSegment(ws.db, { kind: 'dynamic', name: 'z', definition: null })).toThrow(/CHECK/);
    expect(() => insertSegment(ws.db, { kind: 'list', name: 'z', definition: DEF })).toThrow(/CHECK/);
    expect(() => insertSegment(ws.db, { kind: 'dynamic', name: 'z', definition: '{broken' })).toThrow(/CHECK|JSON/);
    expect(ws.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(2);
  });

  it('keeps names unique ignoring ASCII case', () => {
    insertSegment(ws.db, { kind: 'list', name: 'VIP', definition: null });
    expect(() => insertSegment(ws.db, { kind: 'list', name: 'vip', definition: null })).toThrow(/UNIQUE/);
    expect(insertSegment(ws.db, { kind: 'list', name: '高价值', definition: null })).toBeGreaterThan(0);
    expect(() => insertSegment(ws.db, { kind: 'list', name: '高价值', definition: null })).toThrow(/UNIQUE/);
  });

  it('checks sizes and cascades: a segment takes its members and sizes, a snapshot its sizes', () => {
    const list = insertSegment(ws.db, { kind: 'list', name: 'L', definition: null });
    const dyn = insertSegment(ws.db, { kind: 'dynamic', name: 'D', definition: DEF });
    const snapshot = Number(ws.db.prepare(`INSERT INTO snapshots (as_of, created_at) VALUES ('2025-12-31', ?)`).run(NOW).lastInsertRowid);
    const member = ws.db.prepare('INSERT INTO segment_list_members (segment_id, customer_id) VALUES (?, ?)');
    member.run(list, 'C1');
    member.run(list, 'C2');
    expect(() => member.run(list, 'C1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => member.run(999, 'C1')).toThrow(/FOREIGN KEY/);
    const size = ws.db.prepare('INSERT INTO segment_sizes (segment_id, snapshot_id, size) VALUES (?, ?, ?)');
    size.run(list, snapshot, 2);
    size.run(dyn, snapshot, 10);
    expect(() => size.run(list, snapshot, 3)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => size.run(999, snapshot, 1)).toThrow(/FOREIGN KEY/);
    expect(() => ws.db.prepare('INSERT INTO segment_sizes (segment_id, snapshot_id, size) VALUES (?, ?, -1)').run(dyn, snapshot + 1)).toThrow(/CHECK|FOREIGN/);

    ws.db.prepare('DELETE FROM segments WHERE id = ?').run(list);
    expect(ws.db.prepare('SELECT count(*) FROM segment_list_members').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT segment_id FROM segment_sizes').pluck().all()).toEqual([dyn]);
    ws.db.prepare('DELETE FROM snapshots WHERE snapshot_id = ?').run(snapshot);
    expect(ws.db.prepare('SELECT count(*) FROM segment_sizes').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
  });
});
