// The dashboards an analyst starts from (PRODUCT.md §6 "Dashboards", the seeds' 管理驾驶舱):
// 流失预警驾驶舱 (the default), the monthly review, and the campaign review (an empty state until
// campaigns exist, issue 14). Titles are i18n keys of the 'dashboards' namespace, so a template
// reads in the analyst's language; a saved copy keeps the keys until the analyst types a title.
import type { FilterNode } from '../query/ast';
import { DashboardSpecSchema, type DashboardSpec, type LayoutItem, type TemplateId } from './dashboard';
import type { WidgetInput } from './widget';

const is = (field: string, value: string): FilterNode => ({ kind: 'condition', field, op: '=', value });
const scored: FilterNode = { kind: 'condition', field: 'tier', op: 'not_empty' };
const title = (key: string) => `dashboards:templates.${key}`;

interface Placed {
  widget: WidgetInput;
  at: Omit<LayoutItem, 'i'>;
}

function build(template: TemplateId, placed: readonly Placed[]): DashboardSpec {
  return DashboardSpecSchema.parse({
    schemaVersion: 1,
    template,
    widgets: placed.map((p) => p.widget),
    layout: placed.map((p) => ({ i: p.widget.id, ...p.at })),
  });
}

const churnThresholds = { direction: 'lowerIsBetter', amber: 0.03, red: 0.05 } as const;
const probabilityRule = { column: 'churn_probability', style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } } as const;
const healthRule = { column: 'health_score', style: 'bar', thresholds: { direction: 'higherIsBetter', amber: 60, red: 40 } } as const;

function cockpit(): DashboardSpec {
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

function monthly(): DashboardSpec {
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

function campaign(): DashboardSpec {
  return build('campaign', [
    { widget: { id: 'title', kind: 'text', textKey: title('campaign.title'), style: 'title' }, at: { x: 0, y: 0, w: 12, h: 2 } },
    { widget: { id: 'intro', kind: 'text', textKey: title('campaign.intro'), style: 'body' }, at: { x: 0, y: 2, w: 12, h: 3 } },
  ]);
}

const builders: Record<TemplateId, () => DashboardSpec> = { cockpit, monthly, campaign };

/** A fresh copy of a template's spec (callers may edit it). */
export function templateSpec(id: TemplateId): DashboardSpec {
  return builders[id]();
}
