// Query spec → one aggregate SELECT over one source table:
//   SELECT <dimensions AS keys>, <measures AS keys> FROM <table> [WHERE <filter>]
//   [GROUP BY <dimension positions>] [ORDER BY <keys> NULLS LAST] [LIMIT n]
// Every name in the SQL is a catalog id or column checked against `^[a-z][a-z0-9_]*$`, every
// value is bound, and the fragments are rendered once at the end.
import type { Aggregate, FieldDef, FieldType, MeasureDef, SourceId } from '../catalog/types';
import { QuerySpecSchema, type QuerySpec, type SortDirection } from './ast';
import { compileFilterFragment } from './compile-filter';
import { renderSql, type Dialect } from './dialect';
import { QueryError, QUERY_ERROR_CODES } from './errors';
import { join, raw, sql, type Fragment, type RenderedSql } from './fragment';
import type { SegmentResolver } from './segment-ref';

export interface CompileQueryOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  readonly resolveMeasure: (id: string) => MeasureDef | undefined;
  readonly dialect: Dialect;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
  /** The whitelisted table of `spec.source` (checked like every identifier). */
  readonly table: string;
  /** Saved segments by reference, for filters and measure filters (lower.ts). */
  readonly resolveSegment?: SegmentResolver;
}

export interface QueryColumn {
  /** The output column name: the dimension's field id or the measure id. */
  readonly key: string;
  readonly kind: 'dimension' | 'measure';
}

export interface CompiledQuery extends RenderedSql {
  /** In SELECT order. */
  readonly columns: QueryColumn[];
}

/** Ratios of ratios are fine; a chain this long is a catalog mistake (or a cycle). */
const MAX_RATIO_DEPTH = 8;

const AGGREGATE_TYPES: Record<Exclude<Aggregate, 'count' | 'count_distinct'>, readonly FieldType[]> = {
  sum: ['number'],
  avg: ['number'],
  min: ['number', 'date'],
  max: ['number', 'date'],
};

/**
 * Compiles an aggregate query. Sorting: the requested keys in order, then every dimension not
 * mentioned, ascending, so equal rows always come out in the same order; NULLs sort last in
 * both directions.
 */
export function compileQuery(spec: QuerySpec, options: CompileQueryOptions): CompiledQuery {
  checkSpec(spec);
  const { dialect } = options;
  const resolveField = sourceFieldResolver(spec.source, options.resolveField);
  const filterOptions = { resolveField, dialect, asOf: options.asOf, resolveSegment: options.resolveSegment };
  const columns: QueryColumn[] = [];
  const select: Fragment[] = [];
  const addColumn = (key: string, kind: QueryColumn['kind'], expr: Fragment) => {
    if (columns.some((c) => c.key === key)) throw new QueryError('INVALID_QUERY', { reason: 'duplicate_key', key });
    columns.push({ key, kind });
    select.push(sql`${expr} AS ${dialect.identifier(key)}`);
  };

  for (const dimension of spec.dimensions) {
    const field = requireField(resolveField, dimension.field);
    const value = fieldExpression(field, dialect);
    if (dimension.grain !== undefined && field.type !== 'date') {
      throw new QueryError('INVALID_GRAIN', { field: field.id, grain: dimension.grain, type: field.type });
    }
    addColumn(field.id, 'dimension', dimension.grain === undefined ? value : dialect.truncateDate(value, dimension.grain));
  }

  const measureSql = (id: string, path: readonly string[]): Fragment => {
    if (path.includes(id) || path.length > MAX_RATIO_DEPTH) throw new QueryError('INVALID_MEASURE', { measure: id, reason: 'ratio_cycle' });
    const measure = options.resolveMeasure(id);
    if (!measure) throw new QueryError('UNKNOWN_MEASURE', { measure: id });
    if (measure.source !== spec.source) throw new QueryError('SOURCE_MISMATCH', { measure: id, source: spec.source, measureSource: measure.source });
    if (measure.arithmetic) {
      if (measure.aggregate !== undefined || measure.ratio !== undefined || measure.filter !== undefined) {
        throw new QueryError('INVALID_MEASURE', { measure: id, reason: 'arithmetic_and_aggregate' });
      }
      const left = measureSql(measure.arithmetic.left, [...path, id]);
      const right = measureSql(measure.arithmetic.right, [...path, id]);
      // NULL when either side is (a rate over no measured member): SQL arithmetic already is.
      return measure.arithmetic.op === 'difference' ? sql`(${dialect.toReal(left)}) - (${right})` : sql`(${dialect.toReal(left)}) * (${right})`;
    }
    if (measure.ratio) {
      if (measure.aggregate !== undefined || measure.filter !== undefined) throw new QueryError('INVALID_MEASURE', { measure: id, reason: 'ratio_and_aggregate' });
      const numerator = measureSql(measure.ratio.numerator, [...path, id]);
      const denominator = measureSql(measure.ratio.denominator, [...path, id]);
      // NULL, not an error or infinity, when the denominator is 0.
      return sql`${dialect.toReal(numerator)} / NULLIF(${denominator}, 0)`;
    }
    const filter = measure.filter && compileFilterFragment(measure.filter, filterOptions);
    return aggregateSql(measure, filter, resolveField, dialect);
  };
  for (const id of spec.measures) addColumn(id, 'measure', measureSql(id, []));

  const clauses: Fragment[] = [sql`SELECT ${join(select, ', ')} FROM ${dialect.identifier(options.table)}`];
  if (spec.filter) clauses.push(sql`WHERE ${compileFilterFragment(spec.filter, filterOptions)}`);
  const dimensionCount = spec.dimensions.length;
  if (dimensionCount > 0) {
    // By position: an expression with bound values would not match itself on PostgreSQL.
    clauses.push(raw(`GROUP BY ${Array.from({ length: dimensionCount }, (_, i) => String(i + 1)).join(', ')}`));
  }
  const order = orderTerms(spec, columns);
  if (order.length > 0) {
    clauses.push(
      sql`ORDER BY ${join(
        order.map((o) => dialect.orderTerm(dialect.identifier(o.key), o.direction)),
        ', ',
      )}`,
    );
  }
  const limit = dialect.limitOffset(spec.limit);
  if (limit.parts.join('') !== '') clauses.push(limit);

  return { ...renderSql(join(clauses, ' '), dialect), columns };
}

/** Rules of the schema, re-checked so an unvalidated spec gets the same QueryError codes. */
function checkSpec(spec: QuerySpec): void {
  const result = QuerySpecSchema.safeParse(spec);
  if (result.success) return;
  const issue = result.error.issues[0];
  const params: Record<string, unknown> = (issue && 'params' in issue ? issue.params : undefined) ?? {};
  const code = QUERY_ERROR_CODES.find((c) => c === params.queryErrorCode);
  if (code) throw new QueryError(code, stringParams(params), issue?.message);
  throw new QueryError('INVALID_QUERY', { path: issue?.path.join('.') ?? '', reason: issue?.code ?? 'invalid' }, issue?.message);
}

function stringParams(params: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'queryErrorCode' && (typeof value === 'string' || typeof value === 'number')) out[key] = value;
  }
  return out;
}

function sourceFieldResolver(source: SourceId, resolve: CompileQueryOptions['resolveField']) {
  return (id: string): FieldDef | undefined => {
    const field = resolve(id);
    if (field && field.source !== source) throw new QueryError('SOURCE_MISMATCH', { field: id, source, fieldSource: field.source });
    return field;
  };
}

/** A field whose values are read: membership of saved segments is only ever a filter. */
function requireField(resolve: (id: string) => FieldDef | undefined, id: string): FieldDef {
  const field = resolve(id);
  if (!field) throw new QueryError('UNKNOWN_FIELD', { field: id });
  if (field.membership) throw new QueryError('UNSUPPORTED_FIELD', { field: id, reason: 'membership' });
  return field;
}

function fieldExpression(field: FieldDef, dialect: Dialect): Fragment {
  const column = dialect.identifier(field.column);
  return field.attributeKey === undefined ? column : dialect.jsonText(column, field.attributeKey);
}

function aggregateSql(measure: MeasureDef, filter: Fragment | undefined, resolveField: (id: string) => FieldDef | undefined, dialect: Dialect): Fragment {
  const { aggregate } = measure;
  if (aggregate === undefined) throw new QueryError('INVALID_MEASURE', { measure: measure.id, reason: 'no_aggregate' });
  if (aggregate === 'count' && measure.field === undefined) {
    // count(CASE …) rather than sum(CASE … ELSE 0): 0, not NULL, over no rows, like count(*).
    return filter ? sql`count(CASE WHEN ${filter} THEN 1 END)` : raw('count(*)');
  }
  if (measure.field === undefined) throw new QueryError('INVALID_MEASURE', { measure: measure.id, reason: 'no_field' });
  const field = requireField(resolveField, measure.field);
  if (aggregate !== 'count' && aggregate !== 'count_distinct' && !AGGREGATE_TYPES[aggregate].includes(field.type)) {
    throw new QueryError('INVALID_MEASURE', { measure: measure.id, reason: 'aggregate_type', aggregate, type: field.type });
  }
  const value = fieldExpression(field, dialect);
  const input = filter ? sql`CASE WHEN ${filter} THEN ${value} END` : value;
  if (aggregate === 'count_distinct') return sql`count(DISTINCT ${input})`;
  return sql`${raw(aggregate)}(${input})`;
}

function orderTerms(spec: QuerySpec, columns: readonly QueryColumn[]): { key: string; direction: SortDirection }[] {
  const terms: { key: string; direction: SortDirection }[] = [];
  for (const sort of spec.sort ?? []) {
    if (!columns.some((c) => c.key === sort.key)) throw new QueryError('UNKNOWN_SORT_KEY', { key: sort.key });
    if (terms.some((t) => t.key === sort.key)) throw new QueryError('INVALID_QUERY', { reason: 'duplicate_sort', key: sort.key });
    terms.push({ key: sort.key, direction: sort.direction });
  }
  for (const column of columns) {
    if (column.kind === 'dimension' && !terms.some((t) => t.key === column.key)) terms.push({ key: column.key, direction: 'asc' });
  }
  return terms;
}
