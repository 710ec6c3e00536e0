// The import reads that answer on the read pool's read-only connections (read-pool/): the
// import history, an import's rejected rows and their summary by reason. The service thread
// runs the same functions on the session's connection (handlers.ts).
import { importHistory, importRejects } from '../../import/history';
import { importRejectGroups } from '../../import/reject-groups';
import type { ReadHandlers } from '../context';

export const importReads: ReadHandlers<'import.rejects' | 'import.rejectGroups' | 'import.history'> = {
  'import.rejects': (input, { db }) => importRejects(db, input.importId, input.offset, input.limit, input.reason),
  'import.rejectGroups': (input, { db }) => importRejectGroups(db, input.importId),
  'import.history': (input, { db }) => ({ imports: importHistory(db, input.limit) }),
};
