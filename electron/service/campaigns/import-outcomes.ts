// campaign.importOutcomes on its job's thread: the file read with the import's readers (CSV in
// any encoding and delimiter, xlsx / xls / ods; the named sheet or the first with columns), its
// columns recognised in Chinese or English, each row read into a record or a reject, then
// written in one transaction by the campaigns store (outcome-import.ts).
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput, OperationParsedInput } from '../../../shared/contract/operations';
import { mapOutcomeColumns, type OutcomeColumnMap } from '../../../shared/campaigns/outcome-columns';
import { isReject, readOutcomeRow, type CellValue } from '../../../shared/campaigns/outcome-rows';
import { ImportReadError, openSource } from '../../import/readers';
import type { Db } from '../../store/database';
import { readCampaign } from '../../store/campaigns/campaign-rows';
import { applyOutcomeFile, type FileReject, type FileRow } from '../../store/campaigns/outcome-import';
import type { Progress } from '../scoring/progress';

/** The rejects an answer carries; the counts cover them all. */
const REJECTS_SHOWN = 500;
const SPREADSHEETS: ReadonlySet<string> = new Set(['xlsx', 'xlsm', 'xlsb', 'xls', 'ods']);

export type OutcomeImportInput = Omit<OperationParsedInput<'campaign.importOutcomes'>, 'jobId'>;

interface ReadFile {
  readonly map: OutcomeColumnMap;
  readonly rows: FileRow[];
  readonly rejects: FileReject[];
  readonly read: number;
}

function emptyFile(file: string): AppError {
  return new AppError('INVALID_INPUT', `${file}: no row could be recorded`, { reason: 'outcomeFileEmpty', params: { file } });
}

async function readOutcomeFile(path: string, sheet: string | undefined, signal: AbortSignal, progress: Progress): Promise<ReadFile> {
  const file = basename(path);
  const source = openSource(path, { signal, ...(sheet !== undefined ? { sheets: [sheet] } : {}) });
  // A bare number in a spreadsheet's date column is an Excel serial day; in a CSV it is text.
  const spreadsheet = SPREADSHEETS.has(source.format);
  for await (const table of source.tables()) {
    if (table.sourceColumns.length === 0) continue;
    const map = mapOutcomeColumns(table.sourceColumns);
    if (map.index.customer === undefined) {
      throw new AppError('INVALID_INPUT', `${file}: no customer column`, { reason: 'outcomeColumnsMissing', params: { file, missing: 'customer' } });
    }
    const rows: FileRow[] = [];
    const rejects: FileReject[] = [];
    let read = 0;
    for await (const batch of table.rows()) {
      for (const row of batch) {
        read++;
        const values = row.values.map((v): CellValue => (v instanceof Uint8Array ? null : v));
        const record = readOutcomeRow(values, map, spreadsheet);
        if (isReject(record)) rejects.push({ row: row.lineage.row, ...record });
        else rows.push({ row: row.lineage.row, record });
      }
      progress('importingOutcomes', read, null);
    }
    return { map, rows, rejects, read };
  }
  throw emptyFile(file);
}

export async function importOutcomes(
  db: Db,
  input: OutcomeImportInput,
  job: { readonly signal: AbortSignal; readonly progress: Progress },
): Promise<OperationOutput<'campaign.importOutcomes'>> {
  job.progress('reading', 0, null);
  const file = basename(input.path);
  let read: ReadFile;
  try {
    read = await readOutcomeFile(input.path, input.sheet, job.signal, job.progress);
  } catch (error) {
    if (error instanceof ImportReadError && error.code === 'empty-file') throw emptyFile(file);
    throw error;
  }
  const name = input.name ?? (basename(input.path, extname(input.path)).trim() || file);
  const result = db.transaction(() => applyOutcomeFile(db, { campaignId: input.campaignId, name, file, hasGroupColumn: read.map.index.group !== undefined, rows: read.rows }))();
  const rejects = [...read.rejects, ...result.rejects].sort((a, b) => a.row - b.row);
  job.progress('importingOutcomes', read.read, read.read);
  return {
    campaign: readCampaign(db, result.campaignId),
    created: result.created,
    rows: read.read,
    imported: result.imported,
    rejected: rejects.length,
    rejects: rejects.slice(0, REJECTS_SHOWN).map((r) => ({ row: Math.max(1, r.row), column: r.column, code: r.code, value: r.value })),
  };
}
