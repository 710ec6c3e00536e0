// Warning operations on the service thread: the rules, the inbox's reads and short writes, and
// the jobs (evaluate, export by owner) handed to the job runtime. Lead's scaffold: the warnings
// helper replaces the bodies.
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DomainHandlers } from '../context';
import { resolveTarget, type ExportTarget } from '../exports/handlers';
import { runWorkspaceJob } from '../jobs/workspace-job';

export type WarningExportJobInput = Omit<OperationParsedInput<'warning.exportByOwner'>, 'jobId' | 'path'> & { readonly target: ExportTarget };

type WarningOperation = 'warning.saveRule' | 'warning.deleteRule' | 'warning.evaluate' | 'warning.update' | 'warning.restore' | 'warning.exportByOwner' | 'warning.notify';

function notYet(name: string): never {
  throw new AppError('INTERNAL', `${name}: not built yet`);
}

export const warningHandlers: DomainHandlers<WarningOperation> = {
  'warning.saveRule': () => notYet('warning.saveRule'),
  'warning.deleteRule': () => notYet('warning.deleteRule'),
  'warning.evaluate': ({ jobId }, ctx) => runWorkspaceJob(ctx, 'warning.evaluate', {}, jobId),
  'warning.update': () => notYet('warning.update'),
  'warning.restore': () => notYet('warning.restore'),
  'warning.exportByOwner': async ({ jobId, path, ...input }, ctx) =>
    runWorkspaceJob(ctx, 'warning.exportByOwner', { ...input, target: await resolveTarget(path, 'warning.exportByOwner') }, jobId),
  // The desktop app's main process answers this before the service sees it.
  'warning.notify': () => {
    throw new AppError('FORBIDDEN', 'warning.notify: only the desktop app shows system notifications; a browser page uses the web Notification API', { reason: 'desktopOnly' });
  },
};
