// The monthly churn report as widgets, each with the filters it is evaluated under, so the
// report counts exactly as a dashboard would: the summary KPIs (each twice — against the previous
// month and against the same month last year — under the dashboard period filter = the month),
// the 12-month trend (churned bars + churn-rate line, period = the 12 months ending there),
// churn by segment, region and owner for the month, the reasons of today's at-risk customers,
// and the high-risk list by owner (streamed in full). Pure: the report task evaluates them, adds
// the health components (a store query) and the campaigns, and checks the month first.
import { lastCompleteMonths } from '../metrics/months';
import type { DashboardFilters } from '../dashboards/dashboard';
import { shiftMonth } from '../dashboards/periods';
import { churnThresholds } from '../dashboards/template-parts';
import type { ChartWidget, KpiWidget, TableWidget, Thresholds } from '../dashboards/widget';

export const REPORT_KPIS = [
  { key: 'churnRate', source: 'churn_month', measure: 'churn_rate', thresholds: churnThresholds },
  { key: 'churned', source: 'churn_month', measure: 'churned' },
  { key: 'acquired', source: 'churn_month', measure: 'acquired' },
  { key: 'returned', source: 'churn_month', measure: 'returned' },
  { key: 'active', source: 'churn_month', measure: 'active_at_start' },
  { key: 'winBack', source: 'churn_month', measure: 'winback_rate', thresholds: { direction: 'higherIsBetter', amber: 0.2, red: 0.1 } },
  // Snapshot measures: the newest scores, with nothing to compare against month by month.
  { key: 'atRisk', source: 'customer', measure: 'at_risk_customers' },
  { key: 'clvAtRisk', source: 'customer', measure: 'clv_at_risk' },
] as const satisfies readonly { key: string; source: 'churn_month' | 'customer'; measure: string; thresholds?: Thresholds }[];

export type ReportKpiKey = (typeof REPORT_KPIS)[number]['key'];

export interface ReportKpi {
  readonly key: ReportKpiKey;
  /** The month, compared with the previous month (the one the card's value and sparkline come from). */
  readonly previous: KpiWidget;
  /** The same month, compared with the same month a year earlier; null for snapshot measures. */
  readonly lastYear: KpiWidget | null;
}

export type ReportSectionKey = 'trend' | 'bySegment' | 'byRegion' | 'byOwner' | 'reasons' | 'highRisk';

export interface ReportSection {
  readonly key: ReportSectionKey;
  readonly widget: ChartWidget | TableWidget;
  readonly filters: DashboardFilters;
}

export interface MonthlyReportPlan {
  readonly month: string;
  /** Filters of the KPIs and breakdowns: the dashboard period = the month. */
  readonly monthFilters: DashboardFilters;
  /** The trend's: the 12 months ending with the month. */
  readonly trendFilters: DashboardFilters;
  readonly kpis: readonly ReportKpi[];
  readonly sections: readonly ReportSection[];
}

const noFilters = { global: [], linkage: [], drill: {} };

function kpiWidget(def: (typeof REPORT_KPIS)[number], comparison: 'previousPeriod' | 'samePeriodLastYear' | 'none', sparkline: boolean): KpiWidget {
  return {
    id: `kpi_${def.key}_${comparison}`,
    kind: 'kpi',
    source: def.source,
    measure: def.measure,
    period: def.source === 'customer' ? 'snapshot' : 'lastMonth',
    comparison,
    ...('thresholds' in def ? { thresholds: def.thresholds } : {}),
    sparkline,
    emitsLinkage: false,
    receivesFilters: true,
  };
}

/** A breakdown for the month: churned bars and the churn rate as a line, largest first. */
function breakdown(id: string, field: string): ChartWidget {
  return {
    id,
    kind: 'chart',
    chart: 'combo',
    source: 'churn_month',
    measures: ['churned', 'churn_rate'],
    dimension: { field },
    period: 'lastMonth',
    sort: 'measureDesc',
    limit: 60,
    emitsLinkage: false,
    receivesFilters: true,
  };
}

export function monthlyReportPlan(month: string): MonthlyReportPlan {
  const monthFilters: DashboardFilters = { ...noFilters, period: { from: month, to: month } };
  const trendFilters: DashboardFilters = { ...noFilters, period: { from: shiftMonth(month, -11), to: month } };
  const kpis = REPORT_KPIS.map((def) =>
    def.source === 'customer'
      ? { key: def.key, previous: kpiWidget(def, 'none', false), lastYear: null }
      : { key: def.key, previous: kpiWidget(def, 'previousPeriod', true), lastYear: kpiWidget(def, 'samePeriodLastYear', false) },
  );
  const trend: ChartWidget = {
    id: 'report_trend',
    kind: 'chart',
    chart: 'combo',
    source: 'churn_month',
    measures: ['churned', 'churn_rate'],
    dimension: { field: 'month' },
    period: 'last12Months',
    sort: 'dimension',
    emitsLinkage: false,
    receivesFilters: true,
  };
  const reasons: ChartWidget = {
    id: 'report_reasons',
    kind: 'chart',
    chart: 'bar',
    source: 'customer',
    measures: ['at_risk_customers'],
    dimension: { field: 'top_reason' },
    sort: 'measureDesc',
    limit: 15,
    emitsLinkage: false,
    receivesFilters: true,
  };
  const highRisk: TableWidget = {
    id: 'report_high_risk',
    kind: 'table',
    source: 'customer',
    mode: 'list',
    filter: { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' },
    fields: ['owner', 'customer_id', 'name', 'region', 'city', 'health_score', 'churn_probability', 'top_reason', 'clv'],
    dimensions: [],
    measures: [],
    sort: [
      { key: 'owner', direction: 'asc' },
      { key: 'churn_probability', direction: 'desc' },
    ],
    limit: 500,
    groupBy: 'owner',
    rules: [{ column: 'churn_probability', style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.5 } }],
    emitsLinkage: false,
    receivesFilters: true,
  };
  return {
    month,
    monthFilters,
    trendFilters,
    kpis,
    sections: [
      { key: 'trend', widget: trend, filters: trendFilters },
      { key: 'bySegment', widget: breakdown('report_by_segment', 'segment'), filters: monthFilters },
      { key: 'byRegion', widget: breakdown('report_by_region', 'region'), filters: monthFilters },
      { key: 'byOwner', widget: breakdown('report_by_owner', 'owner'), filters: monthFilters },
      { key: 'reasons', widget: reasons, filters: noFilters },
      { key: 'highRisk', widget: highRisk, filters: noFilters },
    ],
  };
}

/** The newest month a snapshot of `asOf` covers completely (the month before, unless asOf is its last day). */
export function lastCompleteMonth(asOf: string): string {
  return lastCompleteMonths(asOf, 1)[0]?.month ?? asOf.slice(0, 7);
}

/**
 * Whether a report can be made for `month`: the churn facts hold it and it is complete. `first`
 * and `last` are the facts' months; the answer bounds the range the error offers.
 */
export function reportMonthRange(asOf: string | null, first: string | null, last: string | null): { first: string; last: string } | null {
  if (asOf === null || first === null || last === null) return null;
  const complete = lastCompleteMonth(asOf);
  const end = last < complete ? last : complete;
  return end < first ? null : { first, last: end };
}

export function monthInRange(month: string, range: { first: string; last: string } | null): boolean {
  return range !== null && month >= range.first && month <= range.last;
}
