// Results of the columnar filter engine: how many rows match, and a page of them in SQLite's
// order (ORDER BY the keys with NULLs first ascending, then rowid). Pure (no Node, no DOM).
import type { SortDirection } from './ast';
import type { ColumnData } from './columnar-columns';

export function countMatches(match: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < match.length; i += 1) count += match[i]!;
  return count;
}

export interface SortKey {
  readonly column: ColumnData;
  readonly direction: SortDirection;
}

/** Negative when row a sorts before row b ascending: NULL first, then by value (SQLite's native order). */
function ascending(column: ColumnData): (a: number, b: number) => number {
  if (column.kind === 'text') {
    const codes = column.codes;
    return (a, b) => codes[a]! - codes[b]!;
  }
  const v = column.values;
  return (a, b) => {
    const x = v[a]!;
    const y = v[b]!;
    if (x < y) return -1;
    if (x > y) return 1;
    if (x === y) return 0;
    // At least one NULL (NaN): NULL sorts first.
    return (x === x ? 1 : 0) - (y === y ? 1 : 0);
  };
}

/**
 * Indices of matching rows in the order of `ORDER BY key1 DIR1, …, rowid tieDirection`
 * (row index order = rowid order), from `offset`, at most `limit` of them. With no keys the
 * rows come in index order (tieDirection). Partial selection (a heap of offset + limit rows)
 * when that is a small share of the matches, a full sort otherwise.
 */
export function topRows(match: Uint8Array, keys: readonly SortKey[], tieDirection: SortDirection, offset: number, limit: number): number[] {
  const wanted = offset + limit;
  if (limit <= 0) return [];
  const compares = keys.map((key) => {
    const asc = ascending(key.column);
    return key.direction === 'desc' ? (a: number, b: number) => asc(b, a) : asc;
  });
  const tie = tieDirection === 'desc' ? -1 : 1;
  if (compares.length === 0) {
    const out: number[] = [];
    let seen = 0;
    const n = match.length;
    for (let s = 0; s < n && out.length < limit; s += 1) {
      const i = tie > 0 ? s : n - 1 - s;
      if (match[i] && seen++ >= offset) out.push(i);
    }
    return out;
  }
  const single = compares.length === 1 ? compares[0]! : undefined;
  const cmp = (a: number, b: number): number => {
    if (single) return single(a, b) || (a - b) * tie;
    for (const c of compares) {
      const d = c(a, b);
      if (d !== 0) return d;
    }
    return (a - b) * tie;
  };
  let count = 0;
  for (let i = 0; i < match.length; i += 1) count += match[i]!;
  if (offset >= count) return [];
  if (wanted * 4 >= count) {
    const rows = new Int32Array(count);
    let j = 0;
    for (let i = 0; i < match.length; i += 1) if (match[i]) rows[j++] = i;
    return Array.from(rows.sort(cmp).subarray(offset, wanted));
  }
  // Max-heap (by cmp) of the best `wanted` rows so far: its root is the worst of them.
  const heap = new Int32Array(wanted);
  let size = 0;
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && cmp(heap[l]!, heap[top]!) > 0) top = l;
      if (r < size && cmp(heap[r]!, heap[top]!) > 0) top = r;
      if (top === i) return;
      const t = heap[i]!;
      heap[i] = heap[top]!;
      heap[top] = t;
      i = top;
    }
  };
  for (let row = 0; row < match.length; row += 1) {
    if (!match[row]) continue;
    if (size < wanted) {
      let i = size++;
      heap[i] = row;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (cmp(heap[i]!, heap[parent]!) <= 0) break;
        const t = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = t;
        i = parent;
      }
    } else if (cmp(row, heap[0]!) < 0) {
      heap[0] = row;
      siftDown(0);
    }
  }
  return Array.from(heap.subarray(0, size).sort(cmp).subarray(offset, wanted));
}
