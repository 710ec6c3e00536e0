// Every source table lands here first, exactly as read: one untyped column per source column
// (no type affinity, so '007' stays text and 3.10 stays a number), the source row number,
// and the overflow cells of ragged rows. The registry row says which file and sheet it holds.
import type { Db } from '../../store/database';
import type { SourceValue } from '../readers';
import type { TableInfo } from '../worker/protocol';
import type { PackedBatch } from '../worker/packed-batch';
import { quoteIdent, rawColumnNames, uniqueRawTableName } from './identifiers';

const ROW = '__row';
const EXTRA = '__extra';
/**
 * Rows per multi-row INSERT: one statement call binds many rows, which is what makes the
 * writer thread (the import's bottleneck) cheap per row; capped by SQLite's bound-parameter limit.
 */
const CHUNK = 100;
export const MAX_PARAMS = 32_000;

export interface RawTableWriter {
  readonly name: string;
  /** Column of each source column, in source order (safe identifiers). */
  readonly columns: readonly string[];
  /**
   * `raw` is flat: row i's value for source column c is raw[i * width + c]. Returns the rowid
   * of the batch's first row; its rows have consecutive rowids (a fresh table, only appended to).
   */
  write(raw: readonly SourceValue[], count: number, rowNumbers: readonly number[], extras: readonly [number, SourceValue[]][]): number;
  /** The same for a packed batch of text cells (no overflow cells); SQLite cuts each cell out of the buffer. */
  writePacked(packed: PackedBatch, count: number, rowNumbers: readonly number[]): number;
}

/**
 * INSERT … SELECT cutting `chunk` rows of `width` text cells out of one bound buffer. Each row
 * binds its source row number, the offset where its first cell starts, and where each cell
 * ends: numbers bind far cheaper than strings. CROSS JOIN keeps the buffer's one-row table
 * outside, so the VALUES rows, and with them the rowids, stay in order.
 */
function packedInsertSql(table: string, width: number, chunk: number): string {
  const cells: string[] = [];
  for (let c = 0; c < width; c++) cells.push(`CAST(substr(b.x, v.column${c + 2} + 1, v.column${c + 3} - v.column${c + 2}) AS TEXT)`);
  const tuple = `(${new Array<string>(width + 2).fill('?').join(', ')})`;
  return `INSERT INTO ${table} SELECT v.column1, NULL, ${cells.join(', ')} FROM (SELECT ? AS x) AS b CROSS JOIN (VALUES ${new Array<string>(chunk).fill(tuple).join(', ')}) AS v`;
}

function extraText(values: readonly SourceValue[]): string {
  return JSON.stringify(values.map((v) => (v instanceof Uint8Array ? `0x${Buffer.from(v).toString('hex')}` : v)));
}

export function createRawTable(db: Db, importId: number, info: TableInfo, taken: Set<string>): RawTableWriter {
  const name = uniqueRawTableName(db, info.sheet ?? info.name, importId, taken);
  const columns = rawColumnNames(info.columns, [ROW, EXTRA]);
  const defs = [`${quoteIdent(ROW)} INTEGER NOT NULL`, `${quoteIdent(EXTRA)} TEXT`, ...columns.map(quoteIdent)];
  db.exec(`CREATE TABLE ${quoteIdent(name)} (${defs.join(', ')})`);
  db.prepare('INSERT INTO raw_tables (raw_table, import_id, source_file, source_sheet, columns) VALUES (?, ?, ?, ?, ?)').run(
    name,
    importId,
    info.file,
    info.sheet ?? (info.name === info.file ? null : info.name),
    JSON.stringify(columns.map((c, i) => ({ name: c, column: info.columns[i], header: info.sourceColumns[i] ?? null }))),
  );
  const sourceWidth = columns.length;
  const width = sourceWidth + 2;
  const chunk = Math.max(1, Math.min(CHUNK, Math.floor(MAX_PARAMS / width)));
  const tuple = `(${new Array<string>(width).fill('?').join(', ')})`;
  const head = `INSERT INTO ${quoteIdent(name)} VALUES `;
  const one = db.prepare(head + tuple);
  const many = db.prepare(head + new Array<string>(chunk).fill(tuple).join(', '));
  const params = new Array<unknown>(width * chunk);
  const single = new Array<unknown>(width);
  const fill = (into: unknown[], at: number, raw: readonly SourceValue[], i: number, rowNumber: number | undefined, extra: SourceValue[] | undefined): void => {
    into[at] = rowNumber;
    into[at + 1] = extra ? extraText(extra) : null;
    const from = i * sourceWidth;
    for (let c = 0; c < sourceWidth; c++) {
      const v = raw[from + c] ?? null;
      // better-sqlite3 binds every JS number as a double, so an integer would come back as 1.0;
      // a BigInt binds as an integer and keeps the source's type (text cells are untouched).
      into[at + 2 + c] = typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : v;
    }
  };
  // Packed rows bind their row number, start and cell ends; the buffer is one more parameter.
  const packedWidth = sourceWidth + 2;
  const packedChunk = Math.max(1, Math.min(CHUNK, Math.floor((MAX_PARAMS - 1) / packedWidth)));
  let packedMany: ReturnType<Db['prepare']> | null = null;
  let packedOne: ReturnType<Db['prepare']> | null = null;
  const packedParams = new Array<unknown>(1 + packedWidth * packedChunk);
  const packedSingle = new Array<unknown>(1 + packedWidth);
  /** Binds rows [i, i + n) of a packed batch into `into`; the buffer slice they need goes first. */
  const fillPacked = (into: unknown[], packed: PackedBatch, i: number, n: number, rowNumbers: readonly number[]): void => {
    const { bytes, ends } = packed;
    const from = i === 0 ? 0 : (ends[i * sourceWidth - 1] as number);
    const to = ends[(i + n) * sourceWidth - 1] as number;
    // With the padding byte after the last cell (packed-batch.ts): never an empty blob.
    into[0] = bytes.subarray(from, to + 1);
    for (let k = 0; k < n; k++) {
      const at = 1 + k * packedWidth;
      const cell = (i + k) * sourceWidth;
      into[at] = rowNumbers[i + k];
      into[at + 1] = (cell === 0 ? 0 : (ends[cell - 1] as number)) - from;
      for (let c = 0; c < sourceWidth; c++) into[at + 2 + c] = (ends[cell + c] as number) - from;
    }
  };
  let last = 0;
  return {
    name,
    columns,
    write(raw, count, rowNumbers, extras) {
      const extraAt = extras.length ? new Map(extras) : null;
      let i = 0;
      for (; i + chunk <= count; i += chunk) {
        for (let k = 0; k < chunk; k++) fill(params, k * width, raw, i + k, rowNumbers[i + k], extraAt?.get(i + k));
        last = Number(many.run(params).lastInsertRowid);
      }
      for (; i < count; i++) {
        fill(single, 0, raw, i, rowNumbers[i], extraAt?.get(i));
        last = Number(one.run(single).lastInsertRowid);
      }
      return last - count + 1;
    },
    writePacked(packed, count, rowNumbers) {
      packedMany ??= db.prepare(packedInsertSql(quoteIdent(name), sourceWidth, packedChunk));
      packedOne ??= db.prepare(packedInsertSql(quoteIdent(name), sourceWidth, 1));
      let i = 0;
      for (; i + packedChunk <= count; i += packedChunk) {
        fillPacked(packedParams, packed, i, packedChunk, rowNumbers);
        last = Number(packedMany.run(packedParams).lastInsertRowid);
      }
      for (; i < count; i++) {
        fillPacked(packedSingle, packed, i, 1, rowNumbers);
        last = Number(packedOne.run(packedSingle).lastInsertRowid);
      }
      return last - count + 1;
    },
  };
}
