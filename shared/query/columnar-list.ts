// A list spec (compile-list.ts) answered over in-memory columns: which rows, in which order —
// the same as compileList's ORDER BY (the sort keys, then every other field ascending, NULLs last
// in both directions, text by code point) and LIMIT limit + 1. Pure (no Node, no DOM). The caller
// reads the chosen rows' values by rowid. Specs with JSON attributes or saved-segment fields
// answer null (SQL then).
import type { ColumnData, ColumnKind, ColumnarOptions } from './columnar';
import { cachedMatch, type MatchCache } from './columnar-aggregate';
import { filterColumns } from './columnar-columns';
import type { ListSpec } from './compile-list';
import { QueryError } from './errors';

/** The source columns a list reads (fields and filter), or null when it cannot be answered over columns. */
export function listColumns(spec: ListSpec, options: ColumnarOptions): Map<string, ColumnKind> | null {
  const planned = filterColumns(spec.filter, options.resolveField, options.resolveSegment);
  if (planned.usesAttributes || planned.unresolved || (planned.usesLists && !options.listMask)) return null;
  const needs = new Map(planned.columns);
  for (const id of spec.fields) {
    const field = options.resolveField(id);
    if (!field || field.source !== spec.source || field.attributeKey !== undefined || field.membership) return null;
    const kind: ColumnKind = field.type === 'number' || field.type === 'boolean' ? 'number' : 'text';
    if (needs.has(field.column) && needs.get(field.column) !== kind) return null;
    needs.set(field.column, kind);
  }
  return needs;
}

/** Compare of two row indices on one column ascending, NULLs last. */
function ascendingNullsLast(column: ColumnData): (a: number, b: number) => number {
  if (column.kind === 'text') {
    const codes = column.codes;
    return (a, b) => {
      const x = codes[a]!;
      const y = codes[b]!;
      if (x === y) return 0;
      if (x === 0) return 1;
      if (y === 0) return -1;
      return x - y;
    };
  }
  const v = column.values;
  return (a, b) => {
    const x = v[a]!;
    const y = v[b]!;
    if (x < y) return -1;
    if (x > y) return 1;
    if (x === y) return 0;
    return (x === x ? 0 : 1) - (y === y ? 0 : 1);
  };
}

/**
 * Row indices of the first limit + 1 matching rows in compileList's order. A bounded selection:
 * each matching row is compared with the worst kept one, so a million rows cost one pass.
 */
export function columnarListRows(
  spec: ListSpec,
  rowCount: number,
  columns: (column: string) => ColumnData | undefined,
  options: ColumnarOptions & { readonly matches?: MatchCache },
): number[] | null {
  if (listColumns(spec, options) === null) return null;
  const fieldColumn = (id: string): ColumnData => {
    const field = options.resolveField(id);
    const column = field && columns(field.column);
    if (!column) throw new QueryError('UNKNOWN_FIELD', { field: id });
    return column;
  };
  const terms: { key: string; sign: number }[] = [];
  for (const sort of spec.sort ?? []) {
    if (!spec.fields.includes(sort.key)) throw new QueryError('UNKNOWN_SORT_KEY', { key: sort.key });
    terms.push({ key: sort.key, sign: sort.direction === 'desc' ? -1 : 1 });
  }
  for (const key of spec.fields) if (!terms.some((t) => t.key === key)) terms.push({ key, sign: 1 });
  const compares = terms.map((t) => {
    const asc = ascendingNullsLast(fieldColumn(t.key));
    if (t.sign > 0) return asc;
    // Descending keeps NULLs last: reverse only the non-NULL order.
    const column = fieldColumn(t.key);
    const isNull = column.kind === 'text' ? (i: number) => column.codes[i] === 0 : (i: number) => Number.isNaN(column.values[i]!);
    return (a: number, b: number) => {
      const [na, nb] = [isNull(a), isNull(b)];
      if (na || nb) return (na ? 1 : 0) - (nb ? 1 : 0);
      return asc(b, a);
    };
  });
  // Equal on every field: the rows are indistinguishable in the output; rowid order keeps it stable.
  const cmp = (a: number, b: number): number => {
    for (const c of compares) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return a - b;
  };
  const match = cachedMatch(spec.filter, rowCount, columns, options);
  const wanted = spec.limit + 1;
  const kept: number[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    if (!match[r]) continue;
    if (kept.length === wanted && cmp(r, kept[wanted - 1]!) >= 0) continue;
    // Insert in order (wanted is small: ≤ 501).
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(kept[mid]!, r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, r);
    if (kept.length > wanted) kept.pop();
  }
  return kept;
}
