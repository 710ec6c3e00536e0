// Warning operations on the service thread: saving and deleting rules, the inbox's short writes
// (one UPDATE even in bulk), and the jobs (evaluate, export by owner) handed to the job runtime.
// Writes are refused on a read-only workspace with READ_ONLY_VIOLATION, like dashboard.save.
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DomainHandlers } from '../context';
import type { Session } from '../session';
import { resolveTarget, type ExportTarget } from '../exports/handlers';
import { runWorkspaceJob } from '../jobs/workspace-job';
import { restoreWarnings, updateWarnings } from '../../store/warnings/update';
import { deleteWarningRule, saveWarningRule } from './rules';

export type WarningExportJobInput = Omit<OperationParsedInput<'warning.exportByOwner'>, 'jobId' | 'path'> & { readonly target: ExportTarget };

type WarningOperation = 'warning.saveRule' | 'warning.deleteRule' | 'warning.evaluate' | 'warning.update' | 'warning.restore' | 'warning.exportByOwner' | 'warning.notify';

function writable(session: Session, operation: string) {
  const workspace = session.workspace;
  if (workspace.readOnly) throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only; open it for writing to run ${operation}`);
  return workspace.db;
}

const now = () => new Date().toISOString();

export const warningHandlers: DomainHandlers<WarningOperation> = {
  'warning.saveRule': (input, { session }) => saveWarningRule(writable(session, 'warning.saveRule'), input),
  'warning.deleteRule': ({ id }, { session }) => deleteWarningRule(writable(session, 'warning.deleteRule'), id),
  // A write job: runWorkspaceJob refuses it on a read-only workspace.
  'warning.evaluate': ({ jobId }, ctx) => runWorkspaceJob(ctx, 'warning.evaluate', {}, jobId),
  'warning.update': ({ selection, action, assignee, note }, { session }) =>
    updateWarnings(writable(session, 'warning.update'), selection, { action, ...(assignee !== undefined ? { assignee } : {}), ...(note !== undefined ? { note } : {}) }, now()),
  'warning.restore': ({ previous }, { session }) => ({ restored: restoreWarnings(writable(session, 'warning.restore'), previous, now()) }),
  'warning.exportByOwner': async ({ jobId, path, ...input }, ctx) =>
    runWorkspaceJob(ctx, 'warning.exportByOwner', { ...input, target: await resolveTarget(path, 'warning.exportByOwner') }, jobId),
  // The desktop app's main process answers this before the service sees it.
  'warning.notify': () => {
    throw new AppError('FORBIDDEN', 'warning.notify: only the desktop app shows system notifications; a browser page uses the web Notification API', { reason: 'desktopOnly' });
  },
};
