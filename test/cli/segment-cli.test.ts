// segment list|show|count as automation uses them, on a refreshed demo workspace: counts agree
// with SQL written by hand, the example rule file counts, and a bad rule (unknown field
// or operator, empty group) or an unknown segment exits non-zero with one line naming it.
// Needs shared/segments/rule-file.ts (helper A's parseRuleFile / toRuleFile / ruleFileErrorLine).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

const EXAMPLE =
  '{"op":"and","rules":[{"field":"region","op":"in","value":["华东","华南"]},{"op":"or","rules":[{"field":"health_score","op":"<","value":40},{"field":"churn_probability","op":">=","value":0.5}]}]}';
const EXAMPLE_SQL = `region IN ('华东', '华南') AND (health_score < 40 OR churn_probability >= 0.5)`;

describe('churn-cockpit segment', () => {
  const t = tempDir();
  const ws = join(t.dir, 'demo.churn');
  const rule = (name: string, text: string) => {
    const path = join(t.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const sql = (query: string): unknown => {
    const db = new Database(ws, { readonly: true });
    try {
      return db.prepare(query).pluck().get();
    } finally {
      db.close();
    }
  };

  beforeAll(() => {
    expect(runCli(['demo', ws, '--customers', '1500']).code).toBe(0);
    expect(runCli(['refresh', ws]).code).toBe(0);
    // A saved segment, saved as the desktop app saves it (segment.save through `call`).
    const save = runCli([
      'call',
      '--workspace',
      ws,
      'segment.save',
      JSON.stringify({ name: 'South', definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'region', op: '=', value: '华南' } } }),
    ]);
    expect(save.code, save.stdout + save.stderr).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('count --json with the issue example rule prints count and total like SQL', () => {
    const r = runCli(['segment', 'count', ws, '--rule', rule('example.json', EXAMPLE), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = { count: sql(`SELECT count(*) FROM customer_mart WHERE ${EXAMPLE_SQL}`), total: sql('SELECT count(*) FROM customer_mart') };
    expect(expected.count).toBeGreaterThan(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('lists, shows and counts a saved segment by name', () => {
    const south = sql(`SELECT count(*) FROM customer_mart WHERE region = '华南'`);
    const list = runCli(['segment', 'list', ws, '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { segments: { name: string; size: number }[] }).segments.map((s) => [s.name, s.size])).toEqual([['South', south]]);
    const text = runCli(['segment', 'list', ws]);
    expect(text.stdout).toContain(`dynamic\t${String(south)}\tSouth`);
    const count = runCli(['segment', 'count', ws, 'south', '--json']);
    expect(JSON.parse(count.stdout)).toEqual({ count: south, total: sql('SELECT count(*) FROM customer_mart') });
    const show = runCli(['segment', 'show', ws, 'South']);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('rule ');
    expect(show.stdout).toContain('华南');
  });

  it('exits non-zero with one line naming an unknown field, an unknown operator, an empty group or an unknown segment', () => {
    const cases: [string[], RegExp][] = [
      [['--rule', rule('field.json', '{"field":"no_such_field","op":"=","value":1}')], /no_such_field/],
      [['--rule', rule('op.json', '{"field":"region","op":"like","value":"x"}')], /like/],
      [['--rule', rule('empty.json', '{"op":"and","rules":[]}')], /empty|EMPTY_GROUP/i],
      [['--rule', rule('bad.json', '{not json')], /bad\.json/],
      [['Nobody'], /Nobody/],
    ];
    for (const [args, named] of cases) {
      const r = runCli(['segment', 'count', ws, ...args, '--json']);
      expect(r.code, r.stdout).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(named);
    }
  });
});
