// Runs a scoring job off the calling thread. From the source tree the job gets its own
// worker thread (tsx compiles it there too); in the bundled app, where no separate worker
// file exists, it runs inline — inside Electron's utility process, never the main process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, AppErrorPayloadSchema } from '../../../shared/contract/errors';
import type { ServiceContext } from '../context';
import { readOnlyJobs, runJob, type JobName } from './jobs';

const workerFile = fileURLToPath(new URL('./worker-entry.js', import.meta.url));

export async function runScoringJob<T>(task: JobName, input: unknown, ctx: ServiceContext, label: string, jobId?: string): Promise<T> {
  const workspace = ctx.session.workspace;
  if (workspace.readOnly && !readOnlyJobs.has(task)) throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only`);
  const report = (phase: string, done: number, total: number | null) => {
    if (jobId) ctx.emit('job.progress', { jobId, label, done, total, phase });
  };
  if (!existsSync(workerFile)) {
    const result = runJob(workspace.db, task, input, report) as T;
    // As the worker does once a refresh's result is out (commitSnapshot left the WAL to it).
    if (task === 'refresh') {
      setImmediate(() => {
        if (workspace.db.open) workspace.db.pragma('wal_checkpoint(PASSIVE)');
      });
    }
    return result;
  }
  const worker = new Worker(workerFile, { workerData: { task, path: workspace.path, input } });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      ctx.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      finish(() => reject(new AppError('CANCELLED', `${label}: cancelled`)));
      void worker.terminate();
    };
    ctx.signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: { type: string; phase?: string; done?: number; total?: number | null; result?: unknown; error?: unknown }) => {
      if (message.type === 'progress') report(message.phase ?? '', message.done ?? 0, message.total ?? null);
      else if (message.type === 'result') finish(() => resolve(message.result as T));
      else if (message.type === 'error') {
        const parsed = AppErrorPayloadSchema.safeParse(message.error);
        finish(() => reject(parsed.success ? AppError.fromPayload(parsed.data) : new AppError('INTERNAL', `${label} failed`)));
      }
    });
    worker.on('error', (error) => finish(() => reject(new AppError('INTERNAL', `${label} failed: ${error.message}`))));
    worker.on('exit', (code) => finish(() => reject(new AppError('INTERNAL', `${label}: worker exited (${code}) without a result`))));
  });
}
