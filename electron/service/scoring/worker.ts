// Worker-thread entry for refresh, training and weight suggestion: opens its own connection
// to the workspace (WAL lets the service keep reading), runs the job and posts progress and
// the result. Terminating the thread mid-job rolls its single write transaction back.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toErrorPayload } from '../../../shared/contract/errors';
import { connect } from '../../store/database';
import { runJob, type JobName } from './jobs';

interface WorkerData {
  task: JobName;
  path: string;
  input: unknown;
}

const data = workerData as WorkerData;
const port = parentPort;
if (port) {
  const db = connect(data.path, { readonly: false, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 30000');
    db.pragma('foreign_keys = ON');
    const result = runJob(db, data.task, data.input, (phase, done, total) => port.postMessage({ type: 'progress', phase, done, total }));
    port.postMessage({ type: 'result', result });
  } catch (error) {
    const payload = error instanceof RangeError ? new AppError('INVALID_INPUT', error.message).toPayload() : toErrorPayload(error);
    port.postMessage({ type: 'error', error: payload });
  } finally {
    db.close();
  }
}
