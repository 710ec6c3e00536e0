// A read worker: answers reads one at a time on its own read-only connection to the session's
// workspace, opened on the first read and reopened when the session has opened another
// workspace (or the same file again). WAL lets it read beside the writer, and it sees every
// commit; the analytic caches key on the connection's data_version, so they notice them too.
import { parentPort } from 'node:worker_threads';
import { AppError, toErrorPayload } from '../../../shared/contract/errors';
import { connect, type Db } from '../../store/database';
import { operationError } from '../operation-error';
import type { ReadContext } from '../context';
import type { ReadAnswer, ReadCommand, ReadTarget } from './protocol';
import { readHandlers, type ReadOperation } from './read-operations';

const port = parentPort;
if (!port) throw new Error('the read worker must run in a worker thread');

let open: { target: ReadTarget; db: Db } | null = null;

function release(): void {
  if (open?.db.open) open.db.close();
  open = null;
}

function connection(target: ReadTarget): ReadContext {
  if (!open || open.target.path !== target.path || open.target.generation !== target.generation) {
    release();
    let db: Db;
    try {
      db = connect(target.path, { readonly: true, fileMustExist: true });
    } catch (error) {
      throw new AppError('NOT_FOUND', `${target.path}: cannot be opened for reading (${error instanceof Error ? error.message : String(error)})`);
    }
    // A checkpoint or WAL recovery by another connection is short: wait for it rather than fail.
    db.pragma('busy_timeout = 5000');
    open = { target, db };
  }
  return { db: open.db, path: target.path };
}

function answer(id: number, operation: ReadOperation, input: unknown, target: ReadTarget): ReadAnswer {
  try {
    const read = readHandlers[operation] as (input: unknown, ctx: ReadContext) => unknown;
    return { type: 'result', id, result: read(input, connection(target)) };
  } catch (error) {
    return { type: 'error', id, error: toErrorPayload(operationError(operation, error)) };
  }
}

function post(a: ReadAnswer): void {
  try {
    port!.postMessage(a);
  } catch (error) {
    // A result that cannot cross to the service thread (not structured-cloneable) is a bug of the read.
    port!.postMessage({ type: 'error', id: a.id, error: toErrorPayload(error) } satisfies ReadAnswer);
  }
}

port.on('message', (m: ReadCommand) => {
  if (m.type === 'run') post(answer(m.id, m.operation, m.input, m.target));
  else if (m.type === 'release') release();
  else {
    release();
    process.exit(0);
  }
});
