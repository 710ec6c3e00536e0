// One contract suite, run against every host: the service itself, the loopback HTTP host, the
// utility host (Electron's data process, under a stand-in parentPort since CI cannot download
// the Electron binary) and the CLI's `call --stdio`. Each case states what a client may rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import { operationNames } from '../../shared/contract/operations';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { seedHandCases } from '../support/hand-cases';
import { tempDir } from '../support/temp';
import { overCliStdio, overUtilityHost } from './process-transports';
import { inProcess, overHttp, type Transport } from './transports';

const transports: [string, (s: Service, tempDir: string) => Promise<Transport>][] = [
  ['in-process service', (s) => Promise.resolve(inProcess(s))],
  ['HTTP host', (s) => overHttp(s)],
  ['utility host', (_s, dir) => overUtilityHost(dir)],
  ['CLI call --stdio', () => overCliStdio()],
];

for (const [label, connect] of transports) {
  describe(`contract over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'contract.churn');
    let service: Service;
    let api: Transport;
    const ok = async (name: string, input: unknown = {}) => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result;
    };

    beforeAll(async () => {
      const ws = await openWorkspace(path, { create: true });
      seedHandCases(ws.db);
      ws.close();
      service = createService();
      api = await connect(service, t.dir);
    });
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('reports NO_WORKSPACE before a workspace is open', async () => {
      expect(await api.invoke('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    });

    it('app.version names the newest schema', async () => {
      expect(await ok('app.version')).toMatchObject({ name: 'Churn Cockpit', schemaVersion: LATEST_SCHEMA_VERSION });
    });

    it('workspace.open then workspace.info list tables with row counts', async () => {
      const opened = await ok('workspace.open', { path });
      expect(opened).toMatchObject({ name: 'contract.churn', schemaVersion: LATEST_SCHEMA_VERSION, dataDate: '2024-06-30', readOnly: false });
      const info = (await ok('workspace.info')) as { tables: { name: string; rows: number }[] };
      expect(info.tables.find((x) => x.name === 'customers')?.rows).toBe(6);
      expect(info.tables.find((x) => x.name === 'orders')?.rows).toBe(10);
    });

    it('customers.list pages, sorts and filters on the server', async () => {
      const page = (await ok('customers.list', { offset: 1, limit: 2, sort: [{ column: 'name', direction: 'desc' }] })) as {
        rows: { customer_id: string; name: string }[];
        total: number;
      };
      expect(page.total).toBe(6);
      expect(page.rows).toHaveLength(2);
      const all = (await ok('customers.list', { limit: 10, sort: [{ column: 'name', direction: 'desc' }] })) as typeof page;
      expect(page.rows.map((r) => r.customer_id)).toEqual(all.rows.slice(1, 3).map((r) => r.customer_id));
      const byOrders = (await ok('customers.list', {
        limit: 10,
        sort: [{ column: 'order_count', direction: 'desc' }],
        filters: [{ column: 'order_count', op: 'greaterThanOrEqual', value: 2 }],
      })) as { rows: { customer_id: string; order_count: number; total_amount: number }[]; total: number };
      expect(byOrders.rows.map((r) => [r.customer_id, r.order_count])).toEqual([['D', 3], ['B', 2], ['A', 2]]); // ties follow the sort direction
      const quick = (await ok('customers.list', { quickFilter: '上海' })) as typeof page;
      expect(quick.rows.map((r) => r.customer_id)).toEqual(['A']);
      const text = (await ok('customers.list', { filters: [{ column: 'name', op: 'contains', value: 'co' }] })) as typeof page;
      expect(text.rows.map((r) => r.customer_id)).toEqual(['E']);
    });

    it('treats filter values as data, never as SQL', async () => {
      const r = (await ok('customers.list', { filters: [{ column: 'name', op: 'equals', value: "x' OR '1'='1" }] })) as { total: number };
      expect(r.total).toBe(0);
      const pct = (await ok('customers.list', { filters: [{ column: 'name', op: 'contains', value: '%' }] })) as { total: number };
      expect(pct.total).toBe(0);
    });

    it('rejects a column outside the whitelist as INVALID_INPUT', async () => {
      const r = await api.invoke('customers.list', { sort: [{ column: 'name; DROP TABLE customers', direction: 'asc' }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const bad = await api.invoke('customers.list', { limit: -1 });
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });

    it('rejects an unknown operation', async () => {
      expect(await api.invoke('customers.nuke', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    });

    it('dashboard.kpis and dashboard.churnTrend follow the implicit churn definition', async () => {
      expect(await ok('dashboard.kpis')).toMatchObject({
        customers: 6,
        activeCustomers: 3,
        churnedLastMonth: 0,
        churnRatePrevMonth: 0.5,
        churnRateChange: -50,
      });
      const trend = (await ok('dashboard.churnTrend', { months: 3 })) as { points: { month: string; rate: number | null }[] };
      expect(trend.points).toEqual([
        { month: '2024-04', activeAtStart: 4, churned: 1, rate: 0.25 },
        { month: '2024-05', activeAtStart: 4, churned: 2, rate: 0.5 },
        { month: '2024-06', activeAtStart: 2, churned: 0, rate: 0 },
      ]);
    });

    it('workspace.query reads and refuses writes', async () => {
      expect(await ok('workspace.query', { sql: 'SELECT count(*) AS n FROM orders' })).toMatchObject({ rows: [[10]] });
      expect(await api.invoke('workspace.query', { sql: 'DELETE FROM orders' })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY_VIOLATION' },
      });
    });

    it('every operation in the table is reachable', async () => {
      for (const name of operationNames) {
        const r = await api.invoke(name, {});
        if (!r.ok) expect(r.error.code).not.toBe('UNKNOWN_OPERATION');
      }
    });
  });
}
