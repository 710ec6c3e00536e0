// Opening refuses what is not a workspace, is damaged, or is newer — without changing it. The
// full quick_check runs before the first query only after an unclean shutdown (or before a
// migration); a cleanly closed workspace opens at once and is checked in the background.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openWorkspace, WORKSPACE_PAGE_SIZE } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import type { Migration } from '../../electron/store/migrations/migration';
import { isAppError } from '../../shared/contract/errors';
import { describeWorkspace } from '../../electron/service/workspace';
import { seedHandCases } from '../support/hand-cases';
import { tempDir } from '../support/temp';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function refusal(path: string): Promise<{ code: string; message: string }> {
  try {
    const ws = await openWorkspace(path);
    ws.close();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('openWorkspace', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  async function validWorkspace(name = 'ok.churn'): Promise<string> {
    const path = join(t.dir, name);
    const ws = await openWorkspace(path, { create: true });
    seedHandCases(ws.db);
    ws.close();
    return path;
  }

  it('round-trips data and creates no stray files', async () => {
    const path = await validWorkspace();
    const ws = await openWorkspace(path);
    expect(ws.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(10);
    ws.close();
    expect(readdirSync(t.dir).sort()).toEqual(['ok.churn']);
  });

  it('creates new workspaces with 16 KB pages, in WAL mode, and opens 4 KB-page files as they are', async () => {
    const ws = await openWorkspace(join(t.dir, 'new.churn'), { create: true });
    expect(ws.db.pragma('page_size', { simple: true })).toBe(WORKSPACE_PAGE_SIZE);
    expect(WORKSPACE_PAGE_SIZE).toBe(16384);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    ws.close();
    // A workspace made before the change: built at SQLite's default page size, then opened.
    const old = join(t.dir, 'old.churn');
    const created = await openWorkspace(join(t.dir, 'new.churn'));
    created.db.exec(`VACUUM INTO '${old.replace(/'/g, "''")}'`);
    created.close();
    const raw = new Database(old);
    raw.pragma('page_size = 4096');
    raw.exec('VACUUM');
    raw.close();
    const reopened = await openWorkspace(old);
    expect(reopened.db.pragma('page_size', { simple: true })).toBe(4096);
    expect(reopened.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(0);
    reopened.close();
  });

  it('refuses a missing file unless asked to create it', async () => {
    expect((await refusal(join(t.dir, 'none.churn'))).code).toBe('NOT_FOUND');
  });

  const cases: [string, (path: string) => void, string, RegExp][] = [
    ['random bytes', (p) => writeFileSync(p, randomBytes(8192)), 'NOT_A_WORKSPACE', /not a SQLite database/],
    ['an empty file', (p) => writeFileSync(p, ''), 'NOT_A_WORKSPACE', /is empty/],
    [
      'a foreign SQLite database',
      (p) => {
        const d = new Database(p);
        d.exec('CREATE TABLE x (a)');
        d.close();
      },
      'NOT_A_WORKSPACE',
      /not a Churn Cockpit workspace/,
    ],
  ];
  for (const [label, make, code, pattern] of cases) {
    it(`refuses ${label} and leaves it unchanged`, async () => {
      const path = join(t.dir, 'bad.churn');
      make(path);
      const before = digest(path);
      const r = await refusal(path);
      expect(r.code).toBe(code);
      expect(r.message).toMatch(pattern);
      expect(r.message).toContain(path);
      expect(r.message).not.toContain('\n');
      expect(digest(path)).toBe(before);
      expect(readdirSync(t.dir)).toEqual(['bad.churn']);
    });
  }

  it('refuses a truncated workspace and leaves it unchanged', async () => {
    const path = await validWorkspace();
    const size = readFileSync(path).length;
    const page = readFileSync(path).readUInt16BE(16);
    truncateSync(path, Math.floor(size / 2 / page) * page + 100);
    const before = digest(path);
    const r = await refusal(path);
    expect(r.code).toBe('WORKSPACE_CORRUPT');
    expect(r.message).toMatch(/truncated/);
    expect(digest(path)).toBe(before);
  });

  it('refuses a workspace whose schema is damaged, even after a clean shutdown', async () => {
    const path = await validWorkspace();
    const bytes = readFileSync(path);
    // Scribble over every page after the header page: the schema and b-trees become garbage.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
    const before = digest(path);
    const r = await refusal(path);
    expect(r.code).toBe('WORKSPACE_CORRUPT');
    expect(digest(path)).toBe(before);
  });

  /** Scribbles over the page of the orders table: the schema still reads, quick_check does not pass. */
  function damageOrdersPage(path: string): void {
    const d = new Database(path, { readonly: true });
    const page = d.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'orders'`).pluck().get() as number;
    const size = d.pragma('page_size', { simple: true }) as number;
    d.close();
    const bytes = readFileSync(path);
    for (let i = (page - 1) * size; i < page * size; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
  }

  /** A copy of the workspace as a crash leaves it: taken while a connection has written to its WAL. */
  function crashCopy(path: string, name: string): string {
    const copy = join(t.dir, name);
    const d = new Database(path);
    d.prepare(`INSERT INTO meta (key, value) VALUES ('crash', 'not checkpointed')`).run();
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    d.close();
    return copy;
  }

  it('after an unclean shutdown, checks before the first query and refuses damaged data pages', async () => {
    const path = await validWorkspace();
    damageOrdersPage(path);
    const crashed = crashCopy(path, 'crashed.churn');
    expect(readFileSync(`${crashed}-wal`).length).toBeGreaterThan(0);
    const r = await refusal(crashed);
    expect(r.code).toBe('WORKSPACE_CORRUPT');
    // quick_check's verdict (or its error on so garbled a page): the schema alone reads fine,
    // as the clean-shutdown case below shows by opening the same damage.
    expect(r.message).toMatch(/failed its integrity check|is damaged \(database disk image is malformed\)/);
  });

  it('after an unclean shutdown, opens a sound workspace with the check already passed', async () => {
    const crashed = crashCopy(await validWorkspace(), 'crashed.churn');
    const ws = await openWorkspace(crashed);
    expect(ws.integrity.state).toBe('ok');
    expect(ws.db.prepare(`SELECT value FROM meta WHERE key = 'crash'`).pluck().get()).toBe('not checkpointed');
    ws.close();
  });

  it('opens a cleanly closed workspace without a synchronous check, then checks it in the background', async () => {
    const path = await validWorkspace();
    const ws = await openWorkspace(path, { backgroundCheckDelayMs: 0 });
    // Settled before returning had the check run on the way in.
    expect(ws.integrity.state).toBe('checking');
    expect(describeWorkspace(ws).integrity).toBe('checking');
    expect(await ws.integrity.done).toBe('ok');
    expect(describeWorkspace(ws).integrity).toBe('ok');
    ws.close();
    // The worker's read-only connection is gone: the last close removed the WAL as usual.
    expect(readdirSync(t.dir)).toEqual(['ok.churn']);
  });

  it('opens damaged data pages after a clean shutdown and reports the failed background check', async () => {
    const path = await validWorkspace();
    damageOrdersPage(path);
    const ws = await openWorkspace(path, { backgroundCheckDelayMs: 0 });
    expect(ws.integrity.state).toBe('checking');
    expect(await ws.integrity.done).toBe('failed');
    expect(ws.integrity.detail).toBeTruthy();
    ws.close();
  });

  it('skips the check for one-shot opens and files this process just built; stops a pending one on close', async () => {
    const path = await validWorkspace();
    const oneShot = await openWorkspace(path, { readOnly: true, integrityCheck: 'skip' });
    expect(oneShot.integrity.state).toBe('skipped');
    oneShot.close();
    const fresh = await openWorkspace(path, { freshlyBuilt: true });
    expect(fresh.integrity.state).toBe('skipped');
    fresh.close();
    const created = await openWorkspace(join(t.dir, 'new.churn'), { create: true });
    expect(created.integrity.state).toBe('skipped');
    created.close();
    const pending = await openWorkspace(path);
    expect(pending.integrity.state).toBe('checking');
    pending.close();
    expect(await pending.integrity.done).toBe('skipped');
  });

  it('refuses a workspace from a newer version with a clear message', async () => {
    const path = await validWorkspace();
    const d = new Database(path);
    d.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    d.pragma('journal_mode = DELETE');
    d.close();
    const before = digest(path);
    const r = await refusal(path);
    expect(r.code).toBe('WORKSPACE_TOO_NEW');
    expect(r.message).toMatch(/newer Churn Cockpit/);
    expect(digest(path)).toBe(before);
  });

  it('backs up before migrating an older workspace, then migrates it forward', async () => {
    const path = await validWorkspace();
    const next: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'test-next', up: 'CREATE TABLE later_feature (id INTEGER PRIMARY KEY) STRICT;' };
    const ws = await openWorkspace(path, { migrations: [...migrations, next] });
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    // A file about to be migrated (and backed up) is checked first, not in the background.
    expect(ws.integrity.state).toBe('ok');
    ws.close();
    const backups = readdirSync(t.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(t.dir, backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(backup.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(10);
    backup.close();
  });

  it('leaves the workspace at its old version when a migration fails', async () => {
    const path = await validWorkspace();
    const broken: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', up: 'CREATE TABLE ok_part (id INTEGER); SELECT no_such_function();' };
    await expect(openWorkspace(path, { migrations: [...migrations, broken] })).rejects.toThrow(/no_such_function/);
    const ws = await openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(ws.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'ok_part'`).pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(10);
    ws.close();
  });

  it('never leaves a half-created file when creation fails', async () => {
    const path = join(t.dir, 'no-such-dir', 'x.churn');
    await expect(openWorkspace(path, { create: true })).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
  });
});
