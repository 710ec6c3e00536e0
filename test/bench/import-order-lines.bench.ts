// Order-line exports at scale (issue 10 §1–3): an Online Retail-shaped CSV of 500,000 lines
// (invoices of 1–40 lines, C-prefixed credit notes with negative quantities, guest rows without
// a customer) imported through the CLI. The expected orders, revenue and returns are counted
// here while the file is written, independently of the importer, and the workspace must hold
// exactly them. The reference in the same run is the same number of rows imported as an
// order-level file (one row an order): grouping lines must not cost more than 2× its time.
// `npm run bench -- import-order-lines`; BENCH_ORDER_LINES sizes the file.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Rng } from '../unit/models/rng';
import { tempDir } from '../support/temp';
import { cliImport, rowsPerSecond } from './measure-process';

const LINES = Number(process.env.BENCH_ORDER_LINES ?? 500_000);
const MAX_RATIO = 2;

interface Expected {
  lines: number;
  guestLines: number;
  purchases: number;
  returns: number;
  /** In pence, so the sums are exact. */
  grossPence: number;
  returnsPence: number;
  customers: number;
}

async function writeLines(path: string, lines: number): Promise<Expected> {
  const rng = new Rng(20261204);
  const out = createWriteStream(path);
  out.write('InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n');
  const e: Expected = { lines: 0, guestLines: 0, purchases: 0, returns: 0, grossPence: 0, returnsPence: 0, customers: 0 };
  const customers = new Set<number>();
  let invoice = 536365;
  let day = 0;
  while (e.lines < lines) {
    const guest = rng.uniform() < 0.15;
    const credit = !guest && rng.uniform() < 0.03;
    const customer = 12346 + Math.floor(rng.uniform() * 4000);
    const count = Math.min(lines - e.lines, 1 + Math.floor(rng.uniform() * 40));
    const date = new Date(Date.UTC(2010, 11, 1) + day * 86_400_000);
    const stamp = `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${8 + (invoice % 10)}:${String(invoice % 60).padStart(2, '0')}`;
    const id = credit ? `C${invoice}` : String(invoice);
    let pence = 0;
    let chunk = '';
    for (let k = 0; k < count; k++) {
      const quantity = (1 + Math.floor(rng.uniform() * 24)) * (credit ? -1 : 1);
      const pricePence = 10 + Math.floor(rng.uniform() * 1500);
      pence += quantity * pricePence;
      chunk += `${id},${20000 + Math.floor(rng.uniform() * 4000)},ITEM ${k},${quantity},${stamp},${(pricePence / 100).toFixed(2)},${guest ? '' : `${customer}`},United Kingdom\n`;
    }
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    e.lines += count;
    if (guest) e.guestLines += count;
    else {
      customers.add(customer);
      if (credit) {
        e.returns++;
        e.returnsPence += pence;
      } else {
        e.purchases++;
        e.grossPence += pence;
      }
    }
    invoice++;
    if (invoice % 40 === 0) day = (day + 1) % 370;
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  e.customers = customers.size;
  return e;
}

async function writeOrders(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('order_id,customer_id,order_date,amount,quantity\n');
  for (let i = 0; i < rows; i++) {
    const line = `O${i},C${i % 4000},2011-${String(1 + (i % 12)).padStart(2, '0')}-15,${(i % 997) / 10},${1 + (i % 9)}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-order-lines-');
  try {
    const csv = join(t.dir, 'online-retail-shaped.csv');
    const expected = await writeLines(csv, LINES);
    const reference = join(t.dir, 'orders.csv');
    await writeOrders(reference, LINES);
    const ws = join(t.dir, 'lines.churn');
    const lines = await cliImport(csv, ws);
    const plain = await cliImport(reference, join(t.dir, 'orders.churn'));
    const db = new Database(ws, { readonly: true });
    const got = db
      .prepare(
        `SELECT sum(status = 'completed') AS purchases, sum(status = 'refunded') AS returns,
                round(sum(CASE WHEN status = 'completed' THEN amount END) * 100) AS gross,
                round(sum(CASE WHEN status = 'refunded' THEN amount END) * 100) AS refunds,
                count(DISTINCT customer_id) AS customers FROM orders`,
      )
      .get() as { purchases: number; returns: number; gross: number; refunds: number; customers: number };
    const rejected = db.prepare(`SELECT count(*) FROM import_rejects`).pluck().get() as number;
    db.close();
    const want = { purchases: expected.purchases, returns: expected.returns, gross: expected.grossPence, refunds: expected.returnsPence, customers: expected.customers };
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`imported ${JSON.stringify(got)}, counted ${JSON.stringify(want)}`);
    if (rejected !== expected.guestLines) throw new Error(`${rejected} rejects, ${expected.guestLines} guest lines`);
    const ratio = Math.round((lines.seconds / plain.seconds) * 100) / 100;
    if (ratio > MAX_RATIO) throw new Error(`line import took ${ratio}× the order-level import of as many rows (limit ${MAX_RATIO}×)`);
    return {
      'order lines (guest lines)': `${expected.lines} (${expected.guestLines})`,
      'orders: purchases / returns': `${got.purchases} / ${got.returns} (counted while writing: ${want.purchases} / ${want.returns})`,
      'revenue: gross / returns': `${(got.gross / 100).toFixed(2)} / ${(got.refunds / 100).toFixed(2)} (equal to the count)`,
      'line import: s': lines.seconds,
      'line import: lines/s': rowsPerSecond(expected.lines, lines.seconds),
      'line import: peak RSS MB': lines.rssMb,
      'reference, same rows as orders: s': plain.seconds,
      [`ratio line / order-level import (limit ${MAX_RATIO})`]: ratio,
    };
  } finally {
    t.cleanup();
  }
}
