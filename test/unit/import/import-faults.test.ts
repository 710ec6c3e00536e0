// All-or-nothing: broken inputs, a failure at row N, a killed worker, cancel and SIGKILL of the
// importing process each leave the workspace exactly as it was (every table digested before
// and after) and passing integrity_check. Upsert twice: no duplicates.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/import/run-import';
import { CLI } from '../../support/cli';
import { tempDir } from './helpers';
import { zipOf } from './zip-fixture';
import { digest, importError, importFiles, integrity, openService, writeOrdersCsv } from './import-support';
import { createService, type Service } from '../../../electron/service/service';

const tmp = tempDir();
const ws = join(tmp.dir, 'base.churn');
const big = join(tmp.dir, 'big-orders.csv');
let service: Service;
let before: Record<string, string>;

beforeAll(async () => {
  await writeOrdersCsv(big, 300_000);
  service = await openService(ws);
  tmp.write('seed.csv', 'customer_id,name,region,流失\nC0000001,张三,华东,0\nC0000002,李四,华北,1\n');
  await importFiles(service, { files: [{ path: join(tmp.dir, 'seed.csv') }] });
  before = digest(ws);
}, 120_000);
afterAll(() => service.close());

const settings = { dayFirst: false, decimalComma: false };
const unchanged = (): void => {
  expect(integrity(ws)).toBe('ok');
  expect(digest(ws)).toEqual(before);
};

describe('broken inputs: a clear error naming the place, and the workspace unchanged', () => {
  const cases: [string, () => string, RegExp][] = [
    ['empty file', () => tmp.write('empty.csv', ''), /empty\.csv: the file is empty/],
    ['header only', () => tmp.write('header-only.csv', 'customer_id,name\n'), /header-only\.csv: no data rows/],
    ['random bytes', () => tmp.write('random.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))), /random\.csv: /],
    [
      'a lying extension (PNG named .xlsx)',
      () => tmp.write('photo.xlsx', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)])),
      /photo\.xlsx: the name says \.xlsx but the content is a PNG image/,
    ],
    ['a truncated xlsx', () => tmp.write('truncated.xlsx', truncatedXlsx()), /truncated\.xlsx: /],
    ['a zip bomb', () => tmp.write('bomb.xlsx', zipBomb()), /bomb\.xlsx: refused before unpacking: .*expands/],
    ['a 1 MB cell', () => tmp.write('big-cell.csv', `customer_id,note\nC1,"${'x'.repeat(1024 * 1024 + 10)}"\n`), /big-cell\.csv.*row 2.*column "note"/],
    ['an unterminated quote', () => tmp.write('quote.csv', 'customer_id,name\nC1,"unterminated\nC2,x\n'), /quote\.csv.*(row|line) 2.*quote/i],
    [
      'every row rejected (dates that are not dates)',
      () => tmp.write('bad-dates.csv', 'order_id,customer_id,order_date,amount\n1,C1,not a date,1\n2,C2,soon,2\n'),
      /bad-dates\.csv, row 2, column "order_date", value "not a date": Order date: not a date.*nothing imported/,
    ],
  ];
  const orders = [
    {
      target: 'orders',
      fields: [
        { field: 'order_id', column: 'order_id' },
        { field: 'customer_id', column: 'customer_id' },
        { field: 'order_date', column: 'order_date' },
      ],
    },
  ];
  it.each(cases)('%s', async (name, make, message) => {
    const path = make();
    const tables = name.startsWith('every row') ? orders : undefined;
    const error = await importError(service, { files: [{ path, tables }], settings });
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n/);
    unchanged();
  });

  it('duplicate, empty and __proto__ headers import safely under renamed columns', async () => {
    const path = tmp.write('headers.csv', 'customer_id,name,name,,__proto__\nH1,a,b,c,d\n');
    const probe = join(tmp.dir, 'headers.churn');
    const s = await openService(probe);
    const r = await importFiles(s, { files: [{ path }] });
    s.close();
    expect(r.rowsImported).toBe(1);
    expect(integrity(probe)).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('mixed encodings: a GBK file and a UTF-8 file in one import each decode right', async () => {
    const iconv = (await import('iconv-lite')).default;
    const gbk = tmp.write('gbk.csv', iconv.encode('客户ID,客户名称,区域\nG1,王五,华南\n', 'gbk'));
    const utf8 = tmp.write('utf8.csv', '客户ID,客户名称,区域\nU1,赵六,西南\n');
    const probe = join(tmp.dir, 'mixed.churn');
    const s = await openService(probe);
    await importFiles(s, { files: [{ path: gbk }, { path: utf8 }] });
    const names = await s.invoke('workspace.query', { sql: 'SELECT name FROM customers ORDER BY customer_id' });
    s.close();
    expect(names).toMatchObject({ ok: true, result: { rows: [['王五'], ['赵六']] } });
  });
});

describe('faults mid-import leave the before-state', () => {
  it('an error thrown while reading row N (after thousands of rows were written)', async () => {
    await expect(runImport(ws, { files: [{ path: big, options: {} }], mapping: 'auto', mode: 'append', settings }, { failAtRow: 150_000 })).rejects.toThrow(
      /injected failure at row 150000/,
    );
    unchanged();
  });

  it('the worker killed mid-import', async () => {
    let killed = false;
    await expect(
      runImport(
        ws,
        { files: [{ path: big, options: {} }], mapping: 'auto', mode: 'append', settings },
        {
          onWorker: (worker, rows) => {
            if (!killed && rows > 50_000) {
              killed = true;
              void worker.terminate();
            }
          },
        },
      ),
    ).rejects.toThrow();
    expect(killed).toBe(true);
    unchanged();
  });

  it('the worker exceeding its memory cap: a clear error', async () => {
    // Legacy .xls, which SheetJS reads whole (xlsx is streamed in constant memory now): 60,000
    // rows with a long note each are far more than 64 MB once parsed.
    const note = '备注'.repeat(150);
    const rows = Array.from({ length: 60_000 }, (_, i) => [`C${i}`, `客户${i}`, `${note}${i}`, i % 2]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['customer_id', 'name', 'note', 'churned'], ...rows]), 'data');
    const path = join(tmp.dir, 'heavy.xls');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const error = await importError(service, { files: [{ path }], memoryLimitMb: 64 });
    expect(error.message).toMatch(/more than the 64 MB of memory/);
    unchanged();
  });

  it('cancel through job.cancel', async () => {
    const jobId = 'cancel-me';
    const off = service.subscribe((event, payload) => {
      if (event === 'job.progress' && (payload as { jobId: string; done: number }).done > 20_000) void service.invoke('job.cancel', { jobId });
    });
    const error = await importError(service, { jobId, files: [{ path: big }] });
    off();
    expect(error.code).toBe('CANCELLED');
    unchanged();
  });

  it('SIGKILL of the importing process at any moment', async () => {
    // Early and late in the transaction, told apart by how far the WAL has grown (the import of
    // this file takes only a second or two, too short a window for fixed delays on a busy machine).
    // Ascending, because a killed import leaves its WAL file behind at the size it had reached.
    for (const walBytes of [4 << 20, 16 << 20]) {
      const child = spawn(process.execPath, [CLI, 'import', ws, big], { stdio: 'ignore' });
      const wal = `${ws}-wal`;
      const t0 = Date.now();
      while (Date.now() - t0 < 60_000 && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 10));
        if (existsSync(wal) && statSync(wal).size > walBytes) break;
      }
      expect(child.exitCode, 'still importing when killed').toBeNull();
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      unchanged();
    }
  });
});

describe('a new workspace built by its import: nothing at the path unless it succeeds', () => {
  const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('fresh.churn'));

  it('cancel through job.cancel', async () => {
    const dir = mkdtempSync(join(tmp.dir, 'new-cancel-'));
    const jobId = 'cancel-new';
    const off = service.subscribe((event, payload) => {
      if (event === 'job.progress' && (payload as { jobId: string; done: number }).done > 20_000) void service.invoke('job.cancel', { jobId });
    });
    const r = await service.invoke('workspace.createFromFiles', { jobId, path: join(dir, 'fresh.churn'), files: [{ path: big }] });
    off();
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(leftovers(dir)).toEqual([]);
    // The workspace that was open stays open and untouched.
    expect((await service.invoke('workspace.info', {})) as { ok: boolean; result: { path: string } }).toMatchObject({ ok: true, result: { path: ws } });
    unchanged();
  });

  it('SIGKILL of the CLI: no workspace at the path; the next build clears the abandoned temporary file', async () => {
    const dir = mkdtempSync(join(tmp.dir, 'new-kill-'));
    const target = join(dir, 'fresh.churn');
    const child = spawn(process.execPath, [CLI, 'import', target, big], { stdio: 'ignore' });
    const t0 = Date.now();
    // Killed once rows are being written into the temporary workspace.
    const journal = () => leftovers(dir).find((f) => f.endsWith('.tmp-journal') || f.endsWith('.tmp'));
    while (Date.now() - t0 < 60_000 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 10));
      const j = journal();
      if (j && statSync(join(dir, j)).size > 8 << 20) break;
    }
    expect(child.exitCode, 'still importing when killed').toBeNull();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(target)).toBe(false);
    expect(leftovers(dir).length).toBeGreaterThan(0);
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'order_id,customer_id,order_date\nO1,C1,2024-01-02\n');
    const other = createService();
    try {
      const made = await other.invoke('workspace.createFromFiles', { path: target, files: [{ path: small }] });
      expect(made).toMatchObject({ ok: true, result: { import: { rowsImported: 1 } } });
    } finally {
      other.close();
    }
    expect(leftovers(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(integrity(target)).toBe('ok');
  });
});

describe('modes', () => {
  it('upsert twice: no duplicates, changed values updated; append again: every row rejected as a duplicate', async () => {
    const probe = join(tmp.dir, 'modes.churn');
    const s = await openService(probe);
    const jan = tmp.write('jan.csv', '订单号,客户ID,下单时间,实付金额\nA1,C1,2024/3/5,"¥1,200.50"\nA2,C2,2024年3月6日,3.2万\n');
    await importFiles(s, { files: [{ path: jan }], mode: 'upsert' });
    const feb = tmp.write('feb.csv', '订单号,客户ID,下单时间,实付金额\nA2,C2,2024-03-06,33000\nA3,C1,20240401,5\n');
    await importFiles(s, { files: [{ path: feb }], mode: 'upsert' });
    await importFiles(s, { files: [{ path: feb }], mode: 'upsert' });
    const q = await s.invoke('workspace.query', { sql: 'SELECT order_id, customer_id, order_date, amount FROM orders ORDER BY order_id' });
    expect(q).toMatchObject({
      ok: true,
      result: {
        rows: [
          ['A1', 'C1', '2024-03-05', 1200.5],
          ['A2', 'C2', '2024-03-06', 33000],
          ['A3', 'C1', '2024-04-01', 5],
        ],
      },
    });
    const again = await importError(s, { files: [{ path: feb }], mode: 'append' });
    expect(again.message).toMatch(/feb\.csv, row 2, column "订单号", value "A2": Orders: this Order ID already exists/);
    s.close();
  });

  it('many rows a statement: duplicates inside one chunk are rejected one by one; an upsert chunk repeating a key keeps the last', async () => {
    const probe = join(tmp.dir, 'chunks.churn');
    const s = await openService(probe);
    // 230 rows: several 50-row statements plus a remainder; rows 61 and 175 repeat earlier keys.
    const lines = Array.from({ length: 230 }, (_, i) => {
      const id = i === 60 ? 'K10' : i === 174 ? 'K170' : `K${i}`;
      return `${id},C${i % 7},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i}`;
    });
    const file = tmp.write('chunks.csv', `order_id,customer_id,order_date,amount\n${lines.join('\n')}\n`);
    const r = await importFiles(s, { files: [{ path: file }] });
    expect(r).toMatchObject({ rowsRead: 230, rowsImported: 228, rowsRejected: 2, customersCreated: 7 });
    expect(r.rejected.map((x) => [x.row, x.column, x.value])).toEqual([
      [62, 'order_id', 'K10'],
      [176, 'order_id', 'K170'],
    ]);
    const raw = await s.invoke('workspace.query', { sql: 'SELECT count(*), min(__row), max(__row) FROM raw_chunks' });
    expect(raw).toMatchObject({ ok: true, result: { rows: [[230, 2, 231]] } });
    const kept = await s.invoke('workspace.query', { sql: "SELECT amount FROM orders WHERE order_id IN ('K10', 'K170') ORDER BY order_id" });
    expect(kept).toMatchObject({ ok: true, result: { rows: [[10], [170]] } });
    await importFiles(s, { files: [{ path: file }], mode: 'upsert' });
    const upserted = await s.invoke('workspace.query', { sql: "SELECT count(*), sum(order_id = 'K10' AND amount = 60) FROM orders" });
    expect(upserted).toMatchObject({ ok: true, result: { rows: [[228, 1]] } });
    s.close();
  });

  it('replace: the target table holds exactly the new file', async () => {
    const probe = join(tmp.dir, 'replace.churn');
    const s = await openService(probe);
    await importFiles(s, { files: [{ path: tmp.write('r1.csv', 'order_id,customer_id,order_date\nX1,C1,2024-01-01\nX2,C1,2024-01-02\n') }] });
    await importFiles(s, { files: [{ path: tmp.write('r2.csv', 'order_id,customer_id,order_date\nY1,C9,2024-02-01\n') }], mode: 'replace' });
    const q = await s.invoke('workspace.query', { sql: 'SELECT order_id FROM orders' });
    expect(q).toMatchObject({ ok: true, result: { rows: [['Y1']] } });
    s.close();
  });
});

function truncatedXlsx(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['customer_id', 'name'], ...Array.from({ length: 2000 }, (_, i) => [`C${i}`, `n${i}`])]), 'data');
  const full = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return full.subarray(0, Math.floor(full.length * 0.6));
}

/** One entry of 64 MB of zeros, deflated to a few kilobytes: a workbook-shaped zip bomb. */
function zipBomb(): Buffer {
  return zipOf('xl/worksheets/sheet1.xml', 64 * 1024 * 1024);
}
