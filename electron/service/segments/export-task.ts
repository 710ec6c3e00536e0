// segment.export on its job's thread (jobs/tasks.ts), with the job's read-only connection: the
// members' WHERE from the segments store, the file name from the segment's name and the date,
// then the streamed writer (export/call-list/write-call-list.ts). Kept apart from the handler
// so the service thread never loads the spreadsheet writer.
import { basename, join } from 'node:path';
import type { OperationOutput } from '../../../shared/contract/operations';
import { exportFileName } from '../../../shared/export/file-name';
import { resources } from '../../../shared/i18n/resources';
import { writeCallList } from '../../export/call-list/write-call-list';
import { membersWhere } from '../../store/segments/members-where';
import type { Db } from '../../store/database';
import type { TaskContext } from '../jobs/tasks';
import type { CallListJobInput } from './export-handler';

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
