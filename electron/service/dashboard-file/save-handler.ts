// dashboard.saveFile on the service thread: decides where the file goes (a folder: named after
// the first dashboard and the date; a file path: written there) and hands the work to a reading
// job (jobs/kinds.ts) whose thread runs save-task.ts. The browser host passes a download folder
// of its own, never the page's path (hosts/http).
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DomainHandlers } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';

export type DashboardFileTarget = { readonly folder: string } | { readonly file: string };

/** What the job's thread receives (jobs/kinds.ts JobInput): the input with its target resolved. */
export type DashboardFileJobInput = Omit<OperationParsedInput<'dashboard.saveFile'>, 'jobId' | 'path'> & { readonly target: DashboardFileTarget };

async function resolveTarget(path: string): Promise<DashboardFileTarget> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return { folder: path };
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory())
    throw new AppError('NOT_FOUND', `${dirname(path)}: no such folder to write the dashboard file in`, { reason: 'fileNotFound', params: { file: dirname(path) } });
  return { file: path };
}

export const dashboardSaveFileHandlers: DomainHandlers<'dashboard.saveFile'> = {
  'dashboard.saveFile': async ({ jobId, path, ...input }, ctx) => {
    if (path === undefined) throw new AppError('INVALID_INPUT', 'dashboard.saveFile: give the file or folder to write the dashboard file to');
    const target = await resolveTarget(path);
    return runWorkspaceJob(ctx, 'dashboard.saveFile', { ...input, target }, jobId);
  },
};
