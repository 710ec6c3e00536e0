// One page of the Customers grid over the customer mart: filters and sorts are catalog fields
// compiled by the core's compiler. Deep pages stay cheap at 1 M rows by paging over rowids
// first — the sort column's index carries the rowid, so it is also the tie-breaker and the
// index delivers the order without a sort step — and reading full rows for the page only.
import type { CustomerListInput, CustomerRow } from '../../../shared/contract/operations';
import { QueryError, compileFilter, sqliteDialect, type FilterNode } from '../../../shared/query';
import { gridFilter } from '../../../shared/query/from-grid';
import type { z } from 'zod';
import type { CustomerListInputSchema } from '../../../shared/contract/operations';
import { columnKindOf, countMatches, topRows } from '../../../shared/query/columnar';
import type { Db } from '../database';
import { columnarMatch, type SegmentColumnarOptions } from './column-cache';
import { compileOptions, customerFilterContext } from '../segments/filter-context';
import { segmentsOfPage } from '../segments/page-membership';
import { reasonsOf } from '../scoring/scores';

type ListInput = z.output<typeof CustomerListInputSchema>;
export type { CustomerListInput };

const QUICK_FIELDS = ['customer_id', 'name', 'region', 'city', 'owner'] as const;

const ROW_COLUMNS = [
  'customer_id',
  'name',
  'region',
  'city',
  'industry',
  'segment',
  'owner',
  'signup_date',
  'contract_end',
  'status',
  'cancel_date',
  'cancel_reason',
  'order_count',
  'total_amount',
  'last_order_date',
  'lifecycle',
  'churn_date',
  'churn_kind',
  'health_score',
  'tier',
  'churn_probability',
  'p_alive',
  'clv',
  'reasons',
] as const;

/** Counting a million filtered rows for every scrolled block would dominate; a count only changes with the data. */
const countCache = new WeakMap<Db, Map<string, number>>();

function cachedCount(db: Db, sql: string, params: readonly unknown[]): number {
  const key = JSON.stringify([db.pragma('data_version', { simple: true }), db.prepare('SELECT total_changes()').pluck().get(), sql, params]);
  let cache = countCache.get(db);
  if (!cache) countCache.set(db, (cache = new Map<string, number>()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const total = db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
  if (cache.size > 64) cache.clear();
  cache.set(key, total);
  return total;
}

/**
 * On a large mart, the count and the page's rowids from in-memory columns (column-cache.ts):
 * the same rows in the same order as `ORDER BY <sort columns>, rowid` in SQLite. Null when
 * SQL should answer (small mart, JSON attribute condition).
 */
function columnarPage(
  db: Db,
  filter: FilterNode,
  sort: readonly { column: string; direction: 'asc' | 'desc' }[],
  options: SegmentColumnarOptions,
  input: { offset: number; limit: number },
): { total: number; rowids: number[] } | null {
  const keys = sort.map((s) => {
    const field = options.resolveField(s.column);
    if (!field) throw new QueryError('UNKNOWN_FIELD', { field: s.column });
    return { column: field.column, kind: columnKindOf(field.type), direction: s.direction };
  });
  const columnar = columnarMatch(db, filter, options, new Map(keys.map((k) => [k.column, k.kind])));
  if (!columnar) return null;
  const { view, match } = columnar;
  const sortKeys = keys.map((k) => {
    const column = view.column(k.column);
    if (!column) throw new Error(`column ${k.column} not loaded`);
    return { column, direction: k.direction };
  });
  const total = countMatches(match);
  const rows = input.offset >= total ? [] : topRows(match, sortKeys, sort.at(-1)?.direction ?? 'asc', input.offset, input.limit);
  return { total, rowids: rows.map((i) => view.rowids[i]!) };
}

type RawRow = Omit<CustomerRow, 'reasons' | 'order_count' | 'total_amount' | 'status'> & {
  reasons: string | null;
  order_count: number | null;
  total_amount: number | null;
  status: string | null;
};

export function listCustomerPage(db: Db, input: ListInput & { filter?: FilterNode }): { rows: CustomerRow[]; total: number } {
  const context = customerFilterContext(db);
  const { resolveField } = context;
  const filter = gridFilter(input.filters, input.quickFilter ? { text: input.quickFilter, fields: QUICK_FIELDS } : undefined, input.filter);
  const where = filter ? compileFilter(filter, compileOptions(context)) : null;
  const sort = input.sort.length ? input.sort : [{ column: 'customer_id', direction: 'asc' as const }];
  const terms = sort.map((s) => {
    const f = resolveField(s.column);
    if (!f || f.attributeKey !== undefined) throw new QueryError('UNKNOWN_FIELD', { field: s.column }, `not a sortable field: ${s.column}`);
    return `${sqliteDialect.quoteIdentifier(f.column)} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`;
  });
  terms.push(`rowid ${sort.at(-1)?.direction === 'desc' ? 'DESC' : 'ASC'}`);
  const page = filter ? columnarPage(db, filter, sort, context, input) : null;
  const whereSql = where ? ` WHERE ${where.sql}` : '';
  const params = where?.params ?? [];
  const total = page ? page.total : cachedCount(db, `SELECT count(*) FROM customer_mart${whereSql}`, params);
  if (input.offset >= total) return { rows: [], total };
  const rowids = page
    ? page.rowids
    : (db
        .prepare(`SELECT rowid FROM customer_mart${whereSql} ORDER BY ${terms.join(', ')} LIMIT ? OFFSET ?`)
        .pluck()
        .all(...params, input.limit, input.offset) as number[]);
  const raw = db
    .prepare(`SELECT ${ROW_COLUMNS.map((c) => `m.${c}`).join(', ')} FROM json_each(?) page JOIN customer_mart m ON m.rowid = page.value ORDER BY page.key`)
    .all(JSON.stringify(rowids)) as RawRow[];
  const memberships = segmentsOfPage(
    db,
    raw.map((r) => r.customer_id),
    context,
  );
  return {
    rows: raw.map((r) => ({
      ...r,
      status: r.status ?? 'active',
      order_count: r.order_count ?? 0,
      total_amount: r.total_amount ?? 0,
      reasons: reasonsOf(r.reasons),
      segments: memberships.get(r.customer_id) ?? [],
    })),
    total,
  };
}
