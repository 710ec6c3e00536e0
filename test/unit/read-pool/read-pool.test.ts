// The read pool: reads of the open workspace answer on worker threads with read-only
// connections, so a slow read blocks neither the service thread nor another read; they answer
// exactly what the service thread's handler answers, see the writer's commits, survive a
// worker's crash and follow the session to another workspace.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../electron/service/service';
import { ReadPool } from '../../../electron/service/read-pool/pool';
import { readHandlers, type ReadOperation } from '../../../electron/service/read-pool/read-operations';
import { rebuildMartProfiles } from '../../../electron/store/mart/build-mart';
import { openWorkspace } from '../../../electron/store/workspace';
import { operations } from '../../../shared/contract/operations';
import type { InvokeResult } from '../../../shared/contract/errors';
import { seedHandCases } from '../../support/hand-cases';
import { tempDir } from '../../support/temp';

const t = tempDir();
const hand = join(t.dir, 'hand.churn');
const empty = join(t.dir, 'empty.churn');
let service: Service;

function result<T = Record<string, unknown>>(r: InvokeResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.result as T;
}

/** ~Seconds of SQLite work on a read worker, answering one row. */
const SLOW_SQL = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 25000000) SELECT count(*) FROM c';

beforeAll(async () => {
  const ws = await openWorkspace(hand, { create: true });
  seedHandCases(ws.db);
  rebuildMartProfiles(ws.db);
  ws.close();
  (await openWorkspace(empty, { create: true })).close();
  service = createService(undefined, { readPool: { size: 2 } });
  result(await service.invoke('workspace.open', { path: hand }));
});

afterAll(() => {
  service.close();
  t.cleanup();
});

describe('read pool', () => {
  it('answers the service thread and other reads while a slow read runs', async () => {
    // Both workers started (and their connections open), so the timing below is the reads' own.
    await Promise.all([service.invoke('customers.list', {}), service.invoke('dashboard.kpis', {})]);
    let slowDone = false;
    const slow = service.invoke('workspace.query', { sql: SLOW_SQL }).then((r) => {
      slowDone = true;
      return r;
    });
    expect(result(await service.invoke('app.version', {}))).toMatchObject({ name: 'Churn Cockpit' });
    expect(result(await service.invoke('job.list', {}))).toEqual({ jobs: [] });
    expect(result<{ total: number }>(await service.invoke('customers.list', {})).total).toBe(6);
    expect(result(await service.invoke('query.count', {}))).toMatchObject({ total: 6 });
    expect(slowDone).toBe(false);
    expect(result<{ rows: unknown[][] }>(await slow).rows).toEqual([[25_000_000]]);
  }, 60_000);

  it('sees the commits of a refresh on another connection, caches included', async () => {
    const before = result<{ rows: { lifecycle: string | null }[] }>(await service.invoke('customers.list', { limit: 10 }));
    expect(before.rows.every((r) => r.lifecycle === null)).toBe(true);
    expect(result(await service.invoke('snapshot.list', {}))).toEqual({ snapshots: [] });
    result(await service.invoke('snapshot.refresh', {}));
    expect(result<{ snapshots: unknown[] }>(await service.invoke('snapshot.list', {})).snapshots).toHaveLength(1);
    const after = result<{ rows: { lifecycle: string | null }[] }>(await service.invoke('customers.list', { limit: 10 }));
    expect(after.rows.some((r) => r.lifecycle !== null)).toBe(true);
  }, 60_000);

  it('answers exactly what the handler answers on the service thread', async () => {
    const cases: [ReadOperation, unknown][] = [
      ['dashboard.kpis', {}],
      ['dashboard.churnTrend', { months: 6 }],
      ['catalog.describe', {}],
      ['customers.list', { limit: 4, sort: [{ column: 'health_score', direction: 'asc' }] }],
      ['customers.list', { filter: { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华南'] } }],
      ['query.count', { filter: { kind: 'condition', field: 'region', op: '=', value: '华东' } }],
      ['query.run', { spec: { source: 'customer', measures: ['customers'], dimensions: [{ field: 'region' }] } }],
      ['query.run', { spec: { source: 'churn_month', measures: ['active_at_start', 'churned'], dimensions: [{ field: 'month' }] } }],
      ['snapshot.list', {}],
      ['snapshot.scores', {}],
      ['customer.profile', { customerId: 'D' }],
      ['model.list', {}],
      ['import.history', {}],
      ['workspace.query', { sql: 'SELECT customer_id, name FROM customers ORDER BY customer_id' }],
    ];
    const runs = result<{ runs: { runId: number }[] }>(await service.invoke('model.list', {})).runs;
    if (runs[0]) cases.push(['model.get', { runId: runs[0].runId }]);
    const { db, path } = service.session.workspace;
    for (const [name, input] of cases) {
      const inThread = (readHandlers[name] as (input: unknown, ctx: { db: typeof db; path: string }) => unknown)(operations[name].input.parse(input), { db, path });
      expect(result(await service.invoke(name, input)), name).toEqual(inThread);
    }
  }, 60_000);

  it('answers errors as the service thread does: codes, reasons and params', async () => {
    const r = await service.invoke('query.count', { filter: { kind: 'condition', field: 'no_such_field', op: '=', value: 1 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', reason: 'invalidQuery' } });
    expect(await service.invoke('workspace.query', { sql: 'DELETE FROM customers' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY_VIOLATION' } });
    expect(await service.invoke('customers.list', { limit: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('follows the session to another workspace and back', async () => {
    expect(result<{ total: number }>(await service.invoke('customers.list', {})).total).toBe(6);
    result(await service.invoke('workspace.open', { path: empty }));
    expect(result<{ total: number }>(await service.invoke('customers.list', {})).total).toBe(0);
    expect(result(await service.invoke('snapshot.list', {}))).toEqual({ snapshots: [] });
    // A save on the service thread's connection is what the next read sees.
    const definition = result<{ implicit: { days: number } }>(await service.invoke('churn.getDefinition', {}));
    expect(result<{ inactivityDays: number }>(await service.invoke('dashboard.kpis', {})).inactivityDays).toBe(definition.implicit.days);
    result(await service.invoke('churn.saveDefinition', { ...definition, implicit: { ...definition.implicit, days: definition.implicit.days + 7 } }));
    expect(result<{ inactivityDays: number }>(await service.invoke('dashboard.kpis', {})).inactivityDays).toBe(definition.implicit.days + 7);
    result(await service.invoke('workspace.open', { path: hand }));
    expect(result<{ total: number }>(await service.invoke('customers.list', {})).total).toBe(6);
  });

  it('answers NO_WORKSPACE on the service thread when no workspace is open', async () => {
    const other = createService();
    try {
      expect(await other.invoke('customers.list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    } finally {
      other.close();
    }
  });
});

describe('read pool workers', () => {
  const target = () => ({ path: hand, generation: 1 });

  it('fails only the read of a worker that dies, then replaces the worker', async () => {
    const pool = new ReadPool({ size: 1, workerFile: join(import.meta.dirname, 'crashing-worker.js') });
    try {
      const crashed = pool.run('model.list', { crashWorker: true }, target());
      const queued = pool.run('snapshot.list', {}, target());
      await expect(crashed).rejects.toMatchObject({ code: 'INTERNAL', reason: 'workerFailed' });
      expect(((await queued) as { snapshots: unknown[] }).snapshots).toHaveLength(1);
      expect(Array.isArray(((await pool.run('model.list', { latestPerKind: false }, target())) as { runs: unknown }).runs)).toBe(true);
      expect(pool.threads).toBe(1);
    } finally {
      pool.close();
    }
  }, 30_000);

  it('reports a missing worker file as workerMissing, never running on the service thread', () => {
    const pool = new ReadPool({ workerFile: join(t.dir, 'no-such-worker.js') });
    expect(() => pool.run('snapshot.list', {}, target())).toThrow(expect.objectContaining({ code: 'INTERNAL', reason: 'workerMissing' }));
    pool.close();
  });
});
