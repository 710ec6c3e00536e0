// The campaign-review template on the demo workspace: its numbers for the demo's past campaign
// ("2025 Q4 流失预警关怀回访") equal computeCampaignEffect — group sizes, rates, uplift, saved value,
// cost, ROI, and the uplift by owner and by risk tier — so the dashboard, the PDCA review and the
// monthly report cannot disagree.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace, type DemoSummary } from '../../electron/demo/generate';
import { dashboardData } from '../../electron/service/dashboards/data';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { computeCampaignEffect } from '../../electron/store/campaigns/effect';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import type { CampaignEffect } from '../../shared/contract/domains/campaigns';
import { operations } from '../../shared/contract/operations';
import { templateSpec } from '../../shared/dashboards/templates';
import type { WidgetData } from '../../shared/dashboards/widget-data';
import { tempDir } from '../support/temp';

describe('the campaign-review template on the demo workspace', () => {
  const t = tempDir();
  let ws: Workspace;
  let demo: DemoSummary;
  let effect: CampaignEffect;
  let name: string;
  let results: WidgetData[];

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    demo = await createDemoWorkspace(path, { customers: 2000 });
    ws = await openWorkspace(path);
    // Scored, as an analyst's workspace is: the dashboards need a data date, and the refresh
    // measures the campaign's members (measureCampaignOutcomes) like every refresh does.
    runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
    effect = computeCampaignEffect(ws.db, demo.campaign.id);
    name = ws.db.prepare('SELECT name FROM campaigns WHERE campaign_id = ?').pluck().get(demo.campaign.id) as string;
    // A click on the demo campaign, as the analyst reviews it.
    const input = operations['dashboard.data'].input.parse({
      widgets: templateSpec('campaign').widgets,
      filters: { linkage: [{ widgetId: 'chart_uplift', field: 'campaign_name', values: [name] }] },
    });
    results = dashboardData(ws.db, input).results;
  }, 180_000);
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  const byId = (id: string): WidgetData => {
    const found = results.find((r) => r.widgetId === id);
    if (!found) throw new Error(`no result ${id}`);
    return found;
  };
  const cell = (data: WidgetData, rowKey: string | null, key: string): unknown => data.rows.find((r) => r[0] === rowKey)?.[data.columns.findIndex((c) => c.key === key)];

  it('evaluates every widget over the workspace', () => {
    for (const r of results) expect([r.widgetId, r.status, r.problem]).toEqual([r.widgetId, 'ok', undefined]);
    expect(effect.problem).toBeNull();
  });

  it('shows the effect’s groups, rates, uplift, saved value, cost and ROI', () => {
    expect(byId('kpi_treated').kpi?.value).toBe(effect.drawn.treatment);
    expect(byId('kpi_controls').kpi?.value).toBe(effect.drawn.control);
    expect(byId('kpi_treatment_rate').kpi?.value).toBeCloseTo(effect.treatment.rate ?? NaN, 12);
    expect(byId('kpi_control_rate').kpi?.value).toBeCloseTo(effect.control.rate ?? NaN, 12);
    expect(byId('kpi_uplift').kpi?.value).toBeCloseTo(effect.uplift ?? NaN, 12);
    expect(byId('kpi_roi').kpi?.value).toBeCloseTo(effect.roi?.estimate ?? NaN, 9);
    expect(cell(byId('table_rates'), name, 'uplift')).toBeCloseTo(effect.uplift ?? NaN, 12);
    const value = byId('table_value');
    expect(cell(value, name, 'saved_value')).toBeCloseTo(effect.savedValue?.estimate ?? NaN, 6);
    expect(cell(value, name, 'campaign_cost')).toBeCloseTo(effect.cost ?? NaN, 9);
    expect(cell(value, name, 'roi')).toBeCloseTo(effect.roi?.estimate ?? NaN, 9);
    // The demo's true effect is positive.
    expect(byId('kpi_uplift').kpi?.value).toBeGreaterThan(0);
  });

  it('breaks the uplift down by owner, tier and value × risk group as the effect does', () => {
    // The demo's owners split the campaign (its tiers may be one NULL group: frozen from the
    // snapshot before the campaign's start, which a fresh demo does not have).
    expect(effect.breakdowns.find((b) => b.by === 'owner')?.rows.length).toBeGreaterThan(1);
    for (const [by, widget] of [
      ['owner', 'table_owner'],
      ['tier', 'table_tier'],
      ['valueRisk', 'table_value_risk'],
    ] as const) {
      const rows = effect.breakdowns.find((b) => b.by === by)?.rows ?? [];
      const data = byId(widget);
      expect(rows.length).toBeGreaterThan(0);
      expect(data.rows).toHaveLength(rows.length);
      for (const row of rows) {
        expect(cell(data, row.key, 'treatment_rate')).toEqual(row.treatment.rate === null ? null : expect.closeTo(row.treatment.rate, 12));
        expect(cell(data, row.key, 'control_rate')).toEqual(row.control.rate === null ? null : expect.closeTo(row.control.rate, 12));
        expect(cell(data, row.key, 'uplift')).toEqual(row.uplift === null ? null : expect.closeTo(row.uplift, 12));
      }
    }
  });
});
