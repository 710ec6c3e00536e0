// ExportDocument → .xlsx: the cover, then a sheet per section (lists streamed and continued past
// Excel's row limit), through ExcelJS's streaming writer (inline strings, rows committed as they
// are written) so memory stays flat however long a list is. Charts and pictures, which ExcelJS
// cannot write, are added to the finished file by the drawing step (xlsx-charts/add-drawings.ts).
// The file is built under a temporary name in the target's folder and renamed at the end: a
// cancel or a failure leaves nothing behind, and a file already at the path is only replaced by
// a complete one.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { ExportedSheet } from '../../../shared/contract/domains/exports';
import { AppError } from '../../../shared/contract/errors';
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportDocument, ExportSection } from '../../../shared/export/document';
import { sheetNamer } from '../../../shared/export/sheet-names';
import { temporaryPathFor } from '../call-list/write-call-list';
import { addDrawings } from '../xlsx-charts/add-drawings';
import { renderChartPictures } from './chart-pictures';
import { checkCancelled, drawingsOf, EXCEL_MAX_ROWS, type WorkbookProgress, type WriteContext } from './context';
import { writeCover, type CoverChart } from './cover-sheet';
import { sectionHeaderRow, writeSectionSheets } from './section-sheet';

export type { WorkbookProgress } from './context';

export interface WriteWorkbookOptions {
  readonly path: string;
  readonly signal: AbortSignal;
  readonly onProgress: WorkbookProgress;
  /** Rows a sheet holds before a list continues on the next (Excel's 1,048,576; fewer in tests). */
  readonly maxRowsPerSheet?: number;
}

const WRITE_FAILURES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EBUSY', 'EROFS', 'EDQUOT', 'EFBIG', 'EISDIR', 'EMFILE', 'EIO']);

function writeFailed(error: unknown, path: string): unknown {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  if (typeof code !== 'string' || !WRITE_FAILURES.has(code)) return error;
  const file = basename(path);
  return new AppError('INTERNAL', `${file}: the workbook could not be written (${code})`, { reason: 'exportWriteFailed', params: { file } });
}

/** Rows a native chart caches at most (a widget's table; lists have no chart). */
const CACHED_ROWS_MAX = 5000;

async function tableRows(section: ExportSection): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for await (const page of section.table.pages()) for (const row of page) rows.push([...row]);
  return rows;
}

export async function writeWorkbook(doc: ExportDocument, options: WriteWorkbookOptions): Promise<{ bytes: number; sheets: ExportedSheet[] }> {
  const { path, signal, onProgress } = options;
  if (signal.aborted) throw new AppError('CANCELLED', 'export: cancelled; no file was written');
  const temp = temporaryPathFor(path);
  let file: ReturnType<typeof createWriteStream> | null = null;
  try {
    const pictures = await renderChartPictures(doc, signal, onProgress);
    // 'wx': the temporary name is ours alone; a file already there (a link planted by someone else) fails the export.
    file = createWriteStream(temp, { flags: 'wx' });
    // A write error (a full disk, a file too large) ends the export: whatever waits on the file
    // (the deflater's drain, the commit, the close) races it instead of waiting forever.
    const opened = file;
    const failure = new Promise<never>((_, reject) => opened.on('error', reject));
    failure.catch(() => undefined);
    await Promise.race([once(file, 'open'), failure]);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Churn Cockpit';
    workbook.lastModifiedBy = 'Churn Cockpit';
    Reflect.set(workbook, 'title', doc.title);
    workbook.created = new Date();
    workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
    const namer = sheetNamer();
    const coverName = namer.take(doc.words.cover);
    const names = doc.sections.map((s) => namer.take(s.title));
    const ctx: WriteContext = {
      workbook,
      file,
      failure,
      doc,
      namer,
      signal,
      maxRowsPerSheet: options.maxRowsPerSheet ?? EXCEL_MAX_ROWS,
      sheets: [],
      drawings: new Map(),
      progress: { done: 0, total: doc.sections.reduce((n, s) => n + s.table.rowCount, 0), report: onProgress },
    };
    const coverCharts: CoverChart[] = [];
    for (const [i, section] of doc.sections.entries()) {
      if (!section.chart) continue;
      const rows = section.table.rowCount;
      const fits = rows > 0 && rows <= ctx.maxRowsPerSheet - sectionHeaderRow(section);
      // A widget's own rows, in memory already: read once more to cache them in its native chart.
      const cached = fits && section.chart.native && rows <= CACHED_ROWS_MAX ? await tableRows(section) : null;
      const place = fits ? { sheetName: names[i]!, firstDataRow: sectionHeaderRow(section) + 1, rows } : null;
      coverCharts.push({ section, place, picture: pictures.sections.get(i) ?? null, rows: cached });
    }
    writeCover(ctx, coverName, coverCharts, pictures.sparklines);
    for (const [i, section] of doc.sections.entries()) {
      checkCancelled(ctx);
      const rows = coverCharts.find((c) => c.section === section)?.rows ?? null;
      await writeSectionSheets(ctx, section, names[i]!, pictures.sections.get(i) ?? null, rows);
    }
    checkCancelled(ctx);
    const drawings = drawingsOf(ctx);
    onProgress('packagingWorkbook', 0, 1);
    await Promise.race([workbook.commit(), failure]);
    if (!file.closed) await Promise.race([once(file, 'close'), failure]);
    checkCancelled(ctx);
    await addDrawings(temp, drawings);
    checkCancelled(ctx);
    await rename(temp, path);
    onProgress('packagingWorkbook', 1, 1);
    const { size } = await stat(path);
    return { bytes: size, sheets: ctx.sheets };
  } catch (error) {
    file?.destroy();
    await rm(temp, { force: true });
    throw writeFailed(error, path);
  }
}
