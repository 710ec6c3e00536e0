// `churn-cockpit import`: creates the workspace, prints counts per source table (or one JSON
// object), exits non-zero with a one-line message naming file, row and column when nothing
// could be imported; `--mapping raw` and `--mapping FILE`. Also the HTTP upload that lets a
// browser hand the service a file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHttpHost } from '../../electron/hosts/http-host';
import { createService } from '../../electron/service/service';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { dataDir, hasData } from '../unit/import/helpers';

const t = tempDir('churn-cli-import-');
afterAll(() => t.cleanup());
const file = (name: string, content: string): string => {
  const p = join(t.dir, name);
  writeFileSync(p, content);
  return p;
};

describe('churn-cockpit import', () => {
  it('creates the workspace and prints rows read, imported and rejected per table', () => {
    const ws = join(t.dir, 'new.churn');
    const csv = file('orders.csv', '订单号,客户ID,下单时间,金额\nA1,C1,2024/3/5,¥12.50\nA2,C2,2024年3月6日,x\n');
    const r = runCli(['import', ws, csv]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(ws)).toBe(true);
    expect(r.stdout).toMatch(/orders\.csv\s+orders\s+orders\s+2\s+1\s+1/);
    expect(r.stdout).toContain('  1 row: Amount: not a number — 金额, row 3\n');
  });

  it('a line-level export: says how many lines made how many orders and how many were returns', () => {
    const ws = join(t.dir, 'lines.churn');
    const r = runCli(['import', ws, join(import.meta.dirname, '../fixtures/import/online-retail-mini.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/online-retail-mini\.csv\s+online-retail-mini\s+order_lines\s+20\s+17\s+3/);
    expect(r.stdout).toContain('17 order lines grouped into 10 orders');
    expect(r.stdout).toContain('3 orders treated as returns, 0 as cancellations');
  });

  it('--json prints one object; --mapping raw keeps one raw table per source named after it', () => {
    const ws = join(t.dir, 'raw.churn');
    const csv = file('客户 清单.csv', 'a,b\n1,2\n3,4\n');
    const r = runCli(['import', ws, csv, '--mapping', 'raw', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { tables: { target: string; rawTable: string; rowsImported: number }[] };
    expect(out.tables).toEqual([expect.objectContaining({ target: 'raw', rawTable: 'raw_客户_清单', rowsImported: 2 })]);
  });

  it('exits non-zero with one line naming file, row and column when nothing could be imported', () => {
    const ws = join(t.dir, 'fail.churn');
    const map = file(
      'map.json',
      JSON.stringify({
        tables: [
          {
            target: 'orders',
            fields: [
              { field: 'order_id', column: 'id' },
              { field: 'customer_id', column: 'cust' },
              { field: 'order_date', column: 'day' },
            ],
          },
        ],
      }),
    );
    const csv = file('bad.csv', 'id,cust,day\n1,C1,someday\n');
    const r = runCli(['import', ws, csv, '--mapping', map]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.csv, row 2, column "day", value "someday": Order date: not a date/);
  });

  it.skipIf(!hasData)('--mapping FILE maps chinook Customer and Invoice; --save-mapping is found again by headers', () => {
    const ws = join(t.dir, 'chinook.churn');
    const map = file(
      'chinook.json',
      JSON.stringify({
        tables: [
          {
            table: 'Customer',
            target: 'customers',
            fields: [
              { field: 'customer_id', column: 'CustomerId' },
              { field: 'name', column: 'Company' },
            ],
          },
          {
            table: 'Invoice',
            target: 'orders',
            fields: [
              { field: 'order_id', column: 'InvoiceId' },
              { field: 'customer_id', column: 'CustomerId' },
              { field: 'order_date', column: 'InvoiceDate' },
              { field: 'amount', column: 'Total' },
            ],
          },
        ],
      }),
    );
    const r = runCli(['import', ws, join(dataDir, 'chinook', 'Chinook_Sqlite.sqlite'), '--mapping', map, '--save-mapping', 'chinook', '--json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { tables: { table: string; target: string; rowsImported: number }[]; savedMapping: string };
    expect(out.tables.filter((x) => x.target !== 'raw')).toEqual([
      expect.objectContaining({ table: 'Customer', target: 'customers', rowsImported: 59 }),
      expect.objectContaining({ table: 'Invoice', target: 'orders', rowsImported: 412 }),
    ]);
    expect(out.savedMapping).toBe('chinook');
    const again = runCli(['import', ws, join(dataDir, 'chinook', 'Chinook_MySql.sql'), '--mode', 'upsert', '--json']);
    const second = JSON.parse(again.stdout) as { tables: { table: string; mappingSource: string; mappingName: string | null }[] };
    expect(second.tables.find((x) => x.table === 'Customer')).toMatchObject({ mappingSource: 'saved', mappingName: 'chinook' });
    const q = runCli(['query', ws, 'SELECT count(*) AS n FROM orders']);
    expect(q.stdout).toMatch(/^n\n412\n?$/);
  });
});

describe('PUT /api/upload', () => {
  it('streams the body to a staging file and answers its path; the token is required', async () => {
    const service = createService();
    const host = await startHttpHost(service, { rendererDir: t.dir });
    try {
      const url = `http://127.0.0.1:${host.port}/api/upload?name=${encodeURIComponent('../../evil 月.csv')}`;
      const denied = await fetch(url, { method: 'PUT', body: 'a,b\n1,2\n' });
      expect(denied.status).toBe(401);
      const ok = await fetch(url, { method: 'PUT', body: 'a,b\n1,2\n', headers: { Authorization: `Bearer ${host.token}` } });
      const body = (await ok.json()) as { ok: boolean; result: { path: string; bytes: number } };
      expect(body.ok).toBe(true);
      expect(body.result.bytes).toBe(8);
      // A random folder per upload; the file keeps its cleaned original name.
      expect(body.result.path).toMatch(/churn-cockpit-uploads-[^/]+\/[0-9a-f]{16}\/evil 月\.csv$/);
      expect(readFileSync(body.result.path, 'utf8')).toBe('a,b\n1,2\n');
      const again = await fetch(url, { method: 'PUT', body: 'a,b\n3,4\n', headers: { Authorization: `Bearer ${host.token}` } });
      const second = (await again.json()) as { result: { path: string } };
      expect(second.result.path).not.toBe(body.result.path);
      expect(basename(second.result.path)).toBe('evil 月.csv');
      expect(readFileSync(body.result.path, 'utf8')).toBe('a,b\n1,2\n');
      // Lineage, raw table name and history carry the original name, not the staging folder.
      const ws = join(t.dir, 'staged.churn');
      const r = runCli(['import', ws, body.result.path, '--mapping', 'raw', '--json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { tables: { file: string; table: string; rawTable: string }[] };
      expect(out.tables).toEqual([expect.objectContaining({ file: 'evil 月.csv', table: 'evil 月', rawTable: 'raw_evil_月' })]);
      const q = runCli(['query', ws, 'SELECT source_file FROM imports UNION ALL SELECT source_file FROM raw_tables']);
      expect(q.stdout.trim().split('\n').slice(1)).toEqual(['evil 月.csv', 'evil 月.csv']);
    } finally {
      await host.close();
      service.close();
    }
  });
});
