// An import runs as a job on a thread of its own (the service's job runtime): the service
// thread, which answers the app, is never blocked for long — not while rows are written, nor
// while indexes are rebuilt, nor at commit. Measured against the same import run on the calling
// thread, in the same test.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/import/run-import';
import { JobRuntime } from '../../../electron/service/jobs/runtime';
import type { JobProgress } from '../../../shared/contract/events';
import { openWorkspace } from '../../../electron/store/workspace';
import { tempDir } from './helpers';
import { digest, integrity, writeOrdersCsv } from './import-support';

const ROWS = 400_000;
const tmp = tempDir();
const csv = join(tmp.dir, 'orders.csv');
const input = { files: [{ path: csv, options: {} }], mapping: 'auto', mode: 'append' as const, settings: { dayFirst: false, decimalComma: false } };

beforeAll(async () => {
  await writeOrdersCsv(csv, ROWS);
}, 60_000);

/** Share of the time this thread's event loop was busy (not waiting for events) while `work` ran. */
async function busyShare(work: () => Promise<unknown>): Promise<number> {
  const start = performance.eventLoopUtilization();
  await work();
  return performance.eventLoopUtilization(start).utilization;
}

async function fresh(name: string): Promise<string> {
  const path = join(tmp.dir, name);
  (await openWorkspace(path, { create: true })).close();
  return path;
}

describe('import job', () => {
  it('keeps the calling thread free: mostly idle, where the same import run inline keeps it busy', async () => {
    const inlinePath = await fresh('inline.churn');
    const jobPath = await fresh('job.churn');
    const inline = await busyShare(() => runImport(inlinePath, input));
    let rows = 0;
    // As the app's session does: a connection of its own stays open on the workspace throughout.
    const session = await openWorkspace(jobPath);
    const runtime = new JobRuntime(() => undefined);
    const job = await busyShare(async () => {
      rows = (await runtime.run({ operation: 'import.run', input, workspacePath: jobPath, jobId: 'busy' })).rowsImported;
    });
    expect(rows).toBe(ROWS);
    // Inline, this thread writes every row and rebuilds the indexes; with the job it only relays progress.
    expect(inline, `busy inline ${inline}, with the job ${job}`).toBeGreaterThan(0.5);
    expect(job, `busy inline ${inline}, with the job ${job}`).toBeLessThan(0.2);
    // After its result the job folds the WAL into the workspace file and truncates it.
    const wal = `${jobPath}-wal`;
    const t0 = Date.now();
    while (Date.now() - t0 < 30_000 && existsSync(wal) && statSync(wal).size > 0) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(session.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(ROWS);
    session.close();
    // Both wrote the same rows.
    const a = digest(inlinePath);
    const b = digest(jobPath);
    for (const table of ['orders', 'customers']) expect(b[table], table).toBe(a[table]);
  }, 120_000);

  it('relays progress, and cancel rolls the import back', async () => {
    const path = await fresh('cancel.churn');
    const before = digest(path);
    const phases = new Set<string>();
    const runtime: JobRuntime = new JobRuntime((p: JobProgress) => {
      phases.add(p.phase);
      if (p.done > 50_000) runtime.cancel(p.jobId);
    });
    const error = await runtime.run({ operation: 'import.run', input, workspacePath: path, jobId: 'cancel' }).then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).toBe('CANCELLED');
    expect(phases.has('reading')).toBe(true);
    expect(integrity(path)).toBe('ok');
    expect(digest(path)).toEqual(before);
  }, 120_000);
});
