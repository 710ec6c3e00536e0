// One contract suite, run against every host: the service itself, the loopback HTTP host, the
// utility host (Electron's data process, under a stand-in parentPort since CI cannot download
// the Electron binary) and the CLI's `call --stdio`. Each case states what a client may rely on.
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import { operationNames, operations } from '../../shared/contract/operations';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { seedHandCases } from '../support/hand-cases';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

for (const [label, connect] of allTransports) {
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
      // What an import does: the grid reads the customer mart (no lifecycle until a refresh).
      rebuildMartProfiles(ws.db);
      ws.close();
      // The test's folder is the hosts' workspace folder: the contract workspace is opened by name there.
      service = createService(undefined, { workspaceFolder: t.dir });
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

    it('job.list answers with no workspace open, listing no jobs when none runs', async () => {
      expect(operations['job.list'].output.parse(await ok('job.list'))).toEqual({ jobs: [] });
    });

    it('workspace.openNamed then workspace.info list tables with row counts', async () => {
      const opened = await ok('workspace.openNamed', { name: 'contract' });
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
      expect(byOrders.rows.map((r) => [r.customer_id, r.order_count])).toEqual([
        ['D', 3],
        ['B', 2],
        ['A', 2],
      ]); // ties follow the sort direction
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

    it('dashboard.kpis and dashboard.churnTrend say "no snapshot", then follow the implicit churn definition after a refresh', async () => {
      expect(await ok('dashboard.kpis')).toMatchObject({ customers: 6, scoredAsOf: null, atRiskCustomers: null });
      expect(await ok('dashboard.churnTrend', { months: 3 })).toMatchObject({ dataDate: null, points: [] });
      await ok('snapshot.refresh', {});
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

    it("import.rejectGroups sums an import's rejects up by reason with counts and first examples; import.rejects pages one group", async () => {
      const dir = join(t.dir, `rejects-${label.replace(/\W+/g, '-')}`);
      mkdirSync(dir);
      const csv = join(dir, 'guests.csv');
      // Rows 3, 4, 6 and 7 are guest checkouts (no customer id); row 5's date is unreadable.
      writeFileSync(csv, 'order_id,customer_id,order_date,amount\nO1,C1,2024-03-05,10\nO2,,2024-03-06,7\nO3,,2024-03-07,8\nO4,C2,someday,9\nO5,,2024-03-08,1\nO6,,2024-03-09,2\n');
      const made = (await ok('workspace.createNamedFromFiles', { name: `guests-${label.replace(/\W+/g, '-')}`, files: [{ path: csv }] })) as {
        import: { importId: number; rowsRejected: number };
      };
      expect(made.import.rowsRejected).toBe(5);
      const importId = made.import.importId;
      const summary = operations['import.rejectGroups'].output.parse(await ok('import.rejectGroups', { importId }));
      const guest = { code: 'customerMissing', params: { column: 'customer_id', table: 'orders' } };
      expect(summary).toEqual({
        total: 5,
        groups: [
          {
            reason: guest,
            count: 4,
            examples: [3, 4, 6].map((row) => ({ file: 'guests.csv', sheet: null, table: 'guests', row, column: 'customer_id', value: null })),
          },
          {
            reason: { code: 'invalidValue', params: { column: 'order_date', expected: 'date', field: 'order_date', table: 'orders' } },
            count: 1,
            examples: [{ file: 'guests.csv', sheet: null, table: 'guests', row: 5, column: 'order_date', value: 'someday' }],
          },
        ],
      });
      const page = operations['import.rejects'].output.parse(await ok('import.rejects', { importId, reason: guest, offset: 2, limit: 10 }));
      expect(page.total).toBe(4);
      expect(page.rows.map((r) => [r.row, r.reason.code])).toEqual([
        [6, 'customerMissing'],
        [7, 'customerMissing'],
      ]);
      expect(await api.invoke('import.rejects', { importId, reason: { code: 'noSuchReason', params: {} } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      await ok('workspace.openNamed', { name: 'contract' });
    });

    it('workspace.open takes a path on the hosts an operator drives; the HTTP host refuses it', async () => {
      const r = await api.invoke('workspace.open', { path });
      if (label === 'HTTP host') expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'workspacePathRefused' } });
      else expect(r).toMatchObject({ ok: true, result: { name: 'contract.churn' } });
    });

    it.skipIf(label === 'HTTP host')('workspace.createFromFiles builds a workspace from an import and opens it; a failed one leaves nothing', async () => {
      const dir = join(t.dir, `new-${label.replace(/\W+/g, '-')}`);
      mkdirSync(dir);
      const csv = join(dir, 'orders.csv');
      writeFileSync(csv, 'order_id,customer_id,order_date,amount\nO1,C1,2024-03-05,10.50\nO2,C2,2024-03-06,7\nO3,C1,2024-04-01,1.25\n');
      const target = join(dir, 'made.churn');
      const made = (await ok('workspace.createFromFiles', { path: target, files: [{ path: csv }] })) as {
        workspace: { path: string; dataDate: string; tables: { name: string; rows: number }[] };
        import: { rowsImported: number; customersCreated: number };
      };
      expect(made.import).toMatchObject({ rowsImported: 3, customersCreated: 2 });
      expect(made.workspace.path).toBe(target);
      expect(made.workspace.dataDate).toBe('2024-04-01');
      expect(made.workspace.tables.find((x) => x.name === 'orders')?.rows).toBe(3);
      // It is the open workspace now, in WAL mode like every other.
      expect(await ok('workspace.query', { sql: `SELECT count(*) AS n FROM customers` })).toMatchObject({ rows: [[2]] });
      // Header bytes 18–19 (file format write/read version) are 2 in WAL mode, 1 with a rollback journal.
      expect([...readFileSync(target).subarray(18, 20)]).toEqual([2, 2]);
      expect(await api.invoke('workspace.createFromFiles', { path: target, files: [{ path: csv }] })).toMatchObject({
        ok: false,
        error: { code: 'WORKSPACE_EXISTS' },
      });
      const header = join(dir, 'header-only.csv');
      writeFileSync(header, 'order_id,customer_id,order_date,amount\n');
      const failed = await api.invoke('workspace.createFromFiles', { path: join(dir, 'never.churn'), files: [{ path: header }] });
      expect(failed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(readdirSync(dir).sort()).toEqual(['header-only.csv', 'made.churn', 'made.churn-shm', 'made.churn-wal', 'orders.csv'].filter((f) => existsSync(join(dir, f))));
      expect(readdirSync(dir).filter((f) => f.includes('never') || f.endsWith('.tmp'))).toEqual([]);
      await ok('workspace.openNamed', { name: 'contract' });
    });
  });
}
