// segment.export: the call list of a saved segment or list, or of an unsaved rule. On the service
// thread the handler only decides where the file goes (a folder: the file is named after the
// segment and the date; a file path: written there) and hands the work to a reading job
// (jobs/kinds.ts), whose thread compiles the members' WHERE, streams the rows to a temporary
// file and renames it into place (export/call-list/write-call-list.ts). The browser host never
// passes the page's path: it refuses one and passes a download folder of its own (http-host.ts).
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput, OperationParsedInput } from '../../../shared/contract/operations';
import { exportFileName } from '../../../shared/export/file-name';
import { resources } from '../../../shared/i18n/resources';
import { writeCallList } from '../../export/call-list/write-call-list';
import { membersWhere } from '../../store/segments/members-where';
import type { Db } from '../../store/database';
import type { DomainHandlers } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';
import type { TaskContext } from '../jobs/tasks';

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

/** The export's date in the analyst's local calendar, as in the file name: YYYY-MM-DD. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function segmentName(db: Db, id: number): string | null {
  return (db.prepare('SELECT name FROM segments WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

/** The job's work, on its own thread with a read-only connection (jobs/tasks.ts). */
export async function runCallListExport(job: TaskContext, input: CallListJobInput): Promise<OperationOutput<'segment.export'>> {
  const db = job.db();
  const where = membersWhere(db, input.source);
  const unsaved = resources[input.language]['call-list'].unsavedName;
  const name = 'segmentId' in input.source ? (segmentName(db, input.source.segmentId) ?? unsaved) : unsaved;
  const path = 'folder' in input.target ? join(input.target.folder, exportFileName(name, localDate(new Date()), input.format, unsaved)) : input.target.file;
  const { rows } = await writeCallList(db, {
    where,
    format: input.format,
    encoding: input.encoding,
    language: input.language,
    path,
    signal: job.signal,
    onProgress: (done, total) => job.progress('exportingRows', done, total),
  });
  return { rows, fileName: basename(path), path, downloadId: null };
}
