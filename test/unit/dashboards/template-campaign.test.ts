// The campaign-review template over the campaign_member source: every widget evaluates, and its
// numbers equal an independent oracle over the member rows — rates over measured members,
// uplift = treatment rate − control rate, saved value and ROI as shared/uplift's campaignEffect
// computes them — per campaign, after a click on a campaign, and by owner and tier. Template
// titles exist in both languages.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import { DashboardFiltersSchema, type DashboardFiltersInput } from '../../../shared/dashboards/dashboard';
import { planPackage } from '../../../shared/dashboards/cube';
import { evaluateWidgets } from '../../../shared/dashboards/evaluate';
import { templateSpec } from '../../../shared/dashboards/templates';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import { dashboardsEn } from '../../../shared/i18n/messages/dashboards.en';
import { dashboardsZhCN } from '../../../shared/i18n/messages/dashboards.zh-CN';
import { campaignEffect } from '../../../shared/uplift/campaign-effect';
import { AS_OF, seeded, sqliteRunner } from './fixture';

interface Member {
  campaign: string;
  grp: 'treatment' | 'control';
  owner: string;
  tier: string;
  success: number | null;
  clv: number | null;
  cost: number;
}

const CAMPAIGNS = ['关怀回访 Q4', 'VIP 客服', '价格方案'] as const;
const OWNERS = ['王敏', '李强', '张伟'] as const;
const TIERS = ['healthy', 'watch', 'atRisk'] as const;

function members(): Member[] {
  const random = seeded(11);
  const out: Member[] = [];
  CAMPAIGNS.forEach((campaign, c) => {
    for (let i = 0; i < 150 + c * 40; i += 1) {
      const grp = random() < 0.2 ? 'control' : 'treatment';
      // A true uplift differing by campaign; some members not measured yet.
      const p = 0.55 + (grp === 'treatment' ? 0.05 * (c + 1) : 0);
      out.push({
        campaign,
        grp,
        owner: OWNERS[Math.floor(random() * OWNERS.length)] ?? '王敏',
        tier: TIERS[Math.floor(random() * TIERS.length)] ?? 'watch',
        success: random() < 0.1 ? null : random() < p ? 1 : 0,
        clv: random() < 0.05 ? null : Math.round(random() * 2_000_000) / 100,
        cost: grp === 'treatment' ? 20 + c * 15 : 0,
      });
    }
  });
  return out;
}

let db: Database.Database;
const rows = members();
beforeAll(() => {
  db = new Database(':memory:');
  db.exec(`CREATE TABLE campaign_member_facts (campaign_id TEXT, campaign_name TEXT, start_date TEXT, customer_id TEXT, grp TEXT, owner TEXT, tier TEXT,
    value_risk TEXT, success INTEGER, clv REAL, cost REAL)`);
  const insert = db.prepare('INSERT INTO campaign_member_facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  rows.forEach((m, i) => insert.run(`ID-${m.campaign}`, m.campaign, '2025-10-01', `C${i}`, m.grp, m.owner, m.tier, 'warning', m.success, m.clv, m.cost));
});
afterAll(() => db.close());

/** The oracle: what the campaign's effect is, from the member rows, through shared/uplift. */
function oracle(subset: readonly Member[]) {
  const measured = (g: string) => subset.filter((m) => m.grp === g && m.success !== null);
  const t = measured('treatment');
  const c = measured('control');
  const treatment = { n: t.length, successes: t.filter((m) => m.success === 1).length };
  const control = { n: c.length, successes: c.filter((m) => m.success === 1).length };
  const clvs = subset.filter((m) => m.grp === 'treatment' && m.clv !== null).map((m) => m.clv ?? 0);
  const meanClv = clvs.reduce((a, b) => a + b, 0) / clvs.length;
  const cost = subset.reduce((a, m) => a + m.cost, 0);
  return {
    treated: subset.filter((m) => m.grp === 'treatment').length,
    controls: subset.filter((m) => m.grp === 'control').length,
    cost,
    effect: campaignEffect({ treatment, control, meanClv, cost }),
  };
}

const spec = templateSpec('campaign');
const evaluate = (filters: DashboardFiltersInput = {}) =>
  evaluateWidgets(spec.widgets, { asOf: AS_OF, catalog: baseCatalog, filters: DashboardFiltersSchema.parse(filters), run: sqliteRunner(db) });
const byId = (results: readonly WidgetData[], id: string): WidgetData => {
  const found = results.find((r) => r.widgetId === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const column = (data: WidgetData, key: string) => data.columns.findIndex((c) => c.key === key);
const cell = (data: WidgetData, rowKey: string, key: string): unknown => data.rows.find((r) => r[0] === rowKey)?.[column(data, key)];

describe('the campaign-review template', () => {
  it('is more than an empty state: KPIs, charts and tables over campaign members, titled in both languages', () => {
    const sources = spec.widgets.flatMap((w) => (w.kind === 'text' ? [] : [w.source]));
    expect(sources.length).toBeGreaterThanOrEqual(8);
    expect(new Set(sources)).toEqual(new Set(['campaign_member']));
    const keys = spec.widgets.flatMap((w) => (w.kind === 'text' ? [w.textKey] : [w.titleKey])).map((k) => k?.replace('dashboards:templates.campaign.', ''));
    for (const key of keys) {
      expect(dashboardsZhCN.templates.campaign).toHaveProperty(key ?? '');
      expect(dashboardsEn.templates.campaign).toHaveProperty(key ?? '');
    }
  });

  it('evaluates every widget, and the KPIs over all campaigns equal the oracle', () => {
    const results = evaluate();
    for (const r of results) expect([r.widgetId, r.status]).toEqual([r.widgetId, 'ok']);
    const all = oracle(rows);
    expect(byId(results, 'kpi_treated').kpi?.value).toBe(all.treated);
    expect(byId(results, 'kpi_controls').kpi?.value).toBe(all.controls);
    expect(byId(results, 'kpi_treatment_rate').kpi?.value).toBeCloseTo(all.effect.treatmentRate, 12);
    expect(byId(results, 'kpi_control_rate').kpi?.value).toBeCloseTo(all.effect.controlRate, 12);
    expect(byId(results, 'kpi_uplift').kpi?.value).toBeCloseTo(all.effect.uplift, 12);
    expect(byId(results, 'kpi_roi').kpi?.value).toBeCloseTo(all.effect.roi?.estimate ?? NaN, 9);
    expect(byId(results, 'kpi_uplift').kpi?.format).toBe('percent');
  });

  it('per campaign: groups, rates, uplift, saved value, cost and ROI equal the effect of its members', () => {
    const results = evaluate();
    const groups = byId(results, 'chart_groups');
    const rates = byId(results, 'table_rates');
    const value = byId(results, 'table_value');
    expect(rates.rows.map((r) => r[0])).toEqual([...CAMPAIGNS].sort());
    for (const name of CAMPAIGNS) {
      const o = oracle(rows.filter((m) => m.campaign === name));
      expect(cell(groups, name, 'treated')).toBe(o.treated);
      expect(cell(groups, name, 'controls')).toBe(o.controls);
      expect(cell(rates, name, 'treatment_rate')).toBeCloseTo(o.effect.treatmentRate, 12);
      expect(cell(rates, name, 'control_rate')).toBeCloseTo(o.effect.controlRate, 12);
      expect(cell(rates, name, 'uplift')).toBeCloseTo(o.effect.uplift, 12);
      expect(cell(value, name, 'saved_value')).toBeCloseTo(o.effect.savedValue?.estimate ?? NaN, 6);
      expect(cell(value, name, 'campaign_cost')).toBeCloseTo(o.cost, 9);
      expect(cell(value, name, 'roi')).toBeCloseTo(o.effect.roi?.estimate ?? NaN, 9);
    }
    const chart = byId(results, 'chart_uplift');
    const uplifts = chart.rows.map((r) => r[column(chart, 'uplift')] as number);
    expect(uplifts).toEqual([...uplifts].sort((a, b) => b - a));
  });

  it('a click on a campaign filters the KPIs and the breakdowns to its members', () => {
    const name = CAMPAIGNS[1];
    const results = evaluate({ linkage: [{ widgetId: 'chart_uplift', field: 'campaign_name', values: [name] }] });
    const mine = rows.filter((m) => m.campaign === name);
    expect(byId(results, 'kpi_uplift').kpi?.value).toBeCloseTo(oracle(mine).effect.uplift, 12);
    const owners = byId(results, 'table_owner');
    for (const owner of OWNERS) expect(cell(owners, owner, 'uplift')).toBeCloseTo(oracle(mine.filter((m) => m.owner === owner)).effect.uplift, 12);
    const tiers = byId(results, 'table_tier');
    for (const tier of TIERS) expect(cell(tiers, tier, 'treatment_rate')).toBeCloseTo(oracle(mine.filter((m) => m.tier === tier)).effect.treatmentRate, 12);
  });

  it('a group with no measured member gives no rate and no uplift (NULL, not 0)', () => {
    db.prepare(`INSERT INTO campaign_member_facts VALUES ('ID-new', '新活动', '2025-12-01', 'N1', 'treatment', '王敏', 'watch', 'warning', NULL, 100, 20)`).run();
    const results = evaluate();
    expect(cell(byId(results, 'chart_groups'), '新活动', 'treated')).toBe(1);
    expect(cell(byId(results, 'table_rates'), '新活动', 'treatment_rate')).toBeNull();
    expect(cell(byId(results, 'table_rates'), '新活动', 'uplift')).toBeNull();
    expect(cell(byId(results, 'table_value'), '新活动', 'roi')).toBeNull();
    db.prepare(`DELETE FROM campaign_member_facts WHERE campaign_id = 'ID-new'`).run();
  });

  it('is not packaged into a dashboard file: no file carries campaign members', () => {
    const plan = planPackage([spec], baseCatalog);
    expect(plan.cubes).toEqual([]);
    const campaignIds = spec.widgets.filter((w) => w.kind !== 'text').map((w) => w.id);
    expect(plan.placements.filter((p) => p.notPackaged).map((p) => p.widget)).toEqual(campaignIds);
  });
});
