// A static list from a CSV or xlsx file of customer ids, read with the import's readers (any
// encoding, delimiter or sheet they understand). The id column is the first one named like a
// customer id (the import's synonyms), else the first column. Ids that are no customer are kept
// (a later import may add them), counted, and the first UNKNOWN_EXAMPLES returned.
import { basename } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import { headerKey } from '../../../shared/import/headers';
import { fieldSynonyms } from '../../../shared/import/synonyms';
import { ImportReadError, openSource, type SourceValue } from '../../import/readers';
import type { Db } from '../../store/database';
import { insertListMembers } from '../../store/segments/list-members';
import { insertSegmentRow } from '../../store/segments/segment-rows';
import type { JobInput } from '../jobs/kinds';
import type { Progress } from '../scoring/progress';
import { describeSegment } from './describe';
import { assertNameFree } from './writes';

const UNKNOWN_EXAMPLES = 20;
const ID_WORDS = new Set((fieldSynonyms.customers.customer_id ?? []).map(headerKey));

/** The column holding the ids: the first named like a customer id, else the first. */
export function idColumn(headers: readonly string[]): { index: number; byName: boolean } {
  const named = headers.findIndex((h) => ID_WORDS.has(headerKey(h)));
  return named >= 0 ? { index: named, byName: true } : { index: 0, byName: false };
}

function idText(value: SourceValue | undefined): string | null {
  if (value === null || value === undefined || value instanceof Uint8Array) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function noIdColumn(path: string): AppError {
  return new AppError('INVALID_INPUT', `${basename(path)}: no column of customer ids`, { reason: 'segmentListNoIdColumn', params: { file: basename(path) } });
}

async function readIds(path: string, signal: AbortSignal): Promise<{ ids: string[]; header: string | null }> {
  try {
    return await readIdColumn(path, signal);
  } catch (error) {
    // An empty file has no column of ids; other read errors (unreadable, not found) pass as they are.
    if (error instanceof ImportReadError && error.code === 'empty-file') throw noIdColumn(path);
    throw error;
  }
}

async function readIdColumn(path: string, signal: AbortSignal): Promise<{ ids: string[]; header: string | null }> {
  const source = openSource(path, { signal });
  for await (const table of source.tables()) {
    if (table.sourceColumns.length === 0) continue;
    const column = idColumn(table.sourceColumns);
    const ids: string[] = [];
    for await (const batch of table.rows()) {
      for (const row of batch) {
        const id = idText(row.values[column.index]);
        if (id !== null) ids.push(id);
      }
    }
    // A file of bare ids may have had its first id taken for a header: it is kept as a candidate.
    const header = !column.byName && table.headerRow !== undefined ? idText(table.sourceColumns[column.index]) : null;
    return { ids, header };
  }
  throw noIdColumn(path);
}

export async function importSegmentList(
  db: Db,
  input: JobInput<'segment.importList'>,
  job: { readonly signal: AbortSignal; readonly progress: Progress },
): Promise<OperationOutput<'segment.importList'>> {
  job.progress('reading', 0, null);
  const read = await readIds(input.path, job.signal);
  const isCustomer = db.prepare('SELECT 1 FROM customer_mart WHERE customer_id = ?').pluck();
  const ids = new Set(read.ids);
  if (read.header !== null && isCustomer.get(read.header) !== undefined) ids.add(read.header);
  job.progress('writing', 0, ids.size);
  const result = db.transaction(() => {
    assertNameFree(db, input.name);
    const list = insertSegmentRow(
      db,
      { kind: 'list', name: input.name, description: input.description, tags: input.tags, color: input.color, definition: null, frozenFrom: null },
      new Date().toISOString(),
    );
    insertListMembers(db, list, ids);
    const unknown: string[] = [];
    for (const id of ids) if (isCustomer.get(id) === undefined) unknown.push(id);
    return { list, unknown };
  })();
  job.progress('writing', ids.size, ids.size);
  return {
    segment: describeSegment(db, result.list),
    imported: ids.size - result.unknown.length,
    unknown: result.unknown.length,
    unknownExamples: result.unknown.slice(0, UNKNOWN_EXAMPLES),
  };
}
