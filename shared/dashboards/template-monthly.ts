// 月度流失复盘, the monthly review: last month against the month before and the same month last
// year, the 12-month trend, churn by region, owner and segment, reasons, churn dates (drillable
// year → month → week) and customer survival.
import type { DashboardSpec } from './dashboard';
import { build, churnThresholds, scored, title } from './template-parts';

export function monthly(): DashboardSpec {
  return build('monthly', [
    { widget: { id: 'title', kind: 'text', textKey: title('monthly.title'), style: 'title' }, at: { x: 0, y: 0, w: 12, h: 2 } },
    {
      widget: {
        id: 'kpi_churn_yoy',
        kind: 'kpi',
        titleKey: title('monthly.churnRateYoy'),
        source: 'churn_month',
        measure: 'churn_rate',
        period: 'lastMonth',
        comparison: 'samePeriodLastYear',
        thresholds: churnThresholds,
        sparkline: true,
      },
      at: { x: 0, y: 2, w: 3, h: 4 },
    },
    {
      widget: {
        id: 'kpi_churned',
        kind: 'kpi',
        titleKey: title('monthly.churned'),
        source: 'churn_month',
        measure: 'churned',
        period: 'lastMonth',
        comparison: 'previousPeriod',
        sparkline: true,
      },
      at: { x: 3, y: 2, w: 3, h: 4 },
    },
    {
      widget: {
        id: 'kpi_acquired',
        kind: 'kpi',
        titleKey: title('monthly.acquired'),
        source: 'churn_month',
        measure: 'acquired',
        period: 'lastMonth',
        comparison: 'previousPeriod',
        sparkline: true,
      },
      at: { x: 6, y: 2, w: 3, h: 4 },
    },
    {
      widget: {
        id: 'kpi_returned',
        kind: 'kpi',
        titleKey: title('monthly.returned'),
        source: 'churn_month',
        measure: 'returned',
        period: 'lastMonth',
        comparison: 'previousPeriod',
        sparkline: true,
      },
      at: { x: 9, y: 2, w: 3, h: 4 },
    },
    {
      widget: {
        id: 'chart_trend_combo',
        kind: 'chart',
        chart: 'combo',
        titleKey: title('monthly.trend'),
        source: 'churn_month',
        measures: ['churned', 'churn_rate'],
        dimension: { field: 'month' },
        period: 'last12Months',
        warningLine: 0.05,
      },
      at: { x: 0, y: 6, w: 8, h: 8 },
    },
    {
      widget: {
        id: 'chart_churn_dates',
        kind: 'chart',
        chart: 'bar',
        titleKey: title('monthly.churnedByDate'),
        source: 'customer',
        measures: ['churned_customers'],
        dimension: { field: 'churn_date', grain: 'year' },
        hierarchy: 'time',
      },
      at: { x: 8, y: 6, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'table_by_region',
        kind: 'table',
        titleKey: title('monthly.byRegion'),
        source: 'churn_month',
        mode: 'aggregate',
        dimensions: [{ field: 'region' }],
        measures: ['active_at_start', 'churned', 'churn_rate'],
        sort: [{ key: 'churn_rate', direction: 'desc' }],
        period: 'lastMonth',
        limit: 30,
        rules: [{ column: 'churn_rate', style: 'color', thresholds: churnThresholds }],
      },
      at: { x: 0, y: 14, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'table_by_owner',
        kind: 'table',
        titleKey: title('monthly.byOwner'),
        source: 'churn_month',
        mode: 'aggregate',
        dimensions: [{ field: 'owner' }],
        measures: ['active_at_start', 'churned', 'churn_rate'],
        sort: [{ key: 'churn_rate', direction: 'desc' }],
        period: 'lastMonth',
        limit: 30,
        rules: [{ column: 'churn_rate', style: 'bar', thresholds: churnThresholds }],
      },
      at: { x: 4, y: 14, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'chart_by_segment',
        kind: 'chart',
        chart: 'stackedBar',
        titleKey: title('monthly.bySegment'),
        source: 'customer',
        measures: ['customers'],
        dimension: { field: 'segment' },
        series: { field: 'tier' },
        filter: scored,
        limit: 12,
      },
      at: { x: 8, y: 14, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'chart_reasons_pie',
        kind: 'chart',
        chart: 'pie',
        titleKey: title('monthly.reasons'),
        source: 'customer',
        measures: ['at_risk_customers'],
        dimension: { field: 'top_reason' },
        sort: 'measureDesc',
        limit: 8,
      },
      at: { x: 0, y: 22, w: 6, h: 8 },
    },
    {
      widget: {
        id: 'chart_survival',
        kind: 'chart',
        chart: 'km',
        titleKey: title('monthly.survival'),
        source: 'customer',
        measures: ['customers', 'churned_customers'],
        dimension: { field: 'tenure_days' },
      },
      at: { x: 6, y: 22, w: 6, h: 8 },
    },
  ]);
}
