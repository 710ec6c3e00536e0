// Writes one call list to disk, streamed: members are read page by page (member-pages.ts),
// turned into cells (columns.ts) and handed to the xlsx or CSV sink, yielding between pages so
// a cancel is heard and the file stream drains. The file is built under a temporary name in
// the target's own folder and renamed into place at the end: a cancel or a failure leaves no
// partial file behind, and an existing file at the path is only replaced by a complete one.
import { createWriteStream } from 'node:fs';
import { rm, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../../shared/contract/errors';
import type { CellValue } from '../../../shared/export/neutralise';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import { workspaceCatalog } from '../../store/analytics/workspace-catalog';
import type { Db } from '../../store/database';
import { callListColumns, rowCells } from './columns';
import { contactAttributes } from './contact-fields';
import { csvSink } from './csv-sink';
import { callListLabels } from './labels';
import { countMembers, DEFAULT_PAGE_ROWS, memberPages, type MembersWhere } from './member-pages';
import type { CallListSink } from './sink';
import { xlsxSink } from './xlsx-sink';

export interface CallListRequest {
  readonly where: MembersWhere;
  readonly format: 'xlsx' | 'csv';
  /** CSV only. */
  readonly encoding: 'utf8' | 'gb18030';
  readonly language: Locale;
  /** The file to write (its folder must exist). */
  readonly path: string;
  readonly signal?: AbortSignal;
  /** Rows written so far of the members counted at the start. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly pageRows?: number;
}

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'segment.export: cancelled; no file was written');
}

export async function writeCallList(db: Db, request: CallListRequest): Promise<{ rows: number }> {
  const contacts = contactAttributes(workspaceCatalog(db));
  const columns = callListColumns(request.language, contacts);
  const labels = callListLabels(request.language);
  const total = countMembers(db, request.where);
  const temp = temporaryPathFor(request.path);
  // 'wx': the temporary name is ours alone; a file already there (a link planted by someone else) fails the export.
  const stream = createWriteStream(temp, { flags: 'wx' });
  await once(stream, 'open');
  const sink: CallListSink =
    request.format === 'xlsx' ? xlsxSink(stream, { locale: request.language, sheetName: resources[request.language]['call-list'].sheetName }) : csvSink(stream, request.encoding);
  let rows = 0;
  try {
    let started = false;
    request.onProgress?.(0, total);
    for (const page of memberPages(db, request.where, contacts, request.pageRows ?? DEFAULT_PAGE_ROWS)) {
      const lines: CellValue[][] = page.map((row) => rowCells(row, labels));
      if (!started) {
        await sink.start(columns, lines);
        started = true;
      }
      await sink.write(lines);
      rows += lines.length;
      request.onProgress?.(rows, total);
      // A cancel arrives as a message on this thread: let it in between pages.
      await nextTurn();
      if (request.signal?.aborted) throw cancelled();
    }
    if (!started) await sink.start(columns, []);
    await sink.finish();
    if (!stream.closed) await once(stream, 'close');
    if (request.signal?.aborted) throw cancelled();
    await rename(temp, request.path);
    return { rows };
  } catch (error) {
    sink.abort();
    await rm(temp, { force: true });
    throw error;
  }
}
