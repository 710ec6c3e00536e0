// Every source table lands here first, exactly as read: one untyped column per source column
// (no type affinity, so '007' stays text and 3.10 stays a number), the source row number,
// and the overflow cells of ragged rows. The registry row says which file and sheet it holds.
import type { Db } from '../../store/database';
import type { SourceValue } from '../readers';
import type { TableInfo } from '../worker/protocol';
import { quoteIdent, rawColumnNames, uniqueRawTableName } from './identifiers';

const ROW = '__row';
const EXTRA = '__extra';
/** Rows per multi-row INSERT: fewer statement calls, same bound parameters. */
const CHUNK = 25;

export interface RawTableWriter {
  readonly name: string;
  write(raw: readonly SourceValue[][], rowNumbers: readonly number[], extras: readonly [number, SourceValue[]][]): void;
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
  const width = columns.length + 2;
  const tuple = `(${new Array<string>(width).fill('?').join(', ')})`;
  const head = `INSERT INTO ${quoteIdent(name)} VALUES `;
  const one = db.prepare(head + tuple);
  const many = db.prepare(head + new Array<string>(CHUNK).fill(tuple).join(', '));
  const params = new Array<unknown>(width * CHUNK);
  return {
    name,
    write(raw, rowNumbers, extras) {
      const extraAt = new Map(extras);
      const fill = (at: number, i: number): void => {
        const values = raw[i] ?? [];
        const extra = extraAt.get(i);
        params[at] = rowNumbers[i];
        params[at + 1] = extra ? extraText(extra) : null;
        for (let c = 0; c < width - 2; c++) params[at + 2 + c] = values[c] ?? null;
      };
      let i = 0;
      for (; i + CHUNK <= raw.length; i += CHUNK) {
        for (let k = 0; k < CHUNK; k++) fill(k * width, i + k);
        many.run(params);
      }
      for (; i < raw.length; i++) {
        fill(0, i);
        one.run(params.slice(0, width));
      }
    },
  };
}
