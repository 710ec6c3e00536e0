// 挽回活动复盘, the campaign review (PRODUCT.md §5 "Effect of an action", issue 14): every
// campaign's groups, success rates of treatment and control, the uplift (treatment − control),
// saved value, cost and ROI, then the uplift by owner, risk tier and value × risk group (the
// effect's breakdowns). Over the catalog source campaign_member (shared/catalog/campaign-fields.ts),
// whose rates count measured members only, as computeCampaignEffect does; a click on a campaign
// filters the rest to it. Intervals and p-values are the Actions page's PDCA review and the
// monthly report's (they are not measures).
import type { DashboardSpec } from './dashboard';
import { build, title } from './template-parts';

// A table or chart shows at most three measures (WIDGET_MEASURES_MAX).
const RATES = ['treatment_rate', 'control_rate', 'uplift'];

export function campaign(): DashboardSpec {
  const kpi = (id: string, measure: string, x: number) => ({
    widget: { id, kind: 'kpi' as const, titleKey: title(`campaign.${measure}`), source: 'campaign_member' as const, measure },
    at: { x, y: 4, w: 2, h: 4 },
  });
  return build('campaign', [
    { widget: { id: 'title', kind: 'text', textKey: title('campaign.title'), style: 'title' }, at: { x: 0, y: 0, w: 12, h: 2 } },
    { widget: { id: 'intro', kind: 'text', textKey: title('campaign.intro'), style: 'body' }, at: { x: 0, y: 2, w: 12, h: 2 } },
    kpi('kpi_treated', 'treated', 0),
    kpi('kpi_controls', 'controls', 2),
    kpi('kpi_treatment_rate', 'treatment_rate', 4),
    kpi('kpi_control_rate', 'control_rate', 6),
    kpi('kpi_uplift', 'uplift', 8),
    kpi('kpi_roi', 'roi', 10),
    {
      widget: {
        id: 'chart_uplift',
        kind: 'chart',
        chart: 'bar',
        titleKey: title('campaign.upliftByCampaign'),
        source: 'campaign_member',
        measures: ['uplift'],
        dimension: { field: 'campaign_name' },
        sort: 'measureDesc',
        color: 'teal',
      },
      at: { x: 0, y: 8, w: 6, h: 8 },
    },
    {
      widget: {
        id: 'chart_groups',
        kind: 'chart',
        chart: 'bar',
        titleKey: title('campaign.groupsByCampaign'),
        source: 'campaign_member',
        measures: ['treated', 'controls'],
        dimension: { field: 'campaign_name' },
      },
      at: { x: 6, y: 8, w: 6, h: 8 },
    },
    {
      widget: {
        id: 'table_rates',
        kind: 'table',
        mode: 'aggregate',
        titleKey: title('campaign.ratesByCampaign'),
        source: 'campaign_member',
        dimensions: [{ field: 'campaign_name' }],
        measures: RATES,
      },
      at: { x: 0, y: 16, w: 6, h: 7 },
    },
    {
      widget: {
        id: 'table_value',
        kind: 'table',
        mode: 'aggregate',
        titleKey: title('campaign.valueByCampaign'),
        source: 'campaign_member',
        dimensions: [{ field: 'campaign_name' }],
        measures: ['saved_value', 'campaign_cost', 'roi'],
      },
      at: { x: 6, y: 16, w: 6, h: 7 },
    },
    {
      widget: {
        id: 'table_owner',
        kind: 'table',
        mode: 'aggregate',
        titleKey: title('campaign.byOwner'),
        source: 'campaign_member',
        dimensions: [{ field: 'owner' }],
        measures: RATES,
        sort: [{ key: 'uplift', direction: 'desc' }],
      },
      at: { x: 0, y: 23, w: 6, h: 8 },
    },
    {
      widget: {
        id: 'table_tier',
        kind: 'table',
        mode: 'aggregate',
        titleKey: title('campaign.byTier'),
        source: 'campaign_member',
        dimensions: [{ field: 'tier' }],
        measures: RATES,
      },
      at: { x: 6, y: 23, w: 6, h: 8 },
    },
    {
      widget: {
        id: 'table_value_risk',
        kind: 'table',
        mode: 'aggregate',
        titleKey: title('campaign.byValueRisk'),
        source: 'campaign_member',
        dimensions: [{ field: 'value_risk' }],
        measures: RATES,
      },
      at: { x: 0, y: 31, w: 6, h: 7 },
    },
  ]);
}
