// Helpers for the import engine tests: a workspace digest (every table, every row) to prove
// "unchanged", generated order files, and a service with an open workspace.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import Database from 'better-sqlite3';
import { createService, type Service } from '../../../electron/service/service';
import type { ImportResult } from '../../../shared/contract/domains/import';

/** Table name → row count and a hash of all rows in rowid (or key) order. */
export function digest(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const names = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const name of names) {
      const h = createHash('sha256');
      let n = 0;
      for (const row of db
        .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
        .raw(true)
        .iterate() as IterableIterator<unknown[]>) {
        h.update(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
        n++;
      }
      out[name] = `${n}:${h.digest('hex').slice(0, 16)}`;
    }
    return out;
  } finally {
    db.close();
  }
}

export function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

const START = Date.UTC(2021, 0, 1);
const SPAN_MS = 4 * 365 * 86_400_000;

/** An orders CSV: order_id, customer_id, order_date, amount, quantity, product. */
export async function writeOrdersCsv(path: string, rows: number, customers = Math.max(1, Math.floor(rows / 10))): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string): Promise<void> =>
    new Promise((resolve) => {
      if (out.write(s)) resolve();
      else out.once('drain', () => resolve());
    });
  await write('order_id,customer_id,order_date,amount,quantity,product\n');
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    const c = 1 + ((i * 7919) % customers);
    // Like a real export: in time order over four years, customers scattered.
    const when = new Date(START + Math.floor((i / rows) * SPAN_MS)).toISOString();
    chunk += `O${String(i).padStart(9, '0')},C${String(c).padStart(7, '0')},${when.slice(0, 10)} ${when.slice(11, 19)},${((i % 9973) / 10).toFixed(2)},${1 + (i % 5)},商品${i % 500}\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function openService(path: string): Promise<Service> {
  const service = createService();
  await service.session.open(path, { create: true });
  return service;
}

export async function importFiles(service: Service, input: Record<string, unknown>): Promise<ImportResult> {
  const r = await service.invoke('import.run', input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.result as ImportResult;
}

export async function importError(service: Service, input: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const r = await service.invoke('import.run', input);
  if (r.ok) throw new Error('expected the import to fail');
  return r.error;
}
