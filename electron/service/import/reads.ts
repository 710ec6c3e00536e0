// The import reads that answer on the read pool's read-only connections (read-pool/): the
// import history and an import's rejected rows. The service thread runs the same functions on
// the session's connection (handlers.ts).
import { importHistory, importRejects } from '../../import/history';
import type { ReadHandlers } from '../context';

export const importReads: ReadHandlers<'import.rejects' | 'import.history'> = {
  'import.rejects': (input, { db }) => importRejects(db, input.importId, input.offset, input.limit),
  'import.history': (input, { db }) => ({ imports: importHistory(db, input.limit) }),
};
