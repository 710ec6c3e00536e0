// segment.export: the call list of a saved segment or list, or of an unsaved rule. On the service
// thread the handler only decides where the file goes (a folder: the file is named after the
// segment and the date; a file path: written there) and hands the work to a reading job
// (jobs/kinds.ts) whose thread runs export-task.ts. The browser host never passes the page's
// path: it refuses one and passes a download folder of its own (http-host.ts).
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DomainHandlers } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';

/** Where the job writes: into a folder under the name it chooses, or to the file the caller chose. */
export type CallListTarget = { readonly folder: string } | { readonly file: string };

/** What the job's thread receives (jobs/kinds.ts JobInput): the operation's input with its target resolved. */
export type CallListJobInput = Omit<OperationParsedInput<'segment.export'>, 'jobId' | 'path'> & { readonly target: CallListTarget };

async function resolveTarget(path: string): Promise<CallListTarget> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return { folder: path };
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory())
    throw new AppError('NOT_FOUND', `${dirname(path)}: no such folder to write the call list in`, { reason: 'fileNotFound', params: { file: dirname(path) } });
  return { file: path };
}

export const segmentExportHandlers: DomainHandlers<'segment.export'> = {
  'segment.export': async ({ jobId, path, ...input }, ctx) => {
    if (path === undefined) throw new AppError('INVALID_INPUT', 'segment.export: give the file or folder to write the call list to');
    const target = await resolveTarget(path);
    return runWorkspaceJob(ctx, 'segment.export', { ...input, target }, jobId);
  },
};
