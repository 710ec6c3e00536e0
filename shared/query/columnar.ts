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
import type { FieldDef } from '../catalog/types';
import type { FilterNode } from './ast';
import { lowerFilter, type CoreNode, type CoreValue, type Operand } from './lower';
import { compareCodePoints, type ColumnData, type TextColumn } from './columnar-columns';
import type { SegmentResolver } from './segment-ref';

// Column building and page ordering live beside it; this module is the engine's one entry point.
export * from './columnar-columns';
export * from './columnar-order';

// ---- evaluation ------------------------------------------------------------------------------

export interface ColumnarOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
  /** Saved segments by reference (lower.ts); filterColumns needs it too. */
  readonly resolveSegment?: SegmentResolver;
  /**
   * A static list's members as one byte per row index (1 = member). Without a mask for a list
   * the filter refers to, evaluation throws: check `filterColumns(…).usesLists` and answer
   * with SQL when the masks are not at hand.
   */
  readonly listMask?: ListMask;
}

export type ListMask = (listId: number) => Uint8Array | undefined;

/** Column by source column name; throws or returns undefined for a column it does not hold. */
export type ColumnLookup = (column: string) => ColumnData | undefined;

/**
 * One byte per row, 1 where the filter matches (no filter: every row). Lowering errors
 * (unknown field, wrong operator, bad value) are thrown exactly as the SQL compiler throws them.
 */
export function matchRows(node: FilterNode | undefined, rowCount: number, columns: ColumnLookup, options: ColumnarOptions): Uint8Array {
  const out = new Uint8Array(rowCount);
  if (!node) return out.fill(1);
  evaluateCore(lowerFilter(node, options), out, columns, options.listMask);
  return out;
}

/** The lowered core over columns, written into `out` (length = row count). */
export function evaluateCore(core: CoreNode, out: Uint8Array, columns: ColumnLookup, listMask?: ListMask): void {
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
      case 'member':
        memberLeaf(node, target, listMask);
        return;
      default:
        leaf(node, target, columns);
    }
  };
  into(core, out);
}

function memberLeaf(node: Extract<CoreNode, { kind: 'member' }>, out: Uint8Array, listMask: ListMask | undefined): void {
  const mask = listMask?.(node.listId);
  if (!mask) throw new Error(`columnar: no mask for list ${node.listId}`);
  if (mask.length !== out.length) throw new Error(`columnar: the mask of list ${node.listId} has ${mask.length} rows, not ${out.length}`);
  const hit = node.negated ? 0 : 1;
  for (let i = 0; i < out.length; i += 1) out[i] = mask[i] ? hit : 1 - hit;
}

type Leaf = Exclude<CoreNode, { kind: 'const' | 'and' | 'or' | 'member' }>;

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
