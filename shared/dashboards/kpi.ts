// A KPI card's numbers: the measure over the widget's months (or the newest snapshot for the
// customer source), the value compared with the previous period, the same period last year or
// a target, the change (percentage points for rates), the traffic light, and a 12-month
// sparkline for month sources.
import type { Catalog } from '../catalog/catalog';
import type { FilterNode } from '../query/ast';
import type { DashboardFilters } from './dashboard';
import { and } from './filters';
import { isMonthSource, lastYearWindow, monthField, monthRange, previousWindow, shiftMonth } from './periods';
import { widgetMonths, windowFilter, type QueryRunner, type RunnerColumn } from './plan';
import { changeIsGood, trafficLight } from './thresholds';
import type { KpiWidget } from './widget';
import type { Cell, KpiValue } from './widget-data';

export const SPARKLINE_MONTHS = 12;

export interface KpiResult {
  readonly kpi: KpiValue;
  readonly columns: RunnerColumn[];
  readonly rows: Cell[][];
}

const numberOf = (cell: Cell | undefined): number | null => (typeof cell === 'number' && Number.isFinite(cell) ? cell : null);

export function evaluateKpi(
  widget: KpiWidget,
  asOf: string,
  filters: DashboardFilters,
  catalog: Catalog,
  run: QueryRunner,
  filter: FilterNode | undefined,
  periodApplies: boolean,
): KpiResult {
  const { source, measure } = widget;
  const format = catalog.measure(source, measure)?.format ?? 'number';
  const valueOver = (months: readonly string[] | undefined): { value: number | null; columns: RunnerColumn[]; rows: Cell[][] } => {
    const where = and([filter, months === undefined ? undefined : windowFilter(source, months, catalog)]);
    const result = run.aggregate({ source, measures: [measure], dimensions: [], ...(where ? { filter: where } : {}) });
    return { value: numberOf(result.rows[0]?.[0]), columns: result.columns, rows: result.rows };
  };

  const monthly = isMonthSource(source);
  const months = monthly ? widgetMonths(asOf, widget.period, filters, periodApplies) : undefined;
  const current = valueOver(months);
  let compareValue: number | null = null;
  if (widget.comparison === 'target') compareValue = widget.target ?? null;
  else if (months !== undefined && widget.comparison === 'previousPeriod') compareValue = valueOver(previousWindow(months)).value;
  else if (months !== undefined && widget.comparison === 'samePeriodLastYear') compareValue = valueOver(lastYearWindow(months)).value;

  const { value } = current;
  const scale = format === 'percent' || format === 'probability' ? 100 : 1;
  const change = value !== null && compareValue !== null ? (value - compareValue) * scale : null;
  const { thresholds } = widget;
  const kpi: KpiValue = {
    value,
    format,
    period: months !== undefined && months.length > 0 ? { from: months[0] ?? '', to: months[months.length - 1] ?? '' } : null,
    comparison: widget.comparison,
    compareValue,
    change,
    changeIsGood: thresholds ? changeIsGood(compareValue, value, thresholds.direction) : null,
    status: thresholds ? trafficLight(value, thresholds) : null,
    sparkline: widget.sparkline && months !== undefined ? sparkline(widget, months, catalog, run, filter) : [],
  };
  return { kpi, columns: current.columns, rows: current.rows };
}

/** The measure month by month over the 12 months ending with the window's last, oldest first. */
function sparkline(widget: KpiWidget, months: readonly string[], catalog: Catalog, run: QueryRunner, filter: FilterNode | undefined): KpiValue['sparkline'] {
  const field = monthField(widget.source);
  const last = months[months.length - 1];
  if (field === undefined || last === undefined || catalog.field(widget.source, field) === undefined) return [];
  const span = monthRange(shiftMonth(last, 1 - SPARKLINE_MONTHS), last);
  const where = and([filter, windowFilter(widget.source, span, catalog)]);
  const result = run.aggregate({ source: widget.source, measures: [widget.measure], dimensions: [{ field }], ...(where ? { filter: where } : {}) });
  const byMonth = new Map<string, number | null>();
  const monthIndex = result.columns.findIndex((c) => c.key === field);
  const valueIndex = result.columns.findIndex((c) => c.key === widget.measure);
  for (const row of result.rows) {
    const month = row[monthIndex];
    if (typeof month === 'string') byMonth.set(month, numberOf(row[valueIndex]));
  }
  return span.map((month) => ({ month, value: byMonth.get(month) ?? null }));
}
