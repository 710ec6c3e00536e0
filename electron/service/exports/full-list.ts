// Every row of a list widget for "full lists": the widget's own list query (tablePlan with its
// filter, the dashboard's filters and months, sorted as on screen) compiled once and run WITHOUT
// the screen's cap — SQLite's LIMIT -1 — through better-sqlite3's iterate(), handed on in pages
// of PAGE_ROWS, so a million customers never sit in memory at once. The row count comes first
// from the same filter (countMatching), as the writer sizes its sheets by it.
import type { Catalog } from '../../../shared/catalog/catalog';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { and, widgetFilter } from '../../../shared/dashboards/filters';
import { isMonthSource } from '../../../shared/dashboards/periods';
import { tablePlan, widgetMonths, windowFilter } from '../../../shared/dashboards/plan';
import type { TableWidget } from '../../../shared/dashboards/widget';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { compileList, MAX_LIMIT } from '../../../shared/query';
import { listCompileOptions } from '../dashboards/runner';
import type { FilterNode } from '../../../shared/query/ast';
import type { Db } from '../../store/database';
import { countMatching } from '../../store/analytics/run-query';
import type { CustomerFilterContext } from '../../store/segments/filter-context';

export const PAGE_ROWS = 5_000;

export interface FullListQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly filter: FilterNode | undefined;
}

/** The list's filter as evaluate.ts builds it: the widget's scope, plus its months for a month source. */
export function fullListFilter(widget: TableWidget, filters: DashboardFilters, catalog: Catalog, asOf: string): FilterNode | undefined {
  const scope = widgetFilter(widget, filters, catalog);
  const months = isMonthSource(widget.source) ? widgetMonths(asOf, widget.period ?? 'last12Months', filters, scope.periodApplies) : undefined;
  return and([scope.filter, months === undefined ? undefined : windowFilter(widget.source, months, catalog)]);
}

export function fullListQuery(widget: TableWidget, filters: DashboardFilters, context: CustomerFilterContext, asOf: string): FullListQuery {
  const filter = fullListFilter(widget, filters, context.catalog, asOf);
  const plan = tablePlan(widget, filter);
  if (!('list' in plan)) throw new Error(`${widget.id}: not a list widget`);
  const spec = { ...plan.list, limit: MAX_LIMIT };
  const compiled = compileList(spec, listCompileOptions(spec, context.catalog, asOf, context));
  // The LIMIT is the statement's last bound value (compile-list.ts): -1 lifts it in SQLite.
  const params = [...compiled.params];
  if (!compiled.sql.trimEnd().endsWith('LIMIT ?') || params[params.length - 1] !== compiled.fetch) throw new Error(`${widget.id}: unexpected list SQL shape`);
  params[params.length - 1] = -1;
  return { sql: compiled.sql, params, filter };
}

export function fullListCount(db: Db, widget: TableWidget, query: FullListQuery, context: CustomerFilterContext, asOf: string): number {
  return countMatching(db, widget.source, query.filter, asOf, context.catalog, { resolveSegment: context.resolveSegment, listMask: context.listMask });
}

/** The rows in pages; each call runs the statement anew, so pages() may be read more than once. */
export async function* fullListPages(
  db: Db,
  query: FullListQuery,
  map: (row: readonly Cell[]) => Cell[],
  signal?: AbortSignal,
  pageRows = PAGE_ROWS,
): AsyncIterable<readonly (readonly Cell[])[]> {
  const statement = db.prepare(query.sql).raw(true);
  let page: Cell[][] = [];
  for (const row of statement.iterate(...query.params) as IterableIterator<Cell[]>) {
    page.push(map(row));
    if (page.length >= pageRows) {
      signal?.throwIfAborted();
      yield await Promise.resolve(page);
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
