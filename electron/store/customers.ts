// Customer list statements for the grid: one page, sorted and filtered server-side.
// Deep pages stay cheap at 1 M rows by paging over rowids first (an index-only scan when
// the sort column is indexed) and fetching the full rows, with order aggregates, only for
// the page itself.
import type { CustomerListInputSchema, CustomerRow } from '../../shared/contract/operations';
import type { z } from 'zod';
import { customerColumns, type CustomerColumn } from '../../shared/domain/customer-columns';
import { compileOrderBy, compileWhere, type ColumnDef } from '../../shared/query/column-filter-sql';
import type { Db } from './database';

const orderAggregates: Partial<Record<CustomerColumn, string>> = {
  order_count: `(SELECT count(*) FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')`,
  total_amount: `(SELECT coalesce(sum(o.amount), 0) FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'completed')`,
  last_order_date: `(SELECT max(substr(o.order_date, 1, 10)) FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')`,
};

const columnNames = Object.keys(customerColumns) as CustomerColumn[];

const columnDefs: Record<string, ColumnDef> = Object.fromEntries(
  columnNames.map((name) => [name, { kind: customerColumns[name].kind, sql: orderAggregates[name] ?? `c.${name}` }]),
);

const quickColumns = ['customer_id', 'name', 'region', 'city', 'owner'] as const;

const selectList = columnNames.map((name) => `${columnDefs[name]?.sql ?? `c.${name}`} AS ${name}`).join(', ');

/** Counting 1 M filtered rows for every scrolled block would dominate; a count only changes with the data. */
const countCache = new WeakMap<Db, Map<string, number>>();

function countMatching(db: Db, whereSql: string, params: (string | number)[]): number {
  const version = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const key = JSON.stringify([version, dataVersion, whereSql, params]);
  let cache = countCache.get(db);
  if (!cache) countCache.set(db, (cache = new Map<string, number>()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const total = db.prepare(`SELECT count(*) FROM customers c ${whereSql}`).pluck().get(...params) as number;
  if (cache.size > 64) cache.clear();
  cache.set(key, total);
  return total;
}

export function listCustomers(
  db: Db,
  input: z.output<typeof CustomerListInputSchema>,
): { rows: CustomerRow[]; total: number } {
  const where = compileWhere(
    input.filters,
    columnDefs,
    input.quickFilter ? { text: input.quickFilter, columns: quickColumns } : undefined,
  );
  const sort = input.sort.length ? input.sort : [{ column: 'customer_id' as const, direction: 'asc' as const }];
  const orderBy = compileOrderBy(sort, columnDefs, 'c.rowid');
  const ids = db
    .prepare(`SELECT c.rowid FROM customers c ${where.sql} ${orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...where.params, input.limit, input.offset) as number[];
  const rows = db
    .prepare(
      `SELECT ${selectList} FROM json_each(?) page JOIN customers c ON c.rowid = page.value ORDER BY page.key`,
    )
    .all(JSON.stringify(ids)) as CustomerRow[];
  return { rows, total: countMatching(db, where.sql, where.params) };
}
