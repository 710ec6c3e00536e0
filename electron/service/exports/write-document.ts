// The last step of both export jobs: the file's path (the given file, or a name made from the
// title and the local date in the given folder), then the writer of the format — the workbook
// (electron/export/workbook) or the PDF (electron/export/pdf), each writing under a temporary
// name renamed at the end and hearing the job's cancel — and the answer every host shows.
import { basename, join } from 'node:path';
import type { ExportDocumentFormat, ExportedFile } from '../../../shared/contract/domains/exports';
import type { ExportDocument } from '../../../shared/export/document';
import { exportFileName } from '../../../shared/export/file-name';
import { writePdf } from '../../export/pdf/write-pdf';
import { writeWorkbook } from '../../export/workbook/write-workbook';
import type { TaskContext } from '../jobs/tasks';
import type { ExportTarget } from './handlers';

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exportPath(target: ExportTarget, title: string, format: ExportDocumentFormat, now: Date): string {
  return 'folder' in target ? join(target.folder, exportFileName(title, localDate(now), format, 'export')) : target.file;
}

export interface WriteOptions {
  readonly format: ExportDocumentFormat;
  readonly pageSize: 'A4' | 'A3';
  readonly target: ExportTarget;
  readonly now: Date;
}

export async function writeExport(job: TaskContext, doc: ExportDocument, options: WriteOptions): Promise<ExportedFile> {
  const path = exportPath(options.target, doc.title, options.format, options.now);
  const base = { format: options.format, fileName: basename(path), path, downloadId: null, dataDate: doc.dataDate };
  if (options.format === 'pdf') {
    const written = await writePdf(doc, { path, pageSize: options.pageSize, signal: job.signal, onProgress: (phase, done, total) => job.progress(phase, done, total) });
    return { ...base, bytes: written.bytes, sheets: [], pages: written.pages };
  }
  const written = await writeWorkbook(doc, { path, signal: job.signal, onProgress: (phase, done, total, params) => job.progress(phase, done, total, params) });
  return { ...base, bytes: written.bytes, sheets: written.sheets, pages: null };
}
