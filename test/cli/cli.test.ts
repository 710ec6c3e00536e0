// The CLI as automation uses it: exit codes, one-line errors naming the file, files untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { seedHandCases } from '../support/hand-cases';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('churn-cockpit CLI', () => {
  const t = tempDir();
  const good = join(t.dir, 'good.churn');
  beforeAll(async () => {
    const ws = await openWorkspace(good, { create: true });
    seedHandCases(ws.db);
    ws.close();
  });
  afterAll(() => t.cleanup());

  it('info prints schema version, tables and row counts (text and --json)', () => {
    const text = runCli(['info', good]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`schema version\\s+${LATEST_SCHEMA_VERSION}$`, 'm'));
    expect(text.stdout).toMatch(/^orders\s+10$/m);
    const json = runCli(['info', good, '--json']);
    expect(json.code).toBe(0);
    const info = JSON.parse(json.stdout) as { schemaVersion: number; tables: { name: string; rows: number }[] };
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.tables.find((x) => x.name === 'customers')?.rows).toBe(6);
  });

  it('call invokes one operation and prints the {ok,result|error} envelope, exit 1 on an error', () => {
    expect(runCli(['refresh', good]).code).toBe(0);
    const kpis = runCli(['call', '--workspace', good, 'dashboard.churnTrend', '{"months":2}']);
    expect(kpis.code).toBe(0);
    const ok = JSON.parse(kpis.stdout) as { ok: boolean; result: { points: { month: string; churned: number }[] } };
    expect(ok.result.points.map((p) => [p.month, p.churned])).toEqual([
      ['2024-05', 2],
      ['2024-06', 0],
    ]);
    const invalid = runCli(['call', '--workspace', good, 'dashboard.churnTrend', '{"months":0}']);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notJson = runCli(['call', '--workspace', good, 'dashboard.kpis', '{months']);
    expect(notJson.code).toBe(1);
    expect(JSON.parse(notJson.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  const broken: [string, (p: string) => void, RegExp][] = [
    ['random bytes', (p) => writeFileSync(p, randomBytes(10_000)), /not a Churn Cockpit workspace/],
    [
      'a truncated workspace',
      (p) => {
        copyFileSync(good, p);
        truncateSync(p, 6000);
      },
      /truncated/,
    ],
    [
      'a newer schema version',
      (p) => {
        copyFileSync(good, p);
        const d = new Database(p);
        d.pragma('user_version = 99');
        d.close();
      },
      /newer Churn Cockpit/,
    ],
  ];
  for (const [label, make, pattern] of broken) {
    it(`info on ${label} exits non-zero with one line naming the file, file unchanged`, () => {
      const path = join(t.dir, `${label.replace(/\W+/g, '-')}.churn`);
      make(path);
      const before = digest(path);
      const r = runCli(['info', path]);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(path);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      expect(digest(path)).toBe(before);
    });
  }

  it('query answers SELECT as TSV and JSON', () => {
    const r = runCli(['query', good, 'SELECT customer_id, name FROM customers ORDER BY customer_id LIMIT 2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('customer_id\tname\nA\t张伟\nB\tBeta Trading Ltd\n');
    const j = runCli(['query', good, 'SELECT count(*) AS n FROM orders', '--json']);
    expect(JSON.parse(j.stdout)).toEqual({ columns: ['n'], rows: [[10]], truncated: false });
  });

  for (const sql of ['DELETE FROM customers', 'DROP TABLE orders', "ATTACH DATABASE 'x.db' AS x", 'PRAGMA writable_schema = ON']) {
    it(`query refuses ${sql.split(' ')[0]} with one line, workspace unchanged`, () => {
      const before = digest(good);
      const r = runCli(['query', good, sql]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^churn-cockpit: query is read-only/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(digest(good)).toBe(before);
    });
  }

  it('unknown commands and missing arguments fail with one line', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(runCli(['info']).stderr).toMatch(/missing WORKSPACE/);
  });
});
