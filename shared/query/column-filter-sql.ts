// Compiles grid filters and sorts into a SQL WHERE / ORDER BY over whitelisted columns.
// Identifiers come only from the caller's whitelist; every value is a bound parameter.
import type { ColumnFilter } from '../contract/operations';

export type ColumnKind = 'text' | 'number' | 'date';

export interface ColumnDef {
  kind: ColumnKind;
  /** SQL expression for the column; taken from code, never from input. */
  sql: string;
}

export interface SqlFragment {
  sql: string;
  params: (string | number)[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function valueFor(kind: ColumnKind, value: string | number | undefined): string | number {
  if (value === undefined) throw new RangeError('filter value is required');
  if (kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) throw new RangeError(`not a number: ${String(value)}`);
    return n;
  }
  return String(value);
}

export function compileFilter(filter: ColumnFilter, columns: Record<string, ColumnDef>): SqlFragment {
  const def = columns[filter.column];
  if (!def) throw new RangeError(`column not allowed: ${filter.column}`);
  const col = def.sql;
  // LIKE is already case-insensitive for ASCII and CJK has no case; equality stays exact so
  // an index on the column can answer it.
  const textCol = col;
  const v = () => valueFor(def.kind, filter.value);
  switch (filter.op) {
    case 'blank':
      return { sql: `(${col} IS NULL OR ${col} = '')`, params: [] };
    case 'notBlank':
      return { sql: `(${col} IS NOT NULL AND ${col} <> '')`, params: [] };
    case 'contains':
      return { sql: `${textCol} LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(String(v()))}%`] };
    case 'notContains':
      return { sql: `(${col} IS NULL OR ${textCol} NOT LIKE ? ESCAPE '\\')`, params: [`%${escapeLike(String(v()))}%`] };
    case 'startsWith':
      return { sql: `${textCol} LIKE ? ESCAPE '\\'`, params: [`${escapeLike(String(v()))}%`] };
    case 'endsWith':
      return { sql: `${textCol} LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(String(v()))}`] };
    case 'equals':
      return { sql: `${textCol} = ?`, params: [v()] };
    case 'notEqual':
      return { sql: `(${col} IS NULL OR ${textCol} <> ?)`, params: [v()] };
    case 'greaterThan':
      return { sql: `${col} > ?`, params: [v()] };
    case 'greaterThanOrEqual':
      return { sql: `${col} >= ?`, params: [v()] };
    case 'lessThan':
      return { sql: `${col} < ?`, params: [v()] };
    case 'lessThanOrEqual':
      return { sql: `${col} <= ?`, params: [v()] };
    case 'inRange':
      return {
        sql: `${col} BETWEEN ? AND ?`,
        params: [v(), valueFor(def.kind, filter.valueTo)],
      };
  }
}

export function compileWhere(
  filters: readonly ColumnFilter[],
  columns: Record<string, ColumnDef>,
  quick?: { text: string; columns: readonly string[] },
): SqlFragment {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const filter of filters) {
    const fragment = compileFilter(filter, columns);
    parts.push(fragment.sql);
    params.push(...fragment.params);
  }
  const text = quick?.text.trim();
  if (quick && text) {
    const ors = quick.columns.map((name) => {
      const def = columns[name];
      if (!def) throw new RangeError(`column not allowed: ${name}`);
      params.push(`%${escapeLike(text)}%`);
      return `${def.sql} LIKE ? ESCAPE '\\'`;
    });
    parts.push(`(${ors.join(' OR ')})`);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * ORDER BY for the given sort, ending with `tieBreaker` in the direction of the last sort
 * term so that a single-column index (which carries the rowid) can deliver the whole order
 * without a sort step. SQLite's own null order is kept (first ascending, last descending).
 */
export function compileOrderBy(
  sort: readonly { column: string; direction: 'asc' | 'desc' }[],
  columns: Record<string, ColumnDef>,
  tieBreaker: string,
): string {
  const terms = sort.map((s) => {
    const def = columns[s.column];
    if (!def) throw new RangeError(`column not allowed: ${s.column}`);
    return `${def.sql} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`;
  });
  terms.push(`${tieBreaker} ${sort.at(-1)?.direction === 'desc' ? 'DESC' : 'ASC'}`);
  return `ORDER BY ${terms.join(', ')}`;
}
