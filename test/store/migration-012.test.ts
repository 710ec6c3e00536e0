// Migration 012 (the campaign_member source's view): one row per campaign × member with the
// frozen group and breakdowns, the outcome, the CLV (frozen, else the mart's) and the member's
// share of the campaign's cost under the effect's rule — recorded costs when any is positive,
// else cost per contact per treated member, else 0 for recorded zero costs, else unknown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration012 } from '../../electron/store/migrations/012-campaign-member-facts';
import { tempDir } from '../support/temp';

interface FactRow {
  campaign_id: string;
  customer_id: string;
  grp: string;
  success: number | null;
  clv: number | null;
  cost: number | null;
}

describe('migration 012: campaign member facts', () => {
  let t: ReturnType<typeof tempDir>;
  let ws: Workspace;
  beforeEach(async () => {
    t = tempDir();
    const path = join(t.dir, 'a.churn');
    const before = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version <= 11) });
    const db = before.db;
    const campaign = db.prepare('INSERT INTO campaigns (campaign_id, name, cost_per_contact, start_date) VALUES (?, ?, ?, ?)');
    campaign.run('REC', 'Recorded costs', 35, '2025-10-01');
    campaign.run('CPC', 'Cost per contact', 20, '2025-11-01');
    campaign.run('ZERO', 'Recorded zero', null, '2025-12-01');
    campaign.run('NONE', 'Nothing known', null, '2025-12-01');
    const action = db.prepare('INSERT INTO actions (campaign_id, customer_id, action_date, grp, cost) VALUES (?, ?, ?, ?, ?)');
    action.run('REC', 'A', '2025-10-03', 'treatment', 35);
    action.run('REC', 'A', '2025-10-20', 'treatment', 10);
    action.run('ZERO', 'A', '2025-12-02', 'treatment', 0);
    const member = db.prepare(
      `INSERT INTO campaign_members (campaign_id, customer_id, grp, owner, tier, value_risk, clv, success, assigned_at) VALUES (?, ?, ?, '王', 'atRisk', 'warning', ?, ?, '2025-10-01')`,
    );
    for (const id of ['REC', 'CPC', 'ZERO', 'NONE']) {
      member.run(id, 'A', 'treatment', 1200, 1);
      member.run(id, 'B', 'control', null, 0);
      member.run(id, 'C', 'treatment', null, null);
    }
    db.prepare(`INSERT INTO customer_mart (customer_id, clv) VALUES ('B', 800)`).run();
    before.close();
    ws = await openWorkspace(path, { migrations });
  });
  afterEach(() => {
    ws.close();
    t.cleanup();
  });

  it('is registered in order and brings the workspace to its version', () => {
    expect(migrations).toContain(migration012);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(12);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('gives one row per member with its outcome, CLV (frozen, else the mart’s) and cost share', () => {
    const rows = ws.db.prepare('SELECT campaign_id, customer_id, grp, success, clv, cost FROM campaign_member_facts ORDER BY campaign_id, customer_id').all() as FactRow[];
    const byCampaign = (id: string) => rows.filter((r) => r.campaign_id === id).map((r) => [r.customer_id, r.grp, r.success, r.clv, r.cost]);
    // Recorded costs: each member's own actions (C and B had none).
    expect(byCampaign('REC')).toEqual([
      ['A', 'treatment', 1, 1200, 45],
      ['B', 'control', 0, 800, 0],
      ['C', 'treatment', null, null, 0],
    ]);
    // No recorded action: the cost per contact for each treated member.
    expect(byCampaign('CPC').map((r) => r[4])).toEqual([20, 0, 20]);
    expect(byCampaign('ZERO').map((r) => r[4])).toEqual([0, 0, 0]);
    expect(byCampaign('NONE').map((r) => r[4])).toEqual([null, null, null]);
    expect(ws.db.prepare(`SELECT campaign_name, start_date FROM campaign_member_facts WHERE campaign_id = 'CPC' LIMIT 1`).get()).toEqual({
      campaign_name: 'Cost per contact',
      start_date: '2025-11-01',
    });
  });

  it('follows the members: a deleted campaign leaves no row', () => {
    ws.db.pragma('foreign_keys = ON');
    ws.db.prepare(`DELETE FROM campaigns WHERE campaign_id = 'REC'`).run();
    expect(ws.db.prepare(`SELECT count(*) FROM campaign_member_facts WHERE campaign_id = 'REC'`).pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM campaign_member_facts').pluck().get()).toBe(9);
  });
});
