// dashboard.export and report.monthly on the service thread: decide where the file goes (a
// folder: named after the title and the date; a file path: written there) and hand the work to a
// reading job (jobs/kinds.ts) whose thread runs export-task.ts / report-task.ts, so the service
// thread never loads the spreadsheet or PDF writers. export.printToPdf is the desktop app's,
// answered by the main process before the service sees it: here every other host says so.
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DomainHandlers } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';

export type ExportTarget = { readonly folder: string } | { readonly file: string };

/** What the jobs' threads receive (jobs/kinds.ts JobInput): the input with its target resolved. */
export type DashboardExportJobInput = Omit<OperationParsedInput<'dashboard.export'>, 'jobId' | 'path'> & { readonly target: ExportTarget };
export type MonthlyReportJobInput = Omit<OperationParsedInput<'report.monthly'>, 'jobId' | 'path'> & { readonly target: ExportTarget };

export async function resolveTarget(path: string | undefined, operation: string): Promise<ExportTarget> {
  if (path === undefined) throw new AppError('INVALID_INPUT', `${operation}: give the file or folder to write to`);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return { folder: path };
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory())
    throw new AppError('NOT_FOUND', `${dirname(path)}: no such folder to write the export in`, { reason: 'fileNotFound', params: { file: dirname(path) } });
  return { file: path };
}

export const exportHandlers: DomainHandlers<'dashboard.export' | 'report.monthly' | 'export.printToPdf'> = {
  'dashboard.export': async ({ jobId, path, ...input }, ctx) =>
    runWorkspaceJob(ctx, 'dashboard.export', { ...input, target: await resolveTarget(path, 'dashboard.export') }, jobId),
  'report.monthly': async ({ jobId, path, ...input }, ctx) => runWorkspaceJob(ctx, 'report.monthly', { ...input, target: await resolveTarget(path, 'report.monthly') }, jobId),
  'export.printToPdf': () => {
    throw new AppError('FORBIDDEN', 'export.printToPdf: only the desktop app prints its window; use dashboard.export with format pdf', { reason: 'desktopOnly' });
  },
};
