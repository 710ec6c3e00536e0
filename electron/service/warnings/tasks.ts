// The warning jobs on their worker thread (jobs/tasks.ts): evaluating the rules now on the newest
// snapshot (the job's write connection), and the high-risk list by owner (read-only: the
// document from export-document.ts, written by the workbook writer under a temporary name that
// a cancel or a failure removes).
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import { exportFileName } from '../../../shared/export/file-name';
import { sheetNamer } from '../../../shared/export/sheet-names';
import { writeWorkbook } from '../../export/workbook/write-workbook';
import { evaluateWarnings, newestSnapshot } from '../../store/warnings/evaluate';
import type { TaskContext } from '../jobs/tasks';
import { buildWarningDocument } from './export-document';
import type { WarningExportJobInput } from './handlers';

export function runWarningEvaluation(job: TaskContext): OperationOutput<'warning.evaluate'> {
  const db = job.db();
  const newest = newestSnapshot(db);
  if (!newest) throw new AppError('INVALID_INPUT', 'warning.evaluate: the workspace has no snapshot yet; refresh the scores first', { reason: 'noSnapshot' });
  job.progress('evaluatingWarnings', 0, 1);
  // Never null here: the snapshot is the newest by construction.
  const evaluation = evaluateWarnings(db, newest.id, newest.asOf)!;
  job.progress('evaluatingWarnings', 1, 1);
  return evaluation;
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function runWarningExport(job: TaskContext, input: WarningExportJobInput): Promise<OperationOutput<'warning.exportByOwner'>> {
  const now = new Date();
  const { doc, owners } = buildWarningDocument(job.db(), { filter: input.filter, language: input.language, workspacePath: job.path, signal: job.signal }, now);
  const path = 'folder' in input.target ? join(input.target.folder, exportFileName(doc.title, localDate(now), 'xlsx', 'warnings')) : input.target.file;
  const written = await writeWorkbook(doc, { path, signal: job.signal, onProgress: (phase, done, total, params) => job.progress(phase, done, total, params) });
  // The writer names sheets in order (cover, then each section); the same namer tells which
  // written sheet starts an owner's list and which continues it past Excel's row limit.
  const namer = sheetNamer();
  namer.take(doc.words.cover);
  const first = new Map(owners.map((o) => [namer.take(o.section.title), o]));
  const sheets: OperationOutput<'warning.exportByOwner'>['sheets'] = [];
  let current: (typeof owners)[number] | undefined;
  for (const sheet of written.sheets) {
    if (sheet.kind === 'cover') continue;
    current = first.get(sheet.name) ?? current;
    sheets.push({ name: sheet.name, owner: current?.owner ?? null, rows: sheet.rows });
  }
  return { fileName: basename(path), path, downloadId: null, rows: owners.reduce((n, o) => n + o.rows, 0), sheets };
}
