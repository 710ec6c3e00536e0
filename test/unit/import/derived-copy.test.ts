// Clean batches reach the canonical table by INSERT … SELECT from the raw table, the others by
// binding converted values; either way every canonical row must be what convertField makes of
// its source row, rejected rows must be reported and left out, and duplicates found one by one.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { planTable } from '../../../electron/import/plan';
import { openSource } from '../../../electron/import/readers';
import { RowMapper } from '../../../electron/import/row-mapper';
import { canonicalTables, type CanonicalField } from '../../../shared/domain/canonical-tables';
import { convertField } from '../../../shared/import/field-value';
import { tempDir } from './helpers';
import { importFiles, openService } from './import-support';

const tmp = tempDir();
const HEADER = ['order_id', 'customer_id', 'order_date', 'amount', 'quantity', 'product'];
const ROWS = 13_000;

/**
 * Mostly clean rows; here and there what sends a batch down the bound path or out as a reject.
 * The worker sends 4000-row batches: rows 1–4000 and 8001–12000 are bound (a currency amount,
 * padded text), 4001–8000 and 12001–13000 are copied in runs between rejected rows, with a key
 * repeated in a later run than its first use (the copy must be undone before the row-by-row replay).
 */
function line(i: number): string[] {
  const day = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const cells = [
    `O${i}`,
    `C${i % 97}`,
    `${day} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:07`,
    `${(i % 5000) / 4}`,
    String(1 + (i % 3)),
    `商品${i % 11}`,
  ];
  if (i % 1000 === 7) cells[2] = `${day} 00:00:00`; // midnight: the date alone
  if (i % 1700 === 3) cells[5] = ''; // empty → null
  if (i === 3005 || i === 9005) cells[3] = '¥1,234.50'; // only the general parser reads it
  if (i === 1904 || i === 9504) cells[5] = ' padded '; // trimmed
  if (i === 2509 || i === 5009 || i === 10_009) cells[2] = 'soon'; // rejected
  if (i === 4111 || i === 12_311) cells[1] = ''; // rejected: required
  if (i === 6000) cells[0] = 'O4500'; // duplicates
  if (i === 9000) cells[0] = 'O8999';
  if (i === 12_345) cells[0] = 'O12000';
  return cells;
}

function expected(cells: string[]): unknown[] | null {
  const spec = canonicalTables.orders.fields as readonly CanonicalField[];
  const out: unknown[] = [];
  for (const [c, name] of HEADER.entries()) {
    const f = spec.find((s) => s.name === name) as CanonicalField;
    const raw = cells[c] === '' ? null : (cells[c] as string);
    const res = convertField(raw, f, {});
    if (!res.ok || (res.value === null && f.required)) return null;
    out.push(res.value);
  }
  return out;
}

describe('canonical rows copied inside SQLite equal the converted rows', () => {
  it('orders: a file whose batches take both paths, with rejects and duplicates', async () => {
    const lines = Array.from({ length: ROWS }, (_, k) => line(k + 1));
    const file = tmp.write('mixed-orders.csv', `${HEADER.join(',')}\n${lines.map((l) => l.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`);

    // Both paths are taken: some mapped batches are derivable, some are not.
    const src = openSource(file, {});
    const kinds = { derived: 0, bound: 0 };
    for await (const table of src.tables()) {
      const plan = planTable({ file: src.file, name: table.name, columns: table.columns, samples: [] }, { mapping: 'auto', saved: [], settings: {} });
      const mapper = new RowMapper(plan, table.columns, {}, new Map());
      for await (const batch of table.rows()) kinds[mapper.map(batch).derived ? 'derived' : 'bound']++;
    }
    expect(kinds.derived).toBeGreaterThan(3);
    expect(kinds.bound).toBeGreaterThan(1);

    const ws = join(tmp.dir, 'mixed.churn');
    const s = await openService(ws);
    const r = await importFiles(s, { files: [{ path: file }] });
    const want = new Map<string, unknown[]>();
    const rejectedLines: number[] = [];
    lines.forEach((cells, k) => {
      const row = expected(cells);
      if (!row) rejectedLines.push(k + 2);
      else if (want.has(row[0] as string)) rejectedLines.push(k + 2);
      else want.set(row[0] as string, row);
    });
    expect(r).toMatchObject({ rowsRead: ROWS, rowsImported: want.size, rowsRejected: rejectedLines.length });
    const rejects = await s.invoke('import.rejects', { importId: r.importId, offset: 0, limit: 1000 });
    if (!rejects.ok) throw new Error(rejects.error.message);
    const rejectRows = (rejects.result as { rows: { row: number }[] }).rows.map((x) => x.row);
    expect([...new Set(rejectRows)].sort((a, b) => a - b)).toEqual(rejectedLines);
    s.close();

    const db = new Database(ws, { readonly: true });
    const rows = db
      .prepare('SELECT order_id, customer_id, order_date, amount, quantity, product, typeof(amount), typeof(quantity) FROM orders ORDER BY rowid')
      .raw()
      .all() as unknown[][];
    expect(rows.length).toBe(want.size);
    for (const row of rows) {
      const w = want.get(row[0] as string);
      expect(row.slice(0, 6)).toEqual(w);
      expect(row.slice(6)).toEqual([w?.[3] === null ? 'null' : 'real', 'real']);
    }
    expect(db.prepare('SELECT count(*), min(__row), max(__row) FROM raw_mixed_orders').raw().get()).toEqual([ROWS, 2, ROWS + 1]);
    db.close();
  }, 60_000);
});
