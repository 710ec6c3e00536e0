// campaign.exportCallList on its job's thread: the treatment group's call list as xlsx, one
// sheet per owner (the owner's name as the sheet's, unique and Excel-safe), every text cell
// neutralised against formula injection, widths fitted with CJK counting double, the header
// frozen and filtered. ExcelJS's streaming writer commits each sheet before the next; the file
// is written under a temporary name beside the target and renamed into place when complete.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import { exportFileName } from '../../../shared/export/file-name';
import { neutraliseCell, type CellValue } from '../../../shared/export/neutralise';
import { sheetNamer } from '../../../shared/export/sheet-names';
import { displayWidth } from '../../../shared/export/text-width';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import { temporaryPathFor } from '../../export/call-list/write-call-list';
import { drained } from '../../export/workbook/backpressure';
import { requireCampaignRow } from '../../store/campaigns/campaign-rows';
import type { TaskContext } from '../jobs/tasks';
import { CALL_LIST_COLUMNS, CALL_LIST_FORMATS, callListRows } from './call-list-rows';
import type { CampaignCallListJobInput } from './handlers';

const MIN_WIDTH = 10;
const MAX_WIDTH = 40;
// Excel, WPS and LibreOffice pick a Chinese sans font from the charset when the named one is missing.
const FONTS: Record<Locale, Partial<ExcelJS.Font>> = {
  'zh-CN': { name: 'Microsoft YaHei', family: 2, charset: 134, size: 10 },
  en: { name: 'Calibri', family: 2, size: 11 },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function widths(headers: readonly string[], rows: readonly CellValue[][]): number[] {
  return headers.map((h, i) => {
    let widest = displayWidth(h) + 2;
    for (const row of rows.slice(0, 500)) {
      const v = row[i];
      widest = Math.max(widest, (typeof v === 'number' ? 12 : v === null || v === undefined ? 0 : displayWidth(v)) + 1);
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
  });
}

function writeFailed(file: string): AppError {
  return new AppError('INTERNAL', `${file}: the call list could not be written`, { reason: 'exportWriteFailed', params: { file } });
}

export async function runCampaignCallList(job: TaskContext, input: CampaignCallListJobInput): Promise<OperationOutput<'campaign.exportCallList'>> {
  const db = job.db();
  const campaign = requireCampaignRow(db, input.id);
  const words = resources[input.language]['campaign-words'];
  const owners = callListRows(db, input.id, input.language);
  const total = owners.reduce((sum, o) => sum + o.rows.length, 0);
  const fileName = exportFileName(`${campaign.name} ${words.callList.fileName}`, localDate(new Date()), 'xlsx', words.callList.fileName);
  const path = 'folder' in input.target ? join(input.target.folder, fileName) : input.target.file;
  const temp = temporaryPathFor(path);
  const stream = createWriteStream(temp, { flags: 'wx' });
  await once(stream, 'open');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Churn Cockpit';
  const font = FONTS[input.language];
  const headers = CALL_LIST_COLUMNS.map((k) => words.callList.headers[k]);
  const styles = CALL_LIST_COLUMNS.map((k) => ({ font, numFmt: CALL_LIST_FORMATS[k] ?? '@' }));
  const names = sheetNamer(words.callList.sheetName);
  const sheets: { name: string; owner: string | null; rows: number }[] = [];
  let done = 0;
  try {
    job.progress('exportingRows', 0, total);
    // An empty treatment group still gives a file with its header, so the list can be filled by hand.
    for (const group of owners.length > 0 ? owners : [{ owner: null, rows: [] }]) {
      const name = names.take(group.owner ?? words.callList.noOwner);
      job.progress('writingSheet', sheets.length, owners.length, { sheet: name });
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
      sheet.columns = widths(headers, group.rows).map((width) => ({ width }));
      const header = sheet.addRow(headers);
      header.eachCell((cell) => {
        cell.font = { ...font, bold: true };
        cell.fill = HEADER_FILL;
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      });
      header.commit();
      for (const line of group.rows) {
        const row = sheet.addRow(line.map(neutraliseCell));
        for (let i = 0; i < styles.length; i++) row.getCell(i + 1).style = styles[i]!;
        row.commit();
        done++;
        if (done % 1000 === 0) {
          job.progress('exportingRows', done, total);
          await drained(sheet, stream);
          if (job.signal.aborted) throw new AppError('CANCELLED', 'campaign.exportCallList: cancelled; no file was written');
        }
      }
      sheet.commit();
      sheets.push({ name, owner: group.owner, rows: group.rows.length });
    }
    await workbook.commit();
    if (!stream.closed) await once(stream, 'close');
    await rename(temp, path).catch(() => {
      throw writeFailed(fileName);
    });
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw writeFailed(fileName);
  }
  job.progress('exportingRows', done, total);
  return { fileName: path.split(/[\\/]/).pop() ?? fileName, path, downloadId: null, rows: done, sheets };
}
