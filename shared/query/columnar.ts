// Filters evaluated over columns held in typed arrays: the same answer as the compiled SQL,
// without a row store's per-row cost. Pure (no Node, no DOM).
//
// Semantics are not re-derived here: the filter is lowered exactly as for SQL (lower.ts —
// fields resolved, values typed, relative dates turned into day bounds, NOT pushed to the
// leaves), and each core leaf is then evaluated the way SQLite evaluates it on the stored
// values. After lowering every leaf is TRUE or FALSE for every row (see lower.ts), so rows
// are combined with plain two-valued AND / OR over byte arrays.
//
// Column representation:
// - number and boolean fields: a Float64Array, NaN for NULL (SQLite stores no NaN; booleans are 1 / 0);
// - text, enum and date fields: dictionary codes in an Int32Array, 0 for NULL and k for
//   `dictionary[k - 1]`, over a dictionary of distinct values sorted by code point (SQLite's
//   BINARY order for UTF-8 text). A leaf is computed once per dictionary entry into a lookup
//   table whose entry 0 is the leaf's value for NULL; the row loop is one table read.
// Dates are compared as stored text against the day bounds of the lowering, which is exactly
// what the SQL does ('2024-03-05 13:45:59' < '2024-03-06').
//
// Evaluation is vectorised: every node is computed over all rows into a byte per row
// (1 = match), and groups combine their children's arrays.
import type { FieldDef, FieldType } from '../catalog/types';
import type { FilterNode, SortDirection } from './ast';
import { lowerFilter, type CoreNode, type CoreValue, type Operand } from './lower';

export interface NumberColumn {
  readonly kind: 'number';
  /** NaN = NULL. */
  readonly values: Float64Array;
}

export interface TextColumn {
  readonly kind: 'text';
  /** 0 = NULL, k = dictionary[k - 1]. */
  readonly codes: Int32Array;
  /** Distinct values sorted by code point (compareCodePoints). */
  readonly dictionary: readonly string[];
}

export type ColumnData = NumberColumn | TextColumn;
export type ColumnKind = ColumnData['kind'];

/** How a field's column is held: text, enum and date as dictionary codes, the rest as numbers. */
export function columnKindOf(type: FieldType): ColumnKind {
  return type === 'number' || type === 'boolean' ? 'number' : 'text';
}

export interface FilterColumns {
  /** Source columns the filter reads, with their representation. */
  readonly columns: ReadonlyMap<string, ColumnKind>;
  /** A condition on a JSON attribute (not columnar: such filters stay in SQL). */
  readonly usesAttributes: boolean;
  /** A field the catalog does not know, or a column read as two kinds: leave it to SQL. */
  readonly unresolved: boolean;
}

/** The columns a filter needs. Unknown fields are reported, not thrown (the SQL path throws). */
export function filterColumns(node: FilterNode | undefined, resolveField: (id: string) => FieldDef | undefined): FilterColumns {
  const columns = new Map<string, ColumnKind>();
  let usesAttributes = false;
  let unresolved = false;
  const add = (column: string, kind: ColumnKind) => {
    const known = columns.get(column);
    if (known !== undefined && known !== kind) unresolved = true;
    columns.set(column, kind);
  };
  const visit = (current: FilterNode): void => {
    if (current.kind === 'group') current.children.forEach(visit);
    else if (current.kind === 'not') visit(current.child);
    else {
      const field = resolveField(current.field);
      if (!field) unresolved = true;
      else if (field.attributeKey !== undefined) usesAttributes = true;
      else {
        add(field.column, columnKindOf(field.type));
        if (current.op === 'changed_by' && field.previousColumn !== undefined) {
          add(field.column, 'number');
          add(field.previousColumn, 'number');
        }
      }
    }
  };
  if (node) visit(node);
  return { columns, usesAttributes, unresolved };
}

// ---- building columns ------------------------------------------------------------------------

/** Code point order (SQLite's BINARY order of UTF-8 text), without iterating code points. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // UTF-16 puts surrogates (astral code points) before U+E000–U+FFFF; code points do not.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

const NEEDS_CODE_POINT_SORT = /[\uD800-\uDFFF]/;
const ABOVE_SURROGATES = /[\uE000-\uFFFF]/;

/** Sorts distinct strings by code point; the engine's own UTF-16 sort when that is the same order. */
function sortByCodePoint(values: string[]): string[] {
  const astral = values.some((v) => NEEDS_CODE_POINT_SORT.test(v));
  if (astral && values.some((v) => ABOVE_SURROGATES.test(v))) return values.sort(compareCodePoints);
  return values.sort();
}

/** Incremental dictionary encoding of a text column, row by row in row order. */
export class TextColumnBuilder {
  private readonly codes: Int32Array;
  private readonly index = new Map<string, number>();
  private length = 0;

  constructor(rowCount: number) {
    this.codes = new Int32Array(rowCount);
  }

  push(value: unknown): void {
    if (value === null || value === undefined) {
      this.codes[this.length++] = 0;
      return;
    }
    // SQLite orders numbers before all text: a text column must hold text only (STRICT tables do).
    if (typeof value !== 'string') throw new TypeError(`columnar: a ${typeof value} in a text column`);
    const text = value;
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.index.size + 1;
      this.index.set(text, code);
    }
    this.codes[this.length++] = code;
  }

  finish(): TextColumn {
    if (this.length !== this.codes.length) throw new Error(`text column: ${this.length} of ${this.codes.length} rows`);
    const dictionary = sortByCodePoint([...this.index.keys()]);
    // remap[first-seen code] = sorted code
    const remap = new Int32Array(dictionary.length + 1);
    dictionary.forEach((text, i) => {
      remap[this.index.get(text) ?? 0] = i + 1;
    });
    const codes = this.codes;
    for (let i = 0; i < codes.length; i += 1) codes[i] = remap[codes[i] ?? 0] ?? 0;
    return { kind: 'text', codes, dictionary };
  }
}

export function textColumn(values: readonly unknown[]): TextColumn {
  const builder = new TextColumnBuilder(values.length);
  for (const value of values) builder.push(value);
  return builder.finish();
}

export function numberColumn(values: readonly unknown[]): NumberColumn {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    out[i] = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : typeof v === 'bigint' ? Number(v) : NaN;
  }
  return { kind: 'number', values: out };
}

// ---- evaluation ------------------------------------------------------------------------------

export interface ColumnarOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
}

/** Column by source column name; throws or returns undefined for a column it does not hold. */
export type ColumnLookup = (column: string) => ColumnData | undefined;

/**
 * One byte per row, 1 where the filter matches (no filter: every row). Lowering errors
 * (unknown field, wrong operator, bad value) are thrown exactly as the SQL compiler throws them.
 */
export function matchRows(node: FilterNode | undefined, rowCount: number, columns: ColumnLookup, options: ColumnarOptions): Uint8Array {
  const out = new Uint8Array(rowCount);
  if (!node) return out.fill(1);
  evaluateCore(lowerFilter(node, options), out, columns);
  return out;
}

/** The lowered core over columns, written into `out` (length = row count). */
export function evaluateCore(core: CoreNode, out: Uint8Array, columns: ColumnLookup): void {
  const pool: Uint8Array[] = [];
  const take = () => pool.pop() ?? new Uint8Array(out.length);
  const into = (node: CoreNode, target: Uint8Array): void => {
    switch (node.kind) {
      case 'const':
        target.fill(node.value ? 1 : 0);
        return;
      case 'and':
      case 'or': {
        const [first, ...rest] = node.items;
        if (!first) {
          target.fill(node.kind === 'and' ? 1 : 0);
          return;
        }
        into(first, target);
        const scratch = take();
        const n = target.length;
        for (const item of rest) {
          into(item, scratch);
          if (node.kind === 'and') for (let i = 0; i < n; i += 1) target[i] = target[i]! & scratch[i]!;
          else for (let i = 0; i < n; i += 1) target[i] = target[i]! | scratch[i]!;
        }
        pool.push(scratch);
        return;
      }
      default:
        leaf(node, target, columns);
    }
  };
  into(core, out);
}

type Leaf = Exclude<CoreNode, { kind: 'const' | 'and' | 'or' }>;

function columnOf(columns: ColumnLookup, name: string): ColumnData {
  const column = columns(name);
  if (!column) throw new Error(`columnar: column ${name} not loaded`);
  return column;
}

function numbersOf(operand: Operand, columns: ColumnLookup): Float64Array {
  if (operand.kind === 'column') {
    if (operand.attributeKey !== undefined) throw new Error('columnar: JSON attributes are not columnar');
    const column = columnOf(columns, operand.column);
    if (column.kind !== 'number') throw new Error(`columnar: ${operand.column} is not a number column`);
    return column.values;
  }
  const current = numbersOf({ kind: 'column', column: operand.column }, columns);
  const previous = numbersOf({ kind: 'column', column: operand.previous }, columns);
  const out = new Float64Array(current.length);
  // NaN (NULL) on either side stays NaN, like SQL's NULL arithmetic.
  if (operand.direction === 'up') for (let i = 0; i < out.length; i += 1) out[i] = current[i]! - previous[i]!;
  else if (operand.direction === 'down') for (let i = 0; i < out.length; i += 1) out[i] = previous[i]! - current[i]!;
  else for (let i = 0; i < out.length; i += 1) out[i] = Math.abs(current[i]! - previous[i]!);
  return out;
}

function leaf(node: Leaf, out: Uint8Array, columns: ColumnLookup): void {
  const operand = node.operand;
  const column = operand.kind === 'column' && operand.attributeKey === undefined ? columnOf(columns, operand.column) : undefined;
  if (column?.kind === 'text') {
    textLeaf(node, column, out);
    return;
  }
  numberLeaf(node, numbersOf(operand, columns), out);
}

function numeric(value: CoreValue): number {
  if (value.type === 'number') return value.value;
  if (value.type === 'boolean') return value.value ? 1 : 0;
  throw new Error(`columnar: a ${value.type} value against a number column`);
}

function numberLeaf(node: Leaf, v: Float64Array, out: Uint8Array): void {
  const n = v.length;
  switch (node.kind) {
    case 'null': {
      const hit = node.negated ? 0 : 1;
      for (let i = 0; i < n; i += 1) out[i] = v[i] !== v[i] ? hit : 1 - hit;
      return;
    }
    case 'distinct': {
      const x = numeric(node.value);
      for (let i = 0; i < n; i += 1) out[i] = v[i] === x ? 0 : 1;
      return;
    }
    case 'compare': {
      const x = numeric(node.value);
      // Every comparison with NaN (NULL) is false, as SQL's NULL is in WHERE.
      switch (node.op) {
        case '=':
          for (let i = 0; i < n; i += 1) out[i] = v[i] === x ? 1 : 0;
          return;
        case '<>':
          for (let i = 0; i < n; i += 1) out[i] = v[i]! < x || v[i]! > x ? 1 : 0;
          return;
        case '<':
          for (let i = 0; i < n; i += 1) out[i] = v[i]! < x ? 1 : 0;
          return;
        case '<=':
          for (let i = 0; i < n; i += 1) out[i] = v[i]! <= x ? 1 : 0;
          return;
        case '>':
          for (let i = 0; i < n; i += 1) out[i] = v[i]! > x ? 1 : 0;
          return;
        case '>=':
          for (let i = 0; i < n; i += 1) out[i] = v[i]! >= x ? 1 : 0;
          return;
      }
      return;
    }
    case 'in': {
      const set = new Set(node.values.map(numeric));
      const hit = node.negated ? 0 : 1;
      for (let i = 0; i < n; i += 1) {
        const x = v[i]!;
        out[i] = x !== x ? 0 : set.has(x) ? hit : 1 - hit;
      }
      return;
    }
    case 'like':
      throw new Error('columnar: LIKE over a number column');
  }
}

function asciiFold(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

const foldedDictionaries = new WeakMap<readonly string[], readonly string[]>();

/** The dictionary with A–Z folded to a–z, computed once per column. */
function foldedDictionary(dictionary: readonly string[]): readonly string[] {
  let folded = foldedDictionaries.get(dictionary);
  if (!folded) foldedDictionaries.set(dictionary, (folded = dictionary.map(asciiFold)));
  return folded;
}

function textValue(value: CoreValue): string {
  if (value.type === 'text' || value.type === 'date') return value.value;
  throw new Error(`columnar: a ${value.type} value against a text column`);
}

/** Per dictionary entry (index 0 = NULL), whether the leaf holds. */
function leafTable(node: Leaf, dictionary: readonly string[]): Uint8Array {
  const table = new Uint8Array(dictionary.length + 1);
  const each = (test: (text: string, index: number) => boolean) => {
    for (let k = 0; k < dictionary.length; k += 1) table[k + 1] = test(dictionary[k]!, k) ? 1 : 0;
  };
  switch (node.kind) {
    case 'null':
      table.fill(node.negated ? 1 : 0);
      table[0] = node.negated ? 0 : 1;
      return table;
    case 'distinct': {
      const x = textValue(node.value);
      each((t) => t !== x);
      table[0] = 1;
      return table;
    }
    case 'compare': {
      const x = textValue(node.value);
      const test = COMPARE[node.op];
      each((t) => test(compareCodePoints(t, x)));
      return table;
    }
    case 'in': {
      const set = new Set(node.values.map(textValue));
      each((t) => set.has(t) !== node.negated);
      return table;
    }
    case 'like': {
      const folded = foldedDictionary(dictionary);
      const pattern = node.text;
      const match =
        node.match === 'contains' ? (t: string) => t.includes(pattern) : node.match === 'prefix' ? (t: string) => t.startsWith(pattern) : (t: string) => t.endsWith(pattern);
      each((_, k) => match(folded[k]!) !== node.negated);
      return table;
    }
  }
}

const COMPARE: Record<Extract<CoreNode, { kind: 'compare' }>['op'], (order: number) => boolean> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
};

function textLeaf(node: Leaf, column: TextColumn, out: Uint8Array): void {
  const table = leafTable(node, column.dictionary);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i += 1) out[i] = table[codes[i]!]!;
}

// ---- results ---------------------------------------------------------------------------------

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
