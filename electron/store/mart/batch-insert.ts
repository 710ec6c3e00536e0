// Multi-row INSERT statements filled batch after batch, as snapshot-write.ts does: per-call
// overhead, not b-tree work, dominates one-row inserts. The parameter array is reused.
import type { Db } from '../database';

export type SqlValue = number | string | null;

const BATCH = 64;

/**
 * Inserts `rows` rows; `fill(row, params, at)` writes the row's `width` values from params[at].
 * `sql(k)` gives the statement for k rows, each row a `(?, …)` group from rowGroups(k, width).
 */
export function insertBatched(
  db: Db,
  sql: (k: number) => string,
  width: number,
  rows: number,
  fill: (row: number, params: SqlValue[], at: number) => void,
  onRows?: (done: number) => void,
): void {
  const full = db.prepare(sql(BATCH));
  const params = new Array<SqlValue>(BATCH * width).fill(null);
  let pending = 0;
  for (let r = 0; r < rows; r++) {
    fill(r, params, pending * width);
    if (++pending === BATCH) {
      full.run(params);
      pending = 0;
    }
    if (onRows && (r + 1) % 50_000 === 0) onRows(r + 1);
  }
  if (pending > 0) db.prepare(sql(pending)).run(params.slice(0, pending * width));
}

/** `(?, ?, …), (?, ?, …)`: k groups of `width` placeholders. */
export function rowGroups(k: number, width: number): string {
  const group = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return Array.from({ length: k }, () => group).join(', ');
}
