// The job runtime: every job on a worker thread of its own; writers to one workspace take turns
// (a second one waits, reporting `queued` with its place, instead of failing as busy), reads
// do not wait for them; queued and running jobs can be cancelled and listed; a missing worker
// file is an error, never a run on the service thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/contract/events';
import { operations } from '../../../shared/contract/operations';
import { JobRuntime } from '../../../electron/service/jobs/runtime';
import { createService } from '../../../electron/service/service';
import { openWorkspace } from '../../../electron/store/workspace';
import { tempDir } from '../../support/temp';

const t = tempDir();
afterAll(() => t.cleanup());

/** Orders whose ids start with `prefix`, so several files append to one workspace without clashing. */
function ordersCsv(name: string, prefix: string, rows: number): string {
  const path = join(t.dir, name);
  const lines = ['order_id,customer_id,order_date,amount'];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}${i},C${1 + (i % 500)},2024-0${1 + (i % 9)}-1${i % 10},${(i % 997) / 10}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function workspace(name: string): Promise<string> {
  const path = join(t.dir, name);
  (await openWorkspace(path, { create: true })).close();
  return path;
}

const importOf = (file: string) => ({ files: [{ path: file, options: {} }], mapping: 'auto', mode: 'append' as const, settings: { dayFirst: false, decimalComma: false } });

function orderCount(path: string): Promise<number> {
  return openWorkspace(path, { readOnly: true }).then((ws) => {
    try {
      return ws.db.prepare('SELECT count(*) FROM orders').pluck().get() as number;
    } finally {
      ws.close();
    }
  });
}

describe('job runtime', () => {
  it('queues a second writer behind the first; both complete in order, listed meanwhile by job.list', async () => {
    const path = await workspace('queue.churn');
    const big = ordersCsv('big.csv', 'A', 150_000);
    const small = ordersCsv('small.csv', 'B', 100);
    const service = createService();
    const events: JobProgress[] = [];
    const finished: string[] = [];
    service.subscribe((event, payload) => {
      if (event === 'job.progress') events.push(payload as JobProgress);
    });
    try {
      expect(await service.invoke('workspace.open', { path })).toMatchObject({ ok: true });
      const first = service.invoke('import.run', { ...importOf(big), jobId: 'first' }).then((r) => (finished.push('first'), r));
      const second = service.invoke('import.run', { ...importOf(small), jobId: 'second' }).then((r) => (finished.push('second'), r));
      // The second is queued at once, in first place after the writer.
      await expect.poll(() => events.find((e) => e.jobId === 'second')).toMatchObject({ phase: 'queued', params: { position: 1 }, done: 0, total: null });
      const listed = await service.invoke('job.list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      const { jobs } = operations['job.list'].output.parse(listed.result);
      expect(jobs.map((j) => [j.jobId, j.operation, j.state])).toEqual([
        ['first', 'import.run', 'running'],
        ['second', 'import.run', 'queued'],
      ]);
      expect(jobs[1]).toMatchObject({ phase: 'queued', params: { position: 1 } });
      const [a, b] = await Promise.all([first, second]);
      expect(a).toMatchObject({ ok: true, result: { rowsImported: 150_000 } });
      expect(b).toMatchObject({ ok: true, result: { rowsImported: 100 } });
      expect(finished).toEqual(['first', 'second']);
      // The second started only once the first had committed.
      const secondStarted = events.findIndex((e) => e.jobId === 'second' && e.phase === 'starting');
      const firstCommitting = events.findIndex((e) => e.jobId === 'first' && e.phase === 'committing');
      expect(firstCommitting).toBeGreaterThanOrEqual(0);
      expect(secondStarted).toBeGreaterThan(firstCommitting);
      expect(await orderCount(path)).toBe(150_100);
    } finally {
      service.close();
    }
  });

  it('cancels a queued job: it never starts, and the one behind it moves up', async () => {
    const path = await workspace('cancel-queued.churn');
    const events: JobProgress[] = [];
    const runtime = new JobRuntime((p) => events.push(p));
    const run = (file: string, jobId: string) => runtime.run({ operation: 'import.run', input: importOf(file), workspacePath: path, jobId });
    const first = run(ordersCsv('a.csv', 'A', 50_000), 'a');
    const second = run(ordersCsv('b.csv', 'B', 100), 'b');
    const third = run(ordersCsv('c.csv', 'C', 100), 'c');
    expect(events.filter((e) => e.phase === 'queued').map((e) => [e.jobId, e.params?.position])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    expect(runtime.cancel('b')).toBe(true);
    await expect(second).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(events.at(-1)).toMatchObject({ jobId: 'c', phase: 'queued', params: { position: 1 } });
    expect(runtime.list().map((j) => [j.jobId, j.state])).toEqual([
      ['a', 'running'],
      ['c', 'queued'],
    ]);
    await expect(first).resolves.toMatchObject({ rowsImported: 50_000 });
    await expect(third).resolves.toMatchObject({ rowsImported: 100 });
    expect(events.some((e) => e.jobId === 'b' && e.phase !== 'queued')).toBe(false);
    expect(runtime.cancel('b')).toBe(false);
    expect(await orderCount(path)).toBe(50_100);
  });

  it('lets a read run beside a writer instead of queueing it', async () => {
    const path = await workspace('read-beside.churn');
    const events: JobProgress[] = [];
    const runtime = new JobRuntime((p) => events.push(p));
    const writing = runtime.run({ operation: 'import.run', input: importOf(ordersCsv('w.csv', 'W', 50_000)), workspacePath: path, jobId: 'w' });
    const reading = runtime.run({ operation: 'analysis.dimensions', input: {}, workspacePath: path, jobId: 'r' });
    expect(runtime.list().map((j) => [j.jobId, j.state])).toEqual([
      ['w', 'running'],
      ['r', 'running'],
    ]);
    await Promise.all([writing, reading]);
    expect(events.some((e) => e.jobId === 'r' && e.phase === 'queued')).toBe(false);
  });

  it('refuses a second job with an id still in use', async () => {
    const path = await workspace('duplicate.churn');
    const runtime = new JobRuntime(() => undefined);
    const first = runtime.run({ operation: 'import.run', input: importOf(ordersCsv('d.csv', 'D', 100)), workspacePath: path, jobId: 'same' });
    await expect(runtime.run({ operation: 'analysis.dimensions', input: {}, workspacePath: path, jobId: 'same' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      reason: 'duplicateJob',
      params: { jobId: 'same' },
    });
    await first;
  });

  it('reports a missing worker file as an error instead of running the job on the calling thread', async () => {
    const path = await workspace('no-worker.churn');
    const missing = join(t.dir, 'not-there', 'job-worker-entry.js');
    const runtime = new JobRuntime(() => undefined, { workerFile: missing });
    await expect(runtime.run({ operation: 'import.run', input: importOf(ordersCsv('n.csv', 'N', 10)), workspacePath: path })).rejects.toMatchObject({
      code: 'INTERNAL',
      reason: 'workerMissing',
      params: { file: missing },
    });
    expect(runtime.list()).toEqual([]);
    expect(await orderCount(path)).toBe(0);
  });
});
