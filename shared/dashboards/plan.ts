// What a widget asks the core (the query specs), and the shape its answer takes. Every spec
// goes to the runner (compileQuery / compileList over SQLite, or a dashboard file's packaged
// tables), so the cockpit counts exactly like the Customers grid and the exports.
import type { Catalog } from '../catalog/catalog';
import type { FieldDef, SourceId } from '../catalog/types';
import type { DimensionSpec, FilterNode, QuerySpec, SortSpec } from '../query/ast';
import type { ListSpec } from '../query/compile-list';
import { QueryError } from '../query/errors';
import type { DashboardFilters } from './dashboard';
import { drillDimension } from './hierarchies';
import { monthField, monthRange, monthsFilter, periodMonths } from './periods';
import type { ChartWidget, Period, TableWidget, Widget } from './widget';
import { CHART_CATEGORIES_MAX } from './widget';
import type { Cell, DataColumn } from './widget-data';

export interface RunnerColumn {
  readonly key: string;
  readonly kind: 'dimension' | 'measure' | 'field';
}

/**
 * Runs the specs a widget needs: over the workspace (compileQuery / compileList on SQLite, or
 * the columnar engine) or over a dashboard file's packaged tables. May throw QueryError.
 */
export interface QueryRunner {
  /** An aggregate query (compileQuery over the source's table), already executed. */
  aggregate(spec: QuerySpec): { columns: RunnerColumn[]; rows: Cell[][] };
  /** A list of rows (list widgets): compileList; `truncated` when more rows matched than spec.limit. */
  list(spec: ListSpec): { columns: RunnerColumn[]; rows: Cell[][]; truncated: boolean };
}

/** The months a month-source widget reads, oldest first (the period filter's when it applies). */
export function widgetMonths(asOf: string, own: Period, filters: DashboardFilters, periodApplies: boolean): string[] {
  if (periodApplies && filters.period !== undefined) return monthRange(filters.period.from, filters.period.to);
  return periodMonths(asOf, own);
}

/** The month window as a filter, or undefined for the customer source (or a catalog without the month field). */
export function windowFilter(source: SourceId, months: readonly string[], catalog: Catalog): FilterNode | undefined {
  const field = monthField(source);
  return field !== undefined && catalog.field(source, field) !== undefined ? monthsFilter(source, months) : undefined;
}

/**
 * The first measure or field of the widget the catalog lacks, as the QueryError the compiler
 * would throw: a dashboard file's narrower catalog makes such a widget an error, not a crash.
 */
export function missingReference(widget: Widget, catalog: Catalog, dimensions: readonly DimensionSpec[]): QueryError | undefined {
  if (widget.kind === 'text') return undefined;
  const measures = widget.kind === 'kpi' ? [widget.measure] : widget.kind === 'chart' ? widget.measures : widget.mode === 'aggregate' ? widget.measures : [];
  for (const measure of measures) if (catalog.measure(widget.source, measure) === undefined) return new QueryError('UNKNOWN_MEASURE', { measure });
  const fields = [...dimensions.map((d) => d.field), ...(widget.kind === 'table' && widget.mode === 'list' ? widget.fields : [])];
  for (const field of fields) if (catalog.field(widget.source, field) === undefined) return new QueryError('UNKNOWN_FIELD', { field });
  return undefined;
}

/** The dimensions a chart or table groups by (a chart's after its drill steps; a gauge none). */
export function widgetDimensions(widget: Widget, filters: DashboardFilters, catalog: Catalog): DimensionSpec[] {
  if (widget.kind === 'table') return widget.mode === 'aggregate' ? widget.dimensions : [];
  if (widget.kind !== 'chart' || widget.chart === 'gauge') return [];
  const dimension = drillDimension(widget, filters.drill[widget.id] ?? [], catalog);
  const out: DimensionSpec[] = [];
  if (dimension !== undefined) out.push(dimension);
  if (widget.series !== undefined && widget.chart !== 'km') out.push(widget.series);
  return out;
}

export interface ChartPlan {
  readonly spec: QuerySpec;
  /** Categories kept (first dimension), picked by the total of the first measure; undefined: as the SQL returns. */
  readonly categories: number | undefined;
  /** Order categories by their total of the first measure after capping. */
  readonly order: 'asc' | 'desc' | undefined;
}

/**
 * A chart's aggregate. One dimension sorted by a measure: ORDER BY + LIMIT in SQL (one row
 * more, to know it was cut). Otherwise the rows come in dimension order and the categories are
 * capped here by the total of measures[0] (over the series too), so a stacked bar keeps whole
 * stacks. Without a limit at most CHART_CATEGORIES_MAX categories are shown; the KM curve
 * reads every duration.
 */
export function chartPlan(widget: ChartWidget, dimensions: readonly DimensionSpec[], filter: FilterNode | undefined): ChartPlan {
  const base = { source: widget.source, measures: widget.measures, dimensions, ...(filter ? { filter } : {}) };
  if (widget.chart === 'km' || dimensions.length === 0) return { spec: base, categories: undefined, order: undefined };
  const first = widget.measures[0] ?? '';
  const limit = widget.limit ?? CHART_CATEGORIES_MAX;
  const order = widget.sort === 'measureDesc' ? 'desc' : widget.sort === 'measureAsc' ? 'asc' : undefined;
  if (dimensions.length === 1 && order !== undefined) {
    const sort: SortSpec[] = [{ key: first, direction: order }];
    return { spec: { ...base, sort, limit: limit + 1 }, categories: limit, order: undefined };
  }
  return { spec: base, categories: limit, order };
}

/** Keeps the `count` categories (values of column 0) with the largest total of column `measureIndex`. */
export function capCategories(rows: readonly Cell[][], count: number, measureIndex: number, order: 'asc' | 'desc' | undefined): { rows: Cell[][]; truncated: boolean } {
  const totals = new Map<Cell, number>();
  for (const row of rows) {
    const value = row[measureIndex];
    totals.set(row[0] ?? null, (totals.get(row[0] ?? null) ?? 0) + (typeof value === 'number' ? value : 0));
  }
  const truncated = totals.size > count;
  let kept = rows;
  if (truncated) {
    // Stable: ties keep the SQL's category order.
    const ranked = [...totals.keys()].map((key, i) => ({ key, i, total: totals.get(key) ?? 0 })).sort((a, b) => b.total - a.total || a.i - b.i);
    const keep = new Set(ranked.slice(0, count).map((r) => r.key));
    kept = rows.filter((row) => keep.has(row[0] ?? null));
  }
  if (order !== undefined) {
    const rank = (row: readonly Cell[]) => totals.get(row[0] ?? null) ?? 0;
    kept = kept
      .map((row, i) => ({ row, i }))
      .sort((a, b) => (order === 'desc' ? rank(b.row) - rank(a.row) : rank(a.row) - rank(b.row)) || a.i - b.i)
      .map((r) => r.row);
  }
  return { rows: kept.map((row) => [...row]), truncated };
}

/** A table's query: a list of rows (grouped rows first by `groupBy`) or an aggregate. */
export function tablePlan(widget: TableWidget, filter: FilterNode | undefined): { list: ListSpec } | { aggregate: QuerySpec } {
  const where = filter ? { filter } : {};
  if (widget.mode === 'list') {
    const { groupBy } = widget;
    const sort =
      groupBy !== undefined && widget.fields.includes(groupBy) && widget.sort[0]?.key !== groupBy
        ? [{ key: groupBy, direction: 'asc' as const }, ...widget.sort.filter((s) => s.key !== groupBy)]
        : widget.sort;
    return { list: { source: widget.source, fields: widget.fields, sort, limit: widget.limit, ...where } };
  }
  return { aggregate: { source: widget.source, measures: widget.measures, dimensions: widget.dimensions, sort: widget.sort, limit: widget.limit + 1, ...where } };
}

/** A result column described from the catalog (format, label key, enum value labels, grain). */
export function dataColumn(column: RunnerColumn, source: SourceId, catalog: Catalog, dimensions: readonly DimensionSpec[]): DataColumn {
  if (column.kind === 'measure') {
    const measure = catalog.measure(source, column.key);
    return { key: column.key, kind: 'measure', format: measure?.format ?? 'number', ...(measure ? { labelKey: measure.labelKey } : {}) };
  }
  const field: FieldDef | undefined = catalog.field(source, column.key);
  const grain = dimensions.find((d) => d.field === column.key)?.grain;
  return {
    key: column.key,
    kind: column.kind,
    // A truncated date keeps the field's format; `grain` says its values are '2024', '2024-05' or a Monday.
    format: field?.format ?? 'text',
    ...(field?.rawLabel !== undefined ? { rawLabel: field.rawLabel } : field ? { labelKey: field.labelKey } : {}),
    ...(field?.valueLabelPrefix !== undefined ? { valueLabelPrefix: field.valueLabelPrefix } : {}),
    ...(grain !== undefined ? { grain } : {}),
  };
}
