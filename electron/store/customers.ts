// Customer list statements for the grid: one page, sorted and filtered server-side.
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

const columnDefs: Record<string, ColumnDef> = Object.fromEntries(
  (Object.keys(customerColumns) as CustomerColumn[]).map((name) => [
    name,
    { kind: customerColumns[name].kind, sql: orderAggregates[name] ?? `c.${name}` },
  ]),
);

const quickColumns = ['customer_id', 'name', 'region', 'city', 'owner'] as const;

export function listCustomers(
  db: Db,
  input: z.output<typeof CustomerListInputSchema>,
): { rows: CustomerRow[]; total: number } {
  const where = compileWhere(
    input.filters,
    columnDefs,
    input.quickFilter ? { text: input.quickFilter, columns: quickColumns } : undefined,
  );
  const orderBy = compileOrderBy(input.sort, columnDefs, 'c.customer_id ASC');
  const select = (Object.keys(customerColumns) as CustomerColumn[])
    .map((name) => `${columnDefs[name]?.sql ?? `c.${name}`} AS ${name}`)
    .join(', ');
  const rows = db
    .prepare(`SELECT ${select} FROM customers c ${where.sql} ${orderBy} LIMIT ? OFFSET ?`)
    .all(...where.params, input.limit, input.offset) as CustomerRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM customers c ${where.sql}`).get(...where.params) as {
    total: number;
  };
  return { rows, total };
}
