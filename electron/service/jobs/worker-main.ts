// A job's own thread: runs one task (tasks.ts) so the service thread stays free to answer the
// app, posts its progress and its answer, then does the task's after-work and ends. A writing
// job's one transaction rolls back if the thread is terminated mid-job.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toErrorPayload } from '../../../shared/contract/errors';
import { connect, type Db } from '../../store/database';
import { operationError } from '../operation-error';
import { jobKinds, type JobOperation } from './kinds';
import type { JobWorkerCommand, JobWorkerData, JobWorkerMessage } from './protocol';
import { tasks, type Task, type TaskContext } from './tasks';

const port = parentPort;
if (!port) throw new Error('the job worker must run in a worker thread');
const data = workerData as JobWorkerData;
const controller = new AbortController();
port.on('message', (m: JobWorkerCommand) => {
  if (m.type === 'cancel') controller.abort();
});
const post = (m: JobWorkerMessage): void => port.postMessage(m);

function open(path: string, access: 'read' | 'write'): Db {
  const db = connect(path, { readonly: access === 'read', fileMustExist: true });
  // The session's own writes (settings, mappings) are short: wait for them rather than fail.
  db.pragma('busy_timeout = 30000');
  if (access === 'write') db.pragma('foreign_keys = ON');
  return db;
}

async function main(): Promise<void> {
  const task = tasks[data.operation] as Task<JobOperation>;
  const connection: { db: Db | null } = { db: null };
  const job: TaskContext = {
    path: data.path,
    signal: controller.signal,
    progress: (phase, done, total, params) => post({ type: 'progress', update: { phase, done, total, ...(params ? { params } : {}) } }),
    report: (update) => post({ type: 'progress', update }),
    db: () => (connection.db ??= open(data.path, jobKinds[data.operation].access)),
  };
  try {
    const result = await task.run(job, data.input as never);
    post({ type: 'result', result });
  } catch (error) {
    // Engine code signals bad input with RangeError, the analytic core with QueryError (a saved
    // rule naming an unknown field): the caller sees INVALID_INPUT, the latter with its code and params.
    const mapped = error instanceof RangeError ? new AppError('INVALID_INPUT', error.message) : operationError(data.operation, error);
    post({ type: 'error', error: toErrorPayload(mapped) });
    return;
  } finally {
    connection.db?.close();
  }
  if (!task.after) return;
  job.progress('checkpoint', 0, null);
  try {
    task.after(data.path);
  } catch {
    // The result is out and safe in the workspace; folding the WAL is retried by SQLite later.
  }
}

void main().finally(() => port.close());
