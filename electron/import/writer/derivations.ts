// The derivations of fast-convert.ts as the writer applies them: in SQL, when SQLite copies a
// batch from the raw table into its canonical table, and in JavaScript, when such a batch must
// be replayed row by row after all (a duplicate key). The two must agree with each other and
// with convertField; test/unit/import/fast-convert.test.ts checks both against it.
import { CAST, ISO_DATE, ISO_DATETIME, SAME } from '../fast-convert';
import type { ConvertedValue } from '../../../shared/import/convert';
import type { SourceValue } from '../readers';

/** SQL computing a derivation of a raw column (an identifier already quoted). */
export function derivationSql(kind: number, column: string): string {
  switch (kind) {
    case SAME:
      return column;
    case CAST:
      return `CAST(${column} AS REAL)`;
    case ISO_DATETIME:
      return `CASE WHEN substr(${column}, 11) = ' 00:00:00' THEN substr(${column}, 1, 10) ELSE ${column} END`;
    case ISO_DATE:
      return `substr(${column}, 1, 10)`;
    default:
      throw new Error(`no SQL for derivation ${kind}`);
  }
}

/** The same in JavaScript; undefined for SAME (the writer's "the raw cell itself"). */
export function derivedValue(kind: number, cell: SourceValue): ConvertedValue | undefined {
  if (kind === SAME) return undefined;
  if (cell === null) return null;
  // Only text cells are ever cast or cut (fast-convert.ts).
  if (typeof cell !== 'string') throw new Error(`derivation ${kind} of a non-text cell`);
  if (kind === CAST) return Number(cell);
  return kind === ISO_DATE || cell.endsWith(' 00:00:00') ? cell.slice(0, 10) : cell;
}
