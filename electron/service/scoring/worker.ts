// Worker-thread entry for the scoring jobs (refresh, training, weight suggestion, and the
// analysis and preview reads): opens its own connection to the workspace (WAL lets the
// service keep reading), runs the job and posts progress and the result. Terminating the
// thread mid-job rolls its single write transaction back.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toErrorPayload } from '../../../shared/contract/errors';
import { connect } from '../../store/database';
import { readOnlyJobs, runJob, type JobName } from './jobs';

interface WorkerData {
  task: JobName;
  path: string;
  input: unknown;
}

const data = workerData as WorkerData;
const port = parentPort;
if (port) {
  const readOnly = readOnlyJobs.has(data.task);
  const db = connect(data.path, { readonly: readOnly, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 30000');
    if (!readOnly) db.pragma('foreign_keys = ON');
    const result = runJob(db, data.task, data.input, (phase, done, total) => port.postMessage({ type: 'progress', phase, done, total }));
    port.postMessage({ type: 'result', result });
    // A refresh leaves its WAL pages for after the result (commitSnapshot): fold them into
    // the database now, while nobody waits. PASSIVE: never blocks the service's readers.
    if (data.task === 'refresh') db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    const payload = error instanceof RangeError ? new AppError('INVALID_INPUT', error.message).toPayload() : toErrorPayload(error);
    port.postMessage({ type: 'error', error: payload });
  } finally {
    db.close();
  }
}
