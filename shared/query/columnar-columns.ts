// Columns of the columnar filter engine (columnar.ts): a field's values in a typed array,
// text as dictionary codes over distinct values sorted by code point. Pure (no Node, no DOM).
import type { FieldDef, FieldType } from '../catalog/types';
import type { ConditionNode, FilterNode } from './ast';
import { QueryError } from './errors';
import { MAX_EXPANDED_NODES, resolveSegmentRefs, type SegmentResolver } from './segment-ref';

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
  /**
   * A field the catalog does not know, a column read as two kinds, or a saved segment that is
   * unknown, cyclic or too deep: leave it to SQL (which reports it).
   */
  readonly unresolved: boolean;
  /** A saved static list is referred to (directly or by a referenced segment): it needs ColumnarOptions.listMask. */
  readonly usesLists: boolean;
}

/**
 * The columns a filter needs, those of the saved segments it refers to included (hence
 * `resolveSegment`). Unknown fields and segments are reported, not thrown (the SQL path throws).
 */
export function filterColumns(node: FilterNode | undefined, resolveField: (id: string) => FieldDef | undefined, resolveSegment?: SegmentResolver): FilterColumns {
  const columns = new Map<string, ColumnKind>();
  let usesAttributes = false;
  let unresolved = false;
  let usesLists = false;
  const add = (column: string, kind: ColumnKind) => {
    const known = columns.get(column);
    if (known !== undefined && known !== kind) unresolved = true;
    columns.set(column, kind);
  };
  const segments = (current: ConditionNode, trail: readonly number[]): void => {
    try {
      for (const segment of resolveSegmentRefs(current, resolveSegment, trail)) {
        if (segment.kind === 'list') usesLists = true;
        else visit(segment.filter, [...trail, segment.id]);
      }
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      unresolved = true;
    }
  };
  // Segments referring to segments multiply: stop planning where lowering stops (TOO_MANY_CONDITIONS).
  let visited = 0;
  const visit = (current: FilterNode, trail: readonly number[]): void => {
    visited += 1;
    if (visited > MAX_EXPANDED_NODES) unresolved = true;
    if (unresolved) return;
    if (current.kind === 'group') current.children.forEach((child) => visit(child, trail));
    else if (current.kind === 'not') visit(current.child, trail);
    else {
      const field = resolveField(current.field);
      if (!field) unresolved = true;
      else if (field.membership) segments(current, trail);
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
  if (node) visit(node, []);
  return { columns, usesAttributes, unresolved, usesLists };
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
