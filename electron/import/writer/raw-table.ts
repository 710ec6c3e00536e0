// Every source table lands here first, exactly as read: one untyped column per source column
// (no type affinity, so '007' stays text and 3.10 stays a number), the source row number,
// and the overflow cells of ragged rows. The registry row says which file and sheet it holds.
import type { Db } from '../../store/database';
import type { SourceValue } from '../readers';
import type { TableInfo } from '../worker/protocol';
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
  };
}
