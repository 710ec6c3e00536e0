// Customer list statements for the grid: one page, sorted and filtered server-side, each row
// with its scores from the latest snapshot. Deep pages stay cheap at 1 M rows by paging over
// keys first (an index-only scan when the sort column is indexed) and fetching the full rows,
// with order aggregates and scores, only for the page itself. Two key spaces:
// - no score column sorts or filters: customers' rowids, the scores only joined to the page;
// - a score column does: the snapshot's score rows, tie-broken by their rowid so that the
//   snapshot's index on the sort column delivers the order without a sort step; customers are
//   joined only when one of their columns or the quick filter takes part. Customers the
//   snapshot does not score (they arrived after it) follow the scored ones, their score
//   columns NULL, when NULL passes the score filters.
import type { CustomerListInputSchema, CustomerRow } from '../../shared/contract/operations';
import type { z } from 'zod';
import {
  customerColumns,
  customerListColumns,
  customerScoreColumns,
  isCustomerScoreColumn,
  type CustomerColumn,
  type CustomerListColumn,
  type CustomerScoreColumn,
} from '../../shared/domain/customer-columns';
import { compileOrderBy, compileWhere, type ColumnDef, type SqlFragment } from '../../shared/query/column-filter-sql';
import type { Db } from './database';
import { reasonsOf } from './scoring/scores';

type ListInput = z.output<typeof CustomerListInputSchema>;
type Sort = ListInput['sort'];

const orderAggregates: Partial<Record<CustomerColumn, string>> = {
  order_count: `(SELECT count(*) FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')`,
  total_amount: `(SELECT coalesce(sum(o.amount), 0) FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'completed')`,
  last_order_date: `(SELECT max(substr(o.order_date, 1, 10)) FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')`,
};

const customerNames = Object.keys(customerColumns) as CustomerColumn[];
const scoreNames = Object.keys(customerScoreColumns) as CustomerScoreColumn[];

function defsWithScores(scoreSql: (column: CustomerScoreColumn) => string): Record<CustomerListColumn, ColumnDef> {
  const defs = {} as Record<CustomerListColumn, ColumnDef>;
  for (const name of customerNames) defs[name] = { kind: customerListColumns[name].kind, sql: orderAggregates[name] ?? `c.${name}` };
  for (const name of scoreNames) defs[name] = { kind: customerListColumns[name].kind, sql: scoreSql(name) };
  return defs;
}

/**
 * Columns over the snapshot's score rows (alias s), joined to customers (c) when needed. The
 * id is read from the score row itself, so the default order needs no join: the snapshot's
 * primary key delivers it.
 */
const scoredDefs: Record<CustomerListColumn, ColumnDef> = { ...defsWithScores((name) => `s.${name}`), customer_id: { kind: 'text', sql: 's.customer_id' } };
const onScoreRows = (column: CustomerListColumn) => column === 'customer_id' || isCustomerScoreColumn(column);
/** Columns of customers without a score row: every score column is NULL. */
const unscoredDefs = defsWithScores(() => 'NULL');

const quickColumns = ['customer_id', 'name', 'region', 'city', 'owner'] as const;

const selectList = [
  ...customerNames.map((name) => `${unscoredDefs[name].sql} AS ${name}`),
  ...scoreNames.map((name) => `s.${name} AS ${name}`),
  's.reasons AS reasons',
].join(', ');

const notScored = `NOT EXISTS (SELECT 1 FROM customer_scores s WHERE s.snapshot_id = ? AND s.customer_id = c.customer_id)`;

/** Counting 1 M filtered rows for every scrolled block would dominate; a count only changes with the data. */
const countCache = new WeakMap<Db, Map<string, number>>();

function cachedCount(db: Db, sql: string, params: readonly (string | number | null)[]): number {
  const version = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const key = JSON.stringify([version, dataVersion, sql, params]);
  let cache = countCache.get(db);
  if (!cache) countCache.set(db, (cache = new Map<string, number>()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const total = db.prepare(sql).pluck().get(...params) as number;
  if (cache.size > 64) cache.clear();
  cache.set(key, total);
  return total;
}

function latestSnapshotId(db: Db): number | null {
  const id = db.prepare('SELECT snapshot_id FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').pluck().get() as number | undefined;
  return id ?? null;
}

/** `WHERE a AND b` → `a AND b`, or null when there is no condition. */
function conditionOf(where: SqlFragment): string | null {
  return where.sql ? where.sql.replace(/^WHERE /, '') : null;
}

function and(...conditions: (string | null)[]): string {
  const present = conditions.filter((c): c is string => c !== null);
  return present.length ? `WHERE ${present.join(' AND ')}` : '';
}

interface RawRow extends Omit<CustomerRow, 'reasons'> {
  reasons: string | null;
}

function fetchPage(db: Db, snapshotId: number | null, key: 'rowid' | 'customer_id', keys: readonly (number | string)[]): CustomerRow[] {
  if (keys.length === 0) return [];
  const raw = db
    .prepare(
      `SELECT ${selectList} FROM json_each(?) page JOIN customers c ON c.${key} = page.value
       LEFT JOIN customer_scores s ON s.snapshot_id = ? AND s.customer_id = c.customer_id ORDER BY page.key`,
    )
    .all(JSON.stringify(keys), snapshotId) as RawRow[];
  return raw.map((r) => ({ ...r, reasons: reasonsOf(r.reasons) }));
}

export function listCustomers(db: Db, input: ListInput): { rows: CustomerRow[]; total: number } {
  const snapshotId = latestSnapshotId(db);
  const sort: Sort = input.sort.length ? input.sort : [{ column: 'customer_id', direction: 'asc' }];
  const quick = input.quickFilter ? { text: input.quickFilter, columns: quickColumns } : undefined;
  const scoresTakePart = sort.some((s) => isCustomerScoreColumn(s.column)) || input.filters.some((f) => isCustomerScoreColumn(f.column));
  if (snapshotId === null || !scoresTakePart) {
    // Every score column is NULL without a snapshot; otherwise none takes part here.
    const where = compileWhere(input.filters, unscoredDefs, quick);
    const rowids = db
      .prepare(`SELECT c.rowid FROM customers c ${where.sql} ${compileOrderBy(sort, unscoredDefs, 'c.rowid')} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...where.params, input.limit, input.offset) as number[];
    return { rows: fetchPage(db, snapshotId, 'rowid', rowids), total: cachedCount(db, `SELECT count(*) FROM customers c ${where.sql}`, where.params) };
  }

  const scored = scoredKeys(db, snapshotId, input, sort, quick);
  const tail = unscoredKeys(db, snapshotId, input, sort, quick, Math.max(0, input.offset - scored.total), input.limit - scored.ids.length);
  return {
    rows: [...fetchPage(db, snapshotId, 'customer_id', scored.ids), ...fetchPage(db, snapshotId, 'rowid', tail.rowids)],
    total: scored.total + tail.total,
  };
}

/** The page's share of the snapshot's scored customers, in the requested order. */
function scoredKeys(db: Db, snapshotId: number, input: ListInput, sort: Sort, quick: Parameters<typeof compileWhere>[2]) {
  const customersTakePart = quick !== undefined || sort.some((s) => !onScoreRows(s.column)) || input.filters.some((f) => !onScoreRows(f.column));
  const from = customersTakePart ? 'customer_scores s JOIN customers c ON c.customer_id = s.customer_id' : 'customer_scores s';
  const filters = compileWhere(input.filters, scoredDefs, quick);
  const where = and('s.snapshot_id = ?', conditionOf(filters));
  const params = [snapshotId, ...filters.params];
  const total = cachedCount(db, `SELECT count(*) FROM ${from} ${where}`, params);
  const ids =
    input.offset < total
      ? (db
          .prepare(`SELECT s.customer_id FROM ${from} ${where} ${compileOrderBy(sort, scoredDefs, 's.rowid')} LIMIT ? OFFSET ?`)
          .pluck()
          .all(...params, input.limit, input.offset) as string[])
      : [];
  return { total, ids };
}

/** Customers the snapshot does not score, after the scored ones: `limit` of them from `offset`. */
function unscoredKeys(db: Db, snapshotId: number, input: ListInput, sort: Sort, quick: Parameters<typeof compileWhere>[2], offset: number, limit: number) {
  const none = { total: 0, rowids: [] as number[] };
  // Usually every customer is scored: two cached counts spare the anti-join over all customers.
  const customers = cachedCount(db, 'SELECT count(*) FROM customers', []);
  const scoredRows = cachedCount(db, 'SELECT count(*) FROM customer_scores WHERE snapshot_id = ?', [snapshotId]);
  if (customers <= scoredRows) return none;
  const scoreFilters = compileWhere(
    input.filters.filter((f) => isCustomerScoreColumn(f.column)),
    unscoredDefs,
  );
  const nullPasses = conditionOf(scoreFilters);
  if (nullPasses && db.prepare(`SELECT coalesce(${nullPasses}, 0)`).pluck().get(...scoreFilters.params) !== 1) return none;
  const filters = compileWhere(
    input.filters.filter((f) => !isCustomerScoreColumn(f.column)),
    unscoredDefs,
    quick,
  );
  const where = and(notScored, conditionOf(filters));
  const params = [snapshotId, ...filters.params];
  const total = cachedCount(db, `SELECT count(*) FROM customers c ${where}`, params);
  const rowids =
    limit > 0 && offset < total
      ? (db
          .prepare(`SELECT c.rowid FROM customers c ${where} ${compileOrderBy(sort, unscoredDefs, 'c.rowid')} LIMIT ? OFFSET ?`)
          .pluck()
          .all(...params, limit, offset) as number[])
      : [];
  return { total, rowids };
}
