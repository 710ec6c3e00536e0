// Worker thread of the background integrity check (integrity.ts): quick_check on a read-only
// connection of its own, so the service thread keeps answering while it reads the whole file.
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from './database';
import { quickCheckResult, type IntegrityReply, type IntegrityTask } from './integrity';

const { path } = workerData as IntegrityTask;
let reply: IntegrityReply;
try {
  const db = connect(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    reply = { kind: 'result', result: quickCheckResult(db) };
  } finally {
    db.close();
  }
} catch (error) {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
  reply = { kind: 'error', code, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
