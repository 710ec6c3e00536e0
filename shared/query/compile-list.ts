// List spec → one plain SELECT of catalog fields over one source table (list widgets, the
// high-risk list):
//   SELECT <fields AS ids> FROM <table> [WHERE <filter>] ORDER BY <keys> NULLS LAST LIMIT limit + 1
// The extra row tells the caller that more rows matched than it shows (`truncated`), without a
// second COUNT query. Same rules as compile-query.ts: every name is a catalog field's whitelisted
// column (attributes through jsonText with the key bound), every value is bound.
import type { FieldDef, SourceId } from '../catalog/types';
import type { FilterNode, SortSpec } from './ast';
import { MAX_LIMIT } from './ast';
import { compileFilterFragment } from './compile-filter';
import { renderSql, type Dialect } from './dialect';
import { QueryError } from './errors';
import { join, sql, type Fragment, type RenderedSql } from './fragment';
import type { SegmentResolver } from './segment-ref';

export interface ListSpec {
  readonly source: SourceId;
  /** Catalog field ids, output in this order under their ids. */
  readonly fields: readonly string[];
  readonly filter?: FilterNode;
  /** Keys must be among `fields`; then every field not mentioned, ascending, for a stable order. */
  readonly sort?: readonly SortSpec[];
  /** Rows wanted; one more is fetched to detect truncation. */
  readonly limit: number;
}

export interface CompileListOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  readonly dialect: Dialect;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
  /** The whitelisted table of `spec.source`. */
  readonly table: string;
  readonly resolveSegment?: SegmentResolver;
}

export interface CompiledList extends RenderedSql {
  /** Field ids in SELECT order. */
  readonly columns: string[];
  /** The LIMIT sent: spec.limit + 1. */
  readonly fetch: number;
}

export function compileList(spec: ListSpec, options: CompileListOptions): CompiledList {
  const { dialect } = options;
  if (spec.fields.length === 0) throw new QueryError('INVALID_QUERY', { reason: 'no_fields' });
  if (!Number.isSafeInteger(spec.limit) || spec.limit < 1 || spec.limit > MAX_LIMIT) throw new QueryError('INVALID_QUERY', { reason: 'limit' });
  const resolveField = (id: string): FieldDef | undefined => {
    const field = options.resolveField(id);
    if (field && field.source !== spec.source) throw new QueryError('SOURCE_MISMATCH', { field: id, source: spec.source, fieldSource: field.source });
    return field;
  };
  const columns: string[] = [];
  const select: Fragment[] = [];
  for (const id of spec.fields) {
    const field = resolveField(id);
    if (!field) throw new QueryError('UNKNOWN_FIELD', { field: id });
    if (field.membership) throw new QueryError('UNSUPPORTED_FIELD', { field: id, reason: 'membership' });
    if (columns.includes(field.id)) throw new QueryError('INVALID_QUERY', { reason: 'duplicate_key', key: field.id });
    const column = dialect.identifier(field.column);
    const value = field.attributeKey === undefined ? column : dialect.jsonText(column, field.attributeKey);
    columns.push(field.id);
    select.push(sql`${value} AS ${dialect.identifier(field.id)}`);
  }
  const clauses: Fragment[] = [sql`SELECT ${join(select, ', ')} FROM ${dialect.identifier(options.table)}`];
  if (spec.filter) {
    clauses.push(sql`WHERE ${compileFilterFragment(spec.filter, { resolveField, dialect, asOf: options.asOf, resolveSegment: options.resolveSegment })}`);
  }
  const terms: SortSpec[] = [];
  for (const sort of spec.sort ?? []) {
    if (!columns.includes(sort.key)) throw new QueryError('UNKNOWN_SORT_KEY', { key: sort.key });
    if (sort.direction !== 'asc' && sort.direction !== 'desc') throw new QueryError('INVALID_QUERY', { reason: 'sort_direction', key: sort.key });
    if (terms.some((t) => t.key === sort.key)) throw new QueryError('INVALID_QUERY', { reason: 'duplicate_sort', key: sort.key });
    terms.push(sort);
  }
  for (const key of columns) if (!terms.some((t) => t.key === key)) terms.push({ key, direction: 'asc' });
  clauses.push(
    sql`ORDER BY ${join(
      terms.map((t) => dialect.orderTerm(dialect.identifier(t.key), t.direction)),
      ', ',
    )}`,
  );
  const fetch = spec.limit + 1;
  clauses.push(dialect.limitOffset(fetch));
  return { ...renderSql(join(clauses, ' '), dialect), columns, fetch };
}
