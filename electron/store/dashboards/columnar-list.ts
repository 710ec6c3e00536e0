// A dashboard list over the customer mart (the high-risk list) chosen from the in-memory columns
// on a large mart — one pass over the rows instead of SQLite sorting every match — and its values
// read by rowid, in the order compileList gives (shared/query/columnar-list.ts). Null when the
// columns cannot answer (small mart, JSON attributes): the caller runs the SQL.
import type { ListSpec } from '../../../shared/query';
import { sqliteDialect } from '../../../shared/query';
import { columnarListRows, listColumns } from '../../../shared/query/columnar-list';
import type { ColumnarOptions } from '../../../shared/query/columnar';
import type { Cell } from '../analytics/run-query';
import type { Db } from '../database';
import { columnarViewFor } from '../analytics/column-cache';
import { matchesFor, type ColumnarContext } from './columnar-aggregate';

export function columnarCustomerList(db: Db, spec: ListSpec, context: ColumnarContext): { columns: { key: string; kind: 'field' }[]; rows: Cell[][]; truncated: boolean } | null {
  if (spec.source !== 'customer' || process.env.CHURN_COCKPIT_DASHBOARD_COLUMNAR === 'off') return null;
  const options: ColumnarOptions = {
    resolveField: (id) => context.catalog.field('customer', id),
    asOf: context.asOf,
    ...(context.resolveSegment ? { resolveSegment: context.resolveSegment } : {}),
    ...(context.listMask ? { listMask: context.listMask } : {}),
  };
  const needs = listColumns(spec, options);
  if (!needs) return null;
  const view = columnarViewFor(db, spec.filter, options, needs);
  if (!view) return null;
  const matches = matchesFor(context.matches, view.rowids);
  const indices = columnarListRows(spec, view.rowCount, (name) => view.column(name), matches ? { ...options, matches } : options);
  if (!indices) return null;
  const shown = indices.slice(0, spec.limit);
  const select = spec.fields.map((id) => {
    const field = options.resolveField(id);
    if (!field) throw new Error(`list field ${id} vanished`);
    return `m.${sqliteDialect.quoteIdentifier(field.column)} AS ${sqliteDialect.quoteIdentifier(field.id)}`;
  });
  const rows = db
    .prepare(`SELECT ${select.join(', ')} FROM json_each(?) page JOIN customer_mart m ON m.rowid = page.value ORDER BY page.key`)
    .raw(true)
    .all(JSON.stringify(shown.map((i) => view.rowids[i]))) as Cell[][];
  return { columns: spec.fields.map((key) => ({ key, kind: 'field' as const })), rows, truncated: indices.length > spec.limit };
}
