// 流失预警驾驶舱, the default dashboard: KPI cards with targets, the churn trend with a warning
// line, tiers, reasons, value × risk, at-risk customers by region (drillable), cohorts and the
// high-risk list by owner with conditional formats.
import type { DashboardSpec } from './dashboard';
import { build, churnThresholds, healthRule, is, probabilityRule, scored, title } from './template-parts';

export function cockpit(): DashboardSpec {
  return build('cockpit', [
    { widget: { id: 'title', kind: 'text', textKey: title('cockpit.title'), style: 'title' }, at: { x: 0, y: 0, w: 12, h: 2 } },
    { widget: { id: 'kpi_active', kind: 'kpi', titleKey: title('cockpit.active'), source: 'customer', measure: 'active_customers' }, at: { x: 0, y: 2, w: 2, h: 4 } },
    {
      widget: {
        id: 'kpi_churn',
        kind: 'kpi',
        titleKey: title('cockpit.churnRate'),
        source: 'churn_month',
        measure: 'churn_rate',
        period: 'lastMonth',
        comparison: 'previousPeriod',
        thresholds: churnThresholds,
        sparkline: true,
      },
      at: { x: 2, y: 2, w: 2, h: 4 },
    },
    { widget: { id: 'kpi_at_risk', kind: 'kpi', titleKey: title('cockpit.atRisk'), source: 'customer', measure: 'at_risk_customers' }, at: { x: 4, y: 2, w: 2, h: 4 } },
    { widget: { id: 'kpi_clv_at_risk', kind: 'kpi', titleKey: title('cockpit.clvAtRisk'), source: 'customer', measure: 'clv_at_risk' }, at: { x: 6, y: 2, w: 2, h: 4 } },
    {
      widget: {
        id: 'kpi_winback',
        kind: 'kpi',
        titleKey: title('cockpit.winback'),
        source: 'churn_month',
        measure: 'winback_rate',
        period: 'last3Months',
        comparison: 'previousPeriod',
        thresholds: { direction: 'higherIsBetter', amber: 0.2, red: 0.1 },
        sparkline: true,
      },
      at: { x: 8, y: 2, w: 2, h: 4 },
    },
    {
      widget: {
        id: 'gauge_at_risk_share',
        kind: 'chart',
        chart: 'gauge',
        titleKey: title('cockpit.atRiskShare'),
        source: 'customer',
        measures: ['at_risk_share'],
        thresholds: { direction: 'lowerIsBetter', amber: 0.1, red: 0.2 },
      },
      at: { x: 10, y: 2, w: 2, h: 4 },
    },
    {
      widget: {
        id: 'chart_trend',
        kind: 'chart',
        chart: 'line',
        titleKey: title('cockpit.trend'),
        source: 'churn_month',
        measures: ['churn_rate'],
        dimension: { field: 'month' },
        period: 'last24Months',
        warningLine: 0.05,
      },
      at: { x: 0, y: 6, w: 8, h: 8 },
    },
    {
      widget: {
        id: 'chart_tiers',
        kind: 'chart',
        chart: 'ring',
        titleKey: title('cockpit.tiers'),
        source: 'customer',
        measures: ['customers'],
        dimension: { field: 'tier' },
        filter: scored,
      },
      at: { x: 8, y: 6, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'chart_reasons',
        kind: 'chart',
        chart: 'bar',
        titleKey: title('cockpit.reasons'),
        source: 'customer',
        measures: ['at_risk_customers'],
        dimension: { field: 'top_reason' },
        sort: 'measureDesc',
        limit: 10,
      },
      at: { x: 0, y: 14, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'chart_value_risk',
        kind: 'chart',
        chart: 'heatmap',
        titleKey: title('cockpit.valueRisk'),
        source: 'customer',
        measures: ['customers'],
        dimension: { field: 'value_tier' },
        series: { field: 'tier' },
        filter: scored,
      },
      at: { x: 4, y: 14, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'chart_region',
        kind: 'chart',
        chart: 'bar',
        titleKey: title('cockpit.byRegion'),
        source: 'customer',
        measures: ['at_risk_customers'],
        dimension: { field: 'region' },
        hierarchy: 'geography',
        sort: 'measureDesc',
        limit: 20,
      },
      at: { x: 8, y: 14, w: 4, h: 8 },
    },
    {
      widget: {
        id: 'chart_cohorts',
        kind: 'chart',
        chart: 'heatmap',
        titleKey: title('cockpit.cohorts'),
        source: 'cohort_month',
        measures: ['retention_rate'],
        dimension: { field: 'period' },
        series: { field: 'cohort_month' },
        period: 'last12Months',
      },
      at: { x: 0, y: 22, w: 6, h: 10 },
    },
    {
      widget: {
        id: 'table_high_risk',
        kind: 'table',
        titleKey: title('cockpit.highRisk'),
        source: 'customer',
        mode: 'list',
        filter: is('tier', 'atRisk'),
        fields: ['owner', 'customer_id', 'name', 'health_score', 'churn_probability', 'top_reason', 'clv'],
        sort: [
          { key: 'owner', direction: 'asc' },
          { key: 'churn_probability', direction: 'desc' },
        ],
        groupBy: 'owner',
        limit: 50,
        rules: [probabilityRule, healthRule],
      },
      at: { x: 6, y: 22, w: 6, h: 10 },
    },
  ]);
}
