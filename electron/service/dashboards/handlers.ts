// Dashboard writes on the service thread (short: one row, widgets compiled but never run), refused
// on a read-only workspace with READ_ONLY_VIOLATION instead of a raw SQLite error, like
// segment.delete.
import { AppError } from '../../../shared/contract/errors';
import type { DomainHandlers } from '../context';
import type { Session } from '../session';
import { deleteDashboard, saveDashboard } from './writes';

function writable(session: Session, operation: string) {
  const workspace = session.workspace;
  if (workspace.readOnly) throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only; open it for writing to run ${operation}`);
  return workspace.db;
}

export const dashboardWriteHandlers: DomainHandlers<'dashboard.save' | 'dashboard.delete'> = {
  'dashboard.save': (input, { session }) => saveDashboard(writable(session, 'dashboard.save'), input),
  'dashboard.delete': (input, { session }) => deleteDashboard(writable(session, 'dashboard.delete'), input),
};
