// A list widget's rows for a dashboard file (list_<n>): the shown fields plus the linkable ones,
// the widget's own filter and sort, its row limit — or, with "include detail list", every row
// matching its filter (up to the compiler's MAX_LIMIT) — through the core's list compiler.
import { sourceTables } from '../../../shared/catalog';
import type { ListPlan } from '../../../shared/dashboards/cube';
import { tablePlan } from '../../../shared/dashboards/plan';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { MAX_LIMIT, sqliteDialect } from '../../../shared/query';
import { compileList } from '../../../shared/query/compile-list';
import type { Db } from '../database';
import type { CubeQueryOptions } from './cube-query';

export function queryList(db: Db, plan: ListPlan, options: CubeQueryOptions & { readonly includeDetail: boolean }): Cell[][] {
  const { widget } = plan;
  const limit = options.includeDetail ? MAX_LIMIT - 1 : widget.limit;
  // The widget's own list (its sort, grouped rows first) as the core evaluates it, with the
  // linkable fields added after the shown ones.
  const planned = tablePlan(widget, widget.filter);
  if (!('list' in planned)) throw new Error('list table: not a list widget');
  const compiled = compileList(
    { ...planned.list, fields: plan.fields.map((f) => f.id), limit },
    {
      resolveField: (id) => options.catalog.field('customer', id),
      dialect: sqliteDialect,
      asOf: options.asOf,
      table: sourceTables.customer,
      ...(options.resolveSegment ? { resolveSegment: options.resolveSegment } : {}),
    },
  );
  const rows = db
    .prepare(compiled.sql)
    .raw(true)
    .all(...compiled.params) as Cell[][];
  return rows.slice(0, limit);
}
