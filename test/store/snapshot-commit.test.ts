// commitSnapshot: the snapshot's transaction commits without folding the WAL into the
// database (the job does that after posting its result), and leaves the connection's
// auto-checkpoint setting as it found it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { commitSnapshot } from '../../electron/store/scoring/snapshot-write';
import { tempDir } from '../support/temp';

describe('commitSnapshot', () => {
  let t: ReturnType<typeof tempDir>;
  let ws: Workspace;
  const size = () => statSync(ws.path).size;
  // ~24 MB of rows, ~1,500 pages of 16 KB: past SQLite's default auto-checkpoint threshold of 1,000 pages.
  const bulk = (from: number) =>
    ws.db.prepare(`WITH RECURSIVE s(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM s WHERE i < ? + 60000) INSERT INTO t SELECT i, randomblob(400) FROM s`).run(from, from);

  beforeEach(async () => {
    t = tempDir();
    ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true });
    ws.db.exec('CREATE TABLE t (i INTEGER PRIMARY KEY, b BLOB)');
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
  });
  afterEach(() => {
    ws.close();
    t.cleanup();
  });

  it('a plain transaction of that size is checkpointed on commit (what commitSnapshot avoids)', () => {
    const before = size();
    ws.db.transaction(() => bulk(0))();
    expect(size()).toBeGreaterThan(before + 5_000_000);
  });

  it('commits into the WAL only; an explicit checkpoint then moves the pages; the setting is restored', () => {
    const every = ws.db.pragma('wal_autocheckpoint', { simple: true });
    const before = size();
    expect(commitSnapshot(ws.db, () => (bulk(0), 'done'))).toBe('done');
    expect(size()).toBe(before);
    expect(ws.db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(60_001);
    expect(ws.db.pragma('wal_autocheckpoint', { simple: true })).toBe(every);
    ws.db.pragma('wal_checkpoint(PASSIVE)');
    expect(size()).toBeGreaterThan(before + 5_000_000);
  });

  it('rolls back and restores the setting when the write throws', () => {
    const every = ws.db.pragma('wal_autocheckpoint', { simple: true });
    expect(() =>
      commitSnapshot(ws.db, () => {
        bulk(0);
        throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(ws.db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    expect(ws.db.pragma('wal_autocheckpoint', { simple: true })).toBe(every);
  });
});
