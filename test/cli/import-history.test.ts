// `churn-cockpit imports` lists past imports with counts per source table; `churn-cockpit rejects`
// prints every rejected row of one import, or writes them as the same CSV the Data page exports.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

const t = tempDir('churn-cli-history-');
afterAll(() => t.cleanup());

describe('churn-cockpit imports / rejects', () => {
  const ws = join(t.dir, 'history.churn');
  const csv = join(t.dir, 'orders.csv');
  // 30 good orders, one unpaid, 12 bad amounts: two reasons.
  const good = Array.from({ length: 30 }, (_, i) => `G${i},C${i % 7},2024-03-05 09:00,${i + 0.5}`);
  const bad = Array.from({ length: 12 }, (_, i) => `B${i},C${i},2024-03-05 10:00,=SUM(A${i})`);
  writeFileSync(csv, ['订单号,客户ID,付款时间,金额', 'A2,C2,,8', ...bad, ...good].join('\n') + '\n');

  it('import prints one line per reason and points at the rejects command for the rows', () => {
    const r = runCli(['import', ws, csv]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  12 rows: Amount: not a number — 金额, rows 3, 4, 5 …\n  1 row: Order date is empty: no payment time (unpaid order?) — 付款时间, row 2\n');
    expect(r.stdout).toContain('… all of them: churn-cockpit rejects WORKSPACE 1');
  });

  it('imports lists the import with its files and counts per table', () => {
    const r = runCli(['imports', ws]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^import 1 {2}\S+ {2}append {2}43 read, 30 imported, 13 rejected {2}\(\S*orders\.csv\)$/m);
    expect(r.stdout).toMatch(/^ {2}orders\.csv {2}orders {2}→ orders {2}43 read, 30 imported, 13 rejected$/m);
    const json = JSON.parse(runCli(['imports', ws, '--json']).stdout) as { imports: { importId: number; tables: { rowsRejected: number }[] }[] };
    expect(json.imports.map((i) => [i.importId, i.tables[0]?.rowsRejected])).toEqual([[1, 13]]);
  });

  it('rejects prints every rejected row with its reason; --out writes the neutralised CSV', () => {
    const r = runCli(['rejects', ws, '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe('orders.csv row 2 column "付款时间": Order date is empty: no payment time (unpaid order?)');
    expect(lines[1]).toBe('orders.csv row 3 column "金额" value "=SUM(A0)": Amount: not a number');
    expect(lines.at(-1)).toBe('13 rejected row value(s)');

    const out = join(t.dir, 'rejects.csv');
    expect(runCli(['rejects', ws, '1', '--out', out]).stdout.trim()).toBe(`13 rejected row value(s) written to ${out}`);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(14);
    expect(rows[0]).toBe('File,Sheet,Source table,Row,Column,Value,Reason,Reason code');
    expect(rows[2]).toBe(`orders.csv,,orders,3,金额,'=SUM(A0),Amount: not a number,invalidValue`);
    // In Chinese on request: headers and reasons; the code stays, a filter for either language.
    runCli(['rejects', ws, '1', '--out', out, '--lang', 'zh-CN']);
    const zh = readFileSync(out, 'utf8').slice(1).trim().split('\r\n');
    expect(zh[0]).toBe('文件,工作表,源表,行号,列,值,原因,原因代码');
    expect(zh[1]).toBe('orders.csv,,orders,2,付款时间,,下单时间为空：没有付款时间（未付款订单？）,unpaidOrder');
  });

  it('rejects refuses an IMPORT_ID that is not a number', () => {
    const r = runCli(['rejects', ws, 'last']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('IMPORT_ID must be a whole number');
  });
});
