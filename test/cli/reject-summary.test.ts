// Rows an import rejects are summed up, not listed: `churn-cockpit import` prints one line per
// reason with its count, column and first rows — a file of guest checkouts (no customer id) is
// one line however many there are — `rejects --summary` gives the same groups, and `rejects`
// keeps the full list. Counts are checked against the file as written and the stored rejects.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { dataDir, hasData } from '../unit/import/helpers';

const t = tempDir('churn-cli-reject-summary-');
afterAll(() => t.cleanup());

const summaryLines = (stdout: string) => stdout.split('\n').filter((l) => /^ {2}[\d,]+ rows?: /.test(l));

describe('reject summary', () => {
  const ws = join(t.dir, 'guests.churn');
  const csv = join(t.dir, 'orders.csv');
  // Row numbers as the reader counts them (the header is row 1). 40 orders of known customers,
  // 1,203 guest checkouts (CustomerID empty), 3 unreadable dates and 2 order ids seen before.
  const lines = ['OrderID,CustomerID,OrderDate,Amount'];
  const guestRows: number[] = [];
  const badDateRows: number[] = [];
  const duplicateRows: number[] = [];
  for (let i = 0; i < 40; i++) lines.push(`K${i},C${i % 9},2024-03-${String(1 + (i % 28)).padStart(2, '0')},${i + 1}.5`);
  for (let i = 0; i < 1203; i++) {
    lines.push(`G${i},,2024-04-0${1 + (i % 9)},${(i % 50) + 3}`);
    guestRows.push(lines.length);
  }
  for (const day of ['someday', '2024-13-45', 'soon']) {
    lines.push(`D${lines.length},C1,${day},7`);
    badDateRows.push(lines.length);
  }
  for (const id of ['K3', 'K17']) {
    lines.push(`${id},C2,2024-05-01,9`);
    duplicateRows.push(lines.length);
  }
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const rejected = guestRows.length + badDateRows.length + duplicateRows.length;

  it('import prints one line per reason with its count and first rows, largest first', () => {
    const r = runCli(['import', ws, csv]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${lines.length - 1} read, 40 imported, ${rejected} rejected`);
    expect(summaryLines(r.stdout)).toEqual([
      `  1,203 rows: Customer ID empty (guest checkout) — CustomerID, rows ${guestRows.slice(0, 3).join(', ')} …`,
      `  3 rows: Order date: not a date — OrderDate, rows ${badDateRows.join(', ')}`,
      `  2 rows: Orders: this Order ID already exists (in the workspace or earlier in this import); import with "Update by key" to update it — OrderID, rows ${duplicateRows.join(', ')}`,
    ]);
    // Not listed one by one.
    expect(r.stdout.split('\n').length).toBeLessThan(15);
    expect(r.stdout).toContain('… all of them: churn-cockpit rejects WORKSPACE 1');
  });

  it('stores each guest row with its code, so the groups equal the stored rejects', () => {
    const db = new Database(ws, { readonly: true });
    try {
      expect(db.prepare('SELECT code, count(*) AS n FROM import_rejects GROUP BY code ORDER BY n DESC').all()).toEqual([
        { code: 'customerMissing', n: guestRows.length },
        { code: 'invalidValue', n: badDateRows.length },
        { code: 'duplicateKey', n: duplicateRows.length },
      ]);
      expect(db.prepare("SELECT source_row FROM import_rejects WHERE code = 'customerMissing' ORDER BY source_row").pluck().all()).toEqual(guestRows);
    } finally {
      db.close();
    }
  });

  it('rejects --summary gives the same groups in the chosen language; rejects keeps the full list', () => {
    const zh = runCli(['rejects', ws, '1', '--summary', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(summaryLines(zh.stdout)).toEqual([
      `  1,203 rows: 客户ID为空（游客下单） — CustomerID, rows ${guestRows.slice(0, 3).join(', ')} …`,
      `  3 rows: 下单时间：不是有效的日期 — OrderDate, rows ${badDateRows.join(', ')}`,
      `  2 rows: 订单中已有相同的订单号（工作区中或本次导入的前面几行）；要更新已有记录，请选择“按主键更新” — OrderID, rows ${duplicateRows.join(', ')}`,
    ]);
    const json = JSON.parse(runCli(['rejects', ws, '1', '--summary', '--json']).stdout) as { total: number; groups: { reason: { code: string }; count: number }[] };
    expect(json.total).toBe(rejected);
    expect(json.groups.map((g) => [g.reason.code, g.count])).toEqual([
      ['customerMissing', 1203],
      ['invalidValue', 3],
      ['duplicateKey', 2],
    ]);
    const full = runCli(['rejects', ws, '1']).stdout.trim().split('\n');
    expect(full).toHaveLength(rejected + 1);
    expect(full[0]).toBe(`orders.csv row ${guestRows[0]} column "CustomerID": Customer ID empty (guest checkout)`);
    expect(runCli(['rejects', ws, '1', '--lang', 'fr']).stderr).toContain('--lang must be en or zh-CN');
  });

  it.skipIf(!hasData)('cn-taobao-orders all.xlsx: the 637 unpaid orders are one line', () => {
    const taobao = join(t.dir, 'taobao.churn');
    const r = runCli(['import', taobao, join(dataDir, 'cn-taobao-orders', '14', 'data', 'all.xlsx')]);
    expect(r.code).toBe(0);
    const summary = summaryLines(r.stdout);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/^ {2}637 rows: Order date is empty: no payment time \(unpaid order\?\) — 订单付款时间, rows \d+, \d+, \d+ …$/);
  });
});
