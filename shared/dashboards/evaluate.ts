// Widget evaluation: a widget spec and the dashboard's filters → the WidgetData it shows, through
// the core's query specs only (plan.ts) and a runner that executes them. Pure (no Node, no DOM):
// the workspace service passes a runner over SQLite, the dashboard-file viewer one over the
// file's packaged tables with a narrower catalog. So everything degrades through the catalog:
// - a dashboard filter on a field the widget's source lacks → listed in `notApplied` (filters.ts);
// - a measure or field of the widget the catalog lacks → status 'error', problem UNKNOWN_MEASURE
//   / UNKNOWN_FIELD with params;
// - a QueryError from the runner → status 'error' with its code and params;
// - no snapshot yet (asOf null) → 'empty' with problem noSnapshot.
// It never throws. Periods: periods.ts; drill: hierarchies.ts; KPI: kpi.ts.
import type { Catalog } from '../catalog/catalog';
import { isAppError } from '../contract/errors';
import type { DimensionSpec, FilterNode } from '../query/ast';
import { isQueryError } from '../query/errors';
import { kaplanMeierFromCounts, type KmCountRow } from '../models/kaplan-meier';
import type { DashboardFilters } from './dashboard';
import { and, widgetFilter } from './filters';
import { drillDepth, drillDimension } from './hierarchies';
import { evaluateKpi } from './kpi';
import { isMonthSource } from './periods';
import { orderByEnumCodes } from './enum-order';
import { capCategories, chartPlan, dataColumn, missingReference, tablePlan, widgetDimensions, widgetMonths, windowFilter, type QueryRunner, type RunnerColumn } from './plan';
import type { ChartWidget, TableWidget, Widget } from './widget';
import type { Cell, DataColumn, WidgetData, WidgetProblem } from './widget-data';

export type { QueryRunner, RunnerColumn } from './plan';
export { drillDimension, nextDrillLevel, drillPath, type DrillLevel } from './hierarchies';

export interface EvaluateContext {
  /** The data date; null: no snapshot yet → widgets 'empty' with problem {code:'noSnapshot'}. */
  readonly asOf: string | null;
  /** The fields and measures available (a dashboard file's catalog holds only what it packaged). */
  readonly catalog: Catalog;
  readonly filters: DashboardFilters;
  readonly run: QueryRunner;
  /** Milliseconds clock for elapsedMs (performance.now or Date.now). */
  readonly now?: () => number;
}

/** Chart and table periods for month sources when the widget names none. */
const DEFAULT_MONTHS = 'last12Months';

type Body = Pick<WidgetData, 'status' | 'columns' | 'rows' | 'truncated'> & Partial<Pick<WidgetData, 'kpi' | 'km' | 'drilledTo' | 'problem'>>;

export function evaluateWidgets(widgets: readonly Widget[], ctx: EvaluateContext): WidgetData[] {
  return widgets.map((widget) => evaluateWidget(widget, ctx));
}

export function evaluateWidget(widget: Widget, ctx: EvaluateContext): WidgetData {
  const now = ctx.now ?? (() => Date.now());
  const started = now();
  let applied: string[] = [];
  let notApplied: string[] = [];
  let body: Body;
  try {
    const scope = widgetFilter(widget, ctx.filters, ctx.catalog);
    applied = scope.applied;
    notApplied = scope.notApplied;
    body = evaluateBody(widget, ctx, scope.filter, scope.periodApplies);
  } catch (error) {
    body = { status: 'error', problem: problemOf(error), columns: [], rows: [], truncated: false };
  }
  return { widgetId: widget.id, ...body, applied, notApplied, elapsedMs: Math.max(0, now() - started) };
}

function evaluateBody(widget: Widget, ctx: EvaluateContext, filter: FilterNode | undefined, periodApplies: boolean): Body {
  if (widget.kind === 'text') return { status: 'ok', columns: [], rows: [], truncated: false };
  const { asOf, catalog, filters } = ctx;
  if (asOf === null) return { status: 'empty', problem: { code: 'noSnapshot', params: {} }, columns: [], rows: [], truncated: false };
  const dimensions = widgetDimensions(widget, filters, catalog);
  const missing = missingReference(widget, catalog, dimensions);
  if (missing) return { status: 'error', problem: problemOf(missing), columns: [], rows: [], truncated: false };
  const describe = (columns: readonly RunnerColumn[]): DataColumn[] => columns.map((c) => dataColumn(c, widget.source, catalog, dimensions));

  if (widget.kind === 'kpi') {
    const result = evaluateKpi(widget, asOf, filters, catalog, ctx.run, filter, periodApplies);
    return { status: result.kpi.value === null ? 'empty' : 'ok', kpi: result.kpi, columns: describe(result.columns), rows: result.rows, truncated: false };
  }
  const months = isMonthSource(widget.source) ? widgetMonths(asOf, widget.period ?? DEFAULT_MONTHS, filters, periodApplies) : undefined;
  const where = and([filter, months === undefined ? undefined : windowFilter(widget.source, months, catalog)]);
  if (widget.kind === 'table') return evaluateTable(widget, ctx.run, where, describe);
  return evaluateChart(widget, ctx, where, dimensions, describe);
}

function evaluateTable(widget: TableWidget, run: QueryRunner, where: FilterNode | undefined, describe: (columns: readonly RunnerColumn[]) => DataColumn[]): Body {
  const plan = tablePlan(widget, where);
  if ('list' in plan) {
    const result = run.list(plan.list);
    return {
      status: result.rows.length === 0 ? 'empty' : 'ok',
      columns: describe(result.columns),
      rows: result.rows.slice(0, widget.limit),
      truncated: result.truncated || result.rows.length > widget.limit,
    };
  }
  const result = run.aggregate(plan.aggregate);
  return {
    status: result.rows.length === 0 ? 'empty' : 'ok',
    columns: describe(result.columns),
    rows: result.rows.slice(0, widget.limit),
    truncated: result.rows.length > widget.limit,
  };
}

function evaluateChart(
  widget: ChartWidget,
  ctx: EvaluateContext,
  where: FilterNode | undefined,
  dimensions: readonly DimensionSpec[],
  describe: (columns: readonly RunnerColumn[]) => DataColumn[],
): Body {
  const steps = ctx.filters.drill[widget.id] ?? [];
  const depth = drillDepth(widget, steps, ctx.catalog);
  const shown = drillDimension(widget, steps, ctx.catalog);
  const drilledTo = depth > 0 && shown !== undefined ? { drilledTo: { field: shown.field, ...(shown.grain ? { grain: shown.grain } : {}), depth } } : {};
  const plan = chartPlan(widget, dimensions, where);
  const result = ctx.run.aggregate(plan.spec);
  const columns = describe(result.columns);
  if (widget.chart === 'km') return { ...kmBody(widget, result.columns, result.rows), columns, ...drilledTo };
  let rows = result.rows;
  let truncated = false;
  if (plan.categories !== undefined) {
    if (plan.spec.limit !== undefined) {
      truncated = rows.length > plan.categories;
      rows = rows.slice(0, plan.categories);
    } else {
      const measureIndex = result.columns.findIndex((c) => c.key === widget.measures[0]);
      ({ rows, truncated } = capCategories(rows, plan.categories, measureIndex, plan.order));
    }
  }
  if (widget.sort === 'dimension')
    rows = orderByEnumCodes(
      rows,
      dimensions.map((d) => d.field),
      widget.source,
      ctx.catalog,
    );
  return { status: rows.length === 0 ? 'empty' : 'ok', columns, rows, truncated, ...drilledTo };
}

/**
 * Kaplan–Meier from grouped counts: the dimension is the duration (tenure_days), measures[0]
 * the subjects with that duration, measures[1] those who churned (the events). Rows without a
 * duration are left out, as kaplanMeier refuses them.
 */
function kmBody(widget: ChartWidget, columns: readonly RunnerColumn[], rows: readonly Cell[][]): Omit<Body, 'columns'> {
  const [subjectsKey, eventsKey] = widget.measures;
  const timeIndex = columns.findIndex((c) => c.kind === 'dimension');
  const subjectsIndex = columns.findIndex((c) => c.key === subjectsKey);
  const eventsIndex = columns.findIndex((c) => c.key === eventsKey);
  if (timeIndex < 0 || subjectsIndex < 0 || eventsIndex < 0 || subjectsKey === eventsKey) {
    return { status: 'error', problem: { code: 'INVALID_QUERY', params: { reason: 'km_measures' } }, rows: [], truncated: false };
  }
  const counts: KmCountRow[] = [];
  for (const row of rows) {
    const [time, subjects, events] = [row[timeIndex], row[subjectsIndex], row[eventsIndex]];
    if (typeof time === 'number' && time >= 0 && typeof subjects === 'number' && subjects > 0) {
      counts.push({ time, subjects, events: typeof events === 'number' ? Math.min(events, subjects) : 0 });
    }
  }
  if (counts.length === 0) return { status: 'empty', rows: [], truncated: false };
  const curve = kaplanMeierFromCounts(counts);
  return {
    status: 'ok',
    rows: rows.map((row) => [...row]),
    truncated: false,
    km: {
      points: curve.points.map((p) => ({ time: p.time, survival: p.survival, lower: p.lower, upper: p.upper, nRisk: p.nRisk })),
      median: curve.median,
      n: curve.n,
      events: curve.events,
    },
  };
}

/** Why a widget failed, as a code and params the renderer translates. */
export function problemOf(error: unknown): WidgetProblem {
  if (isQueryError(error)) return { code: error.code, params: { ...error.params } };
  if (isAppError(error)) return { code: error.reason ?? error.code, params: { ...(error.params ?? {}) } };
  return { code: 'INTERNAL', params: {} };
}

/** Re-exported for callers that only build filters (the page's "applies to" mark). */
export { widgetFilter } from './filters';
export type { DashboardFilters };
