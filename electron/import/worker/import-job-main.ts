// An import job's own thread: runs the whole import (which starts the parse worker beside it)
// so the service thread stays free to answer the app while rows are written and indexes
// rebuilt. Once the result is posted, it folds the import's WAL pages into the workspace
// file (never waiting for, or blocking, the app's readers), work nobody has to wait for.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/contract/errors';
import { connect } from '../../store/database';
import { runImport } from '../run-import';
import type { ImportJobCommand, ImportJobData, ImportJobMessage } from './import-job-protocol';

const port = parentPort;
if (!port) throw new Error('import-job-main must run in a worker thread');
const data = workerData as ImportJobData;
const controller = new AbortController();
port.on('message', (m: ImportJobCommand) => {
  if (m.type === 'cancel') controller.abort();
});
const post = (m: ImportJobMessage): void => port.postMessage(m);

async function main(): Promise<void> {
  try {
    const result = await runImport(data.workspacePath, data.input, {
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
      newWorkspace: data.newWorkspace,
      checkpointLater: !data.newWorkspace,
    });
    post({ type: 'result', result });
  } catch (error) {
    post({ type: 'error', error: toErrorPayload(error) });
    return;
  }
  if (data.newWorkspace) return;
  const db = connect(data.workspacePath, { readonly: false, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('wal_checkpoint(PASSIVE)');
    // Then give the WAL file's gigabytes back to the disk, unless a reader is still using it
    // (no waiting: it answers busy at once, and the file is reused and cut back later).
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

void main().finally(() => port.close());
