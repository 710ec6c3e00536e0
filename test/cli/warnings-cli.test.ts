// churn-cockpit warnings list|evaluate|rules as automation uses them, on a refreshed demo
// workspace (the refresh raised the default rules' warnings): counts agree with SQL written by
// hand, --out writes the list by owner, and a bad option exits non-zero with one line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../shared/contract/operations';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

describe('churn-cockpit warnings', () => {
  const t = tempDir();
  const ws = join(t.dir, 'demo.churn');
  const sql = (query: string, ...params: string[]): unknown => {
    const db = new Database(ws, { readonly: true });
    try {
      return db
        .prepare(query)
        .pluck()
        .get(...params);
    } finally {
      db.close();
    }
  };

  beforeAll(() => {
    expect(runCli(['demo', ws, '--customers', '600']).code).toBe(0);
    expect(runCli(['refresh', ws]).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('rules --json lists the defaults with their open counts', () => {
    const r = runCli(['warnings', 'rules', ws, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { rules } = JSON.parse(r.stdout) as OperationOutput<'warning.rules'>;
    expect(rules.map((x) => x.builtin)).toEqual(['lowHealthHighValue', 'scoreDrop', 'overdueCycle']);
    for (const rule of rules) expect(rule.open).toBe(sql(`SELECT count(*) FROM warnings WHERE rule_id = ${rule.id} AND state = 'open'`));
  });

  it('list --json and the text table agree with SQL, filtered by owner and state', () => {
    const all = runCli(['warnings', 'list', ws, '--json']);
    expect(all.code, all.stderr).toBe(0);
    const listed = JSON.parse(all.stdout) as OperationOutput<'warning.list'>;
    const open = sql(`SELECT count(*) FROM warnings WHERE state IN ('open', 'acknowledged')`) as number;
    expect(open).toBeGreaterThan(0);
    expect(listed.total).toBe(open);
    expect(listed.rows).toHaveLength(open);
    const owner = sql(`SELECT owner FROM warnings WHERE owner IS NOT NULL GROUP BY owner ORDER BY count(*) DESC LIMIT 1`) as string;
    const mine = runCli(['warnings', 'list', ws, '--owner', owner, '--state', 'open']);
    expect(mine.code, mine.stderr).toBe(0);
    const lines = mine.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id\tseverity\tstate\trule\tcustomer\tname\towner\tassignee\tfired on\thealth\tchurn p');
    expect(lines.length - 1).toBe(sql(`SELECT count(*) FROM warnings WHERE (owner = ? OR assignee = ?) AND state = 'open'`, owner, owner));
  });

  it('list --out writes one sheet per owner; evaluate holds what is already raised', () => {
    const out = join(t.dir, 'by-owner.xlsx');
    const r = runCli(['warnings', 'list', ws, '--out', out, '--lang', 'zh-CN', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as OperationOutput<'warning.exportByOwner'>;
    expect(existsSync(out)).toBe(true);
    expect(result.sheets).toHaveLength(sql(`SELECT count(DISTINCT coalesce(assignee, owner, '')) FROM warnings WHERE state IN ('open', 'acknowledged')`) as number);
    const evaluated = runCli(['warnings', 'evaluate', ws, '--json']);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ raised: 0, expired: 0, held: sql(`SELECT count(*) FROM warnings WHERE cleared_snapshot_id IS NULL`) });
  });

  it('refuses a bad option with one line', () => {
    const r = runCli(['warnings', 'list', ws, '--severity', 'urgent']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--severity must be high, medium, low/);
  });
});
