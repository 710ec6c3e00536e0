// An aggregate query spec (compile-query.ts) answered over in-memory columns (columnar.ts)
// instead of SQLite's row store: the dashboards' GROUP BYs over a 1 M-row customer mart. Pure (no
// Node, no DOM). The semantics are compileQuery's, value for value:
// - WHERE: the spec's filter, lowered and evaluated exactly as the columnar filter engine does;
// - groups: the distinct values (NULL included) of ≤ 2 dimensions among the matching rows;
// - measures: count (rows, or non-NULL values of a field), sum / avg / min / max of a number
//   field (NULL over no values), each restricted to its own filter's rows, and ratios of them
//   (NULL when the denominator is 0);
// - ORDER BY the requested keys, then every other dimension ascending, NULLs last; LIMIT.
// Anything else (grains, JSON attributes, count_distinct, date min / max, too many groups)
// answers null: the caller runs the SQL instead. Sums add in row order like SQLite, which adds
// with extra precision, so a sum of fractions may differ in its last bits.
import type { FieldDef, MeasureDef } from '../catalog/types';
import type { QuerySpec } from './ast';
import { compareCodePoints, matchRows, type ColumnData, type ColumnarOptions, type ColumnKind } from './columnar';
import { filterColumns } from './columnar-columns';
import { QueryError } from './errors';

export type AggregateCell = string | number | null;

export interface ColumnarAggregateOptions extends ColumnarOptions {
  readonly resolveMeasure: (id: string) => MeasureDef | undefined;
  /**
   * Filter results shared by the queries of one request over the same columns (a dashboard's
   * widgets share the linkage filter and measure filters such as tier = atRisk). Arrays in it
   * are never written after they are stored.
   */
  readonly matches?: MatchCache;
}

/** Filter (JSON) → its rows, for one set of columns. */
export type MatchCache = Map<string, Uint8Array>;

/** matchRows through the cache: the result must not be modified. */
export function cachedMatch(
  node: QuerySpec['filter'],
  rowCount: number,
  columns: (column: string) => ColumnData | undefined,
  options: ColumnarOptions & { readonly matches?: MatchCache },
): Uint8Array {
  const key = node === undefined ? '' : JSON.stringify(node);
  const hit = options.matches?.get(key);
  if (hit && hit.length === rowCount) return hit;
  const match = matchRows(node, rowCount, columns, options);
  options.matches?.set(key, match);
  return match;
}

/** More groups than this go to SQL (dense per-group arrays would be wasteful). */
export const MAX_COLUMNAR_GROUPS = 1 << 20;
const MAX_RATIO_DEPTH = 8;

/** The source columns a spec reads, or null when it cannot be answered over columns. */
export function aggregateColumns(spec: QuerySpec, options: ColumnarAggregateOptions): Map<string, ColumnKind> | null {
  const needs = new Map<string, ColumnKind>();
  const add = (column: string, kind: ColumnKind): boolean => {
    if (needs.has(column) && needs.get(column) !== kind) return false;
    needs.set(column, kind);
    return true;
  };
  const addFilter = (node: QuerySpec['filter']): boolean => {
    const planned = filterColumns(node, options.resolveField, options.resolveSegment);
    if (planned.usesAttributes || planned.unresolved || (planned.usesLists && !options.listMask)) return false;
    return [...planned.columns].every(([column, kind]) => add(column, kind));
  };
  if (spec.dimensions.length > 2 || !addFilter(spec.filter)) return null;
  for (const dimension of spec.dimensions) {
    const field = options.resolveField(dimension.field);
    if (!field || field.source !== spec.source || field.membership || field.attributeKey !== undefined || dimension.grain !== undefined) return null;
    if (field.type === 'date' || !add(field.column, field.type === 'number' || field.type === 'boolean' ? 'number' : 'text')) return null;
  }
  const visit = (id: string, depth: number): boolean => {
    const measure = options.resolveMeasure(id);
    if (!measure || measure.source !== spec.source || depth > MAX_RATIO_DEPTH) return false;
    if (measure.ratio) return visit(measure.ratio.numerator, depth + 1) && visit(measure.ratio.denominator, depth + 1);
    // Differences and products (the campaign measures) are left to SQL.
    if (measure.arithmetic) return false;
    if (measure.aggregate === undefined || measure.aggregate === 'count_distinct') return false;
    if (measure.filter && !addFilter(measure.filter)) return false;
    if (measure.field === undefined) return measure.aggregate === 'count';
    const field = options.resolveField(measure.field);
    if (!field || field.attributeKey !== undefined || field.membership) return false;
    if (field.type !== 'number' && (measure.aggregate !== 'count' || field.type === 'boolean')) return false;
    return add(field.column, field.type === 'number' ? 'number' : 'text');
  };
  return spec.measures.every((id) => visit(id, 0)) ? needs : null;
}

interface Keys {
  /** Per row: the group's dense id along this dimension (0 = NULL). */
  readonly ids: Int32Array;
  readonly values: readonly AggregateCell[];
}

function keysOf(column: ColumnData, rowCount: number): Keys {
  if (column.kind === 'text') return { ids: column.codes, values: [null, ...column.dictionary] };
  const ids = new Int32Array(rowCount);
  const index = new Map<number, number>();
  const values: AggregateCell[] = [null];
  const v = column.values;
  for (let r = 0; r < rowCount; r += 1) {
    const x = v[r]!;
    if (x !== x) continue;
    let id = index.get(x);
    if (id === undefined) {
      id = values.length;
      index.set(x, id);
      values.push(x);
    }
    ids[r] = id;
  }
  return { ids, values };
}

/**
 * The spec over columns, or null when it is not supported (see the header). Throws the
 * QueryErrors compileQuery throws for the same mistakes (unknown measure, bad filter).
 */
export function columnarAggregate(
  spec: QuerySpec,
  rowCount: number,
  columns: (column: string) => ColumnData | undefined,
  options: ColumnarAggregateOptions,
): { columns: { key: string; kind: 'dimension' | 'measure' }[]; rows: AggregateCell[][] } | null {
  if (aggregateColumns(spec, options) === null) return null;
  const where = cachedMatch(spec.filter, rowCount, columns, options);
  const dimensionFields = spec.dimensions.map((d) => options.resolveField(d.field) as FieldDef);
  const keys: Keys[] = [];
  for (const field of dimensionFields) {
    const column = columns(field.column);
    if (!column) return null;
    keys.push(keysOf(column, rowCount));
  }
  const sizes = keys.map((k) => k.values.length);
  const groupCount = sizes.reduce((a, b) => a * b, 1);
  if (groupCount > MAX_COLUMNAR_GROUPS) return null;
  const group = new Int32Array(rowCount);
  for (const k of keys) {
    const size = k.values.length;
    const ids = k.ids;
    for (let r = 0; r < rowCount; r += 1) group[r] = group[r]! * size + ids[r]!;
  }
  const present = new Float64Array(groupCount);
  for (let r = 0; r < rowCount; r += 1) {
    if (!where[r]) continue;
    const g = group[r]!;
    present[g] = present[g]! + 1;
  }

  const masks = new Map<string, Uint8Array>();
  const maskOf = (measure: MeasureDef): Uint8Array => {
    if (!measure.filter) return where;
    const key = JSON.stringify(measure.filter);
    let mask = masks.get(key);
    if (!mask) {
      const own = cachedMatch(measure.filter, rowCount, columns, options);
      mask = new Uint8Array(rowCount);
      for (let r = 0; r < rowCount; r += 1) mask[r] = own[r]! & where[r]!;
      masks.set(key, mask);
    }
    return mask;
  };
  const cache = new Map<string, (number | null)[]>();
  const measureValues = (id: string): (number | null)[] => {
    const hit = cache.get(id);
    if (hit) return hit;
    const measure = options.resolveMeasure(id);
    if (!measure) throw new QueryError('UNKNOWN_MEASURE', { measure: id });
    let out: (number | null)[];
    if (measure.ratio) {
      const num = measureValues(measure.ratio.numerator);
      const den = measureValues(measure.ratio.denominator);
      out = num.map((n, g) => {
        const d = den[g] ?? null;
        return n === null || d === null || d === 0 ? null : n / d;
      });
    } else out = aggregateValues(measure, maskOf(measure), group, groupCount, columns, options);
    cache.set(id, out);
    return out;
  };
  const values = spec.measures.map(measureValues);

  const rows: AggregateCell[][] = [];
  for (let g = 0; g < groupCount; g += 1) {
    if (present[g] === 0 && keys.length > 0) continue;
    const row: AggregateCell[] = [];
    let rest = g;
    for (let d = keys.length - 1; d >= 0; d -= 1) {
      const size = sizes[d]!;
      row[d] = keys[d]!.values[rest % size] ?? null;
      rest = Math.floor(rest / size);
    }
    for (const v of values) row.push(v[g] ?? null);
    rows.push(row);
  }
  const outColumns = [...spec.dimensions.map((d) => ({ key: d.field, kind: 'dimension' as const })), ...spec.measures.map((m) => ({ key: m, kind: 'measure' as const }))];
  sortRows(rows, spec, outColumns);
  return { columns: outColumns, rows: spec.limit === undefined ? rows : rows.slice(0, spec.limit) };
}

function aggregateValues(
  measure: MeasureDef,
  mask: Uint8Array,
  group: Int32Array,
  groupCount: number,
  columns: (column: string) => ColumnData | undefined,
  options: ColumnarAggregateOptions,
): (number | null)[] {
  const count = new Float64Array(groupCount);
  const rowCount = mask.length;
  if (measure.field === undefined) {
    for (let r = 0; r < rowCount; r += 1) {
      if (!mask[r]) continue;
      const g = group[r]!;
      count[g] = count[g]! + 1;
    }
    return Array.from(count);
  }
  const field = options.resolveField(measure.field) as FieldDef;
  const column = columns(field.column);
  if (!column) throw new QueryError('UNKNOWN_FIELD', { field: measure.field });
  if (column.kind === 'text') {
    for (let r = 0; r < rowCount; r += 1) {
      if (!mask[r] || column.codes[r] === 0) continue;
      const g = group[r]!;
      count[g] = count[g]! + 1;
    }
    return Array.from(count);
  }
  const v = column.values;
  const acc = new Float64Array(groupCount);
  const isExtreme = measure.aggregate === 'min' || measure.aggregate === 'max';
  if (isExtreme) acc.fill(measure.aggregate === 'min' ? Infinity : -Infinity);
  for (let r = 0; r < rowCount; r += 1) {
    if (!mask[r]) continue;
    const x = v[r]!;
    if (x !== x) continue;
    const g = group[r]!;
    count[g] = count[g]! + 1;
    if (measure.aggregate === 'min') acc[g] = Math.min(acc[g]!, x);
    else if (measure.aggregate === 'max') acc[g] = Math.max(acc[g]!, x);
    else acc[g] = acc[g]! + x;
  }
  return Array.from(count, (n, g) => {
    if (measure.aggregate === 'count') return n;
    if (n === 0) return null;
    return measure.aggregate === 'avg' ? acc[g]! / n : acc[g]!;
  });
}

/** SQLite's order: the requested keys, then the other dimensions ascending; NULLs last; text by code point. */
function sortRows(rows: AggregateCell[][], spec: QuerySpec, columns: readonly { key: string; kind: 'dimension' | 'measure' }[]): void {
  const terms: { index: number; sign: number }[] = [];
  for (const sort of spec.sort ?? []) {
    const index = columns.findIndex((c) => c.key === sort.key);
    if (index < 0) throw new QueryError('UNKNOWN_SORT_KEY', { key: sort.key });
    terms.push({ index, sign: sort.direction === 'desc' ? -1 : 1 });
  }
  columns.forEach((c, index) => {
    if (c.kind === 'dimension' && !terms.some((t) => t.index === index)) terms.push({ index, sign: 1 });
  });
  if (terms.length === 0) return;
  rows.sort((a, b) => {
    for (const { index, sign } of terms) {
      const x = a[index] ?? null;
      const y = b[index] ?? null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      // SQLite: numbers before text.
      if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
      if (typeof x === 'number') return -sign;
      if (typeof y === 'number') return sign;
      const c = compareCodePoints(x, y);
      if (c !== 0) return sign * c;
    }
    return 0;
  });
}
