// Migration 011 (warnings, playbooks, campaign members): the default rules and playbooks are
// seeded, a campaign already in the workspace gets its members from its actions' groups and its
// follow-up window from its attributes, and the tables refuse what the state machine never writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration011 } from '../../electron/store/migrations/011-warnings-campaigns';
import { FilterNodeSchema } from '../../shared/query/ast';
import { tempDir } from '../support/temp';

const NOW = '2026-01-01T00:00:00Z';

describe('migration 011: warnings and campaigns', () => {
  let t: ReturnType<typeof tempDir>;
  let ws: Workspace;
  beforeEach(async () => {
    t = tempDir();
    const path = join(t.dir, 'a.churn');
    const before = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version <= 10) });
    const db = before.db;
    db.prepare(
      `INSERT INTO campaigns (campaign_id, name, playbook, cost_per_contact, start_date, end_date, control_share, seed, attributes) VALUES ('C1', 'Care', 'call', 35, '2025-10-01', '2025-11-30', 0.2, 7, '{"follow_up_days":60}')`,
    ).run();
    db.prepare(`INSERT INTO campaigns (campaign_id, name, attributes) VALUES ('C2', 'No actions', 'not json')`).run();
    const action = db.prepare('INSERT INTO actions (campaign_id, customer_id, action_date, owner, kind, cost, grp, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    action.run('C1', 'A', '2025-10-03', '王', 'care_call', 35, 'treatment', 'retained');
    action.run('C1', 'A', '2025-10-20', '王', 'follow_up', 10, 'treatment', null);
    action.run('C1', 'B', '2025-10-01', '李', 'holdout', 0, 'control', 'churned');
    action.run('ORPHAN', 'Z', '2025-10-01', null, null, 0, 'control', null);
    before.close();
    ws = await openWorkspace(path, { migrations });
  });
  afterEach(() => {
    ws.close();
    t.cleanup();
  });

  it('is registered in order and brings the workspace to version 11', () => {
    expect(migrations).toContain(migration011);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(11);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('seeds the three default rules of PRODUCT.md §6 with conditions the filter schema accepts', () => {
    const rows = ws.db.prepare('SELECT builtin, name, condition, severity, enabled FROM warning_rules ORDER BY id').all() as {
      builtin: string;
      name: string | null;
      condition: string;
      severity: string;
      enabled: number;
    }[];
    expect(rows.map((r) => [r.builtin, r.severity, r.enabled, r.name])).toEqual([
      ['lowHealthHighValue', 'high', 1, null],
      ['scoreDrop', 'medium', 1, null],
      ['overdueCycle', 'medium', 1, null],
    ]);
    for (const r of rows) expect(FilterNodeSchema.safeParse(JSON.parse(r.condition)).success).toBe(true);
    // Lower is better for health: strictly below 40; a drop of exactly 15 counts; two cycles exactly count.
    expect((JSON.parse(rows[0]!.condition) as { children: unknown[] }).children[0]).toEqual({ kind: 'condition', field: 'health_score', op: '<', value: 40 });
    expect(JSON.parse(rows[1]!.condition)).toEqual({ kind: 'condition', field: 'health_change', op: '<=', value: -15 });
    expect(JSON.parse(rows[2]!.condition)).toEqual({ kind: 'condition', field: 'overdue_ratio', op: '>=', value: 2 });
  });

  it('seeds the six playbooks of the seeds with channels, costs and where they apply', () => {
    const rows = ws.db.prepare('SELECT code, channel, cost_per_contact AS cost, value_risk, reason_types FROM playbooks ORDER BY id').all() as {
      code: string;
      channel: string;
      cost: number;
      value_risk: string;
      reason_types: string;
    }[];
    expect(rows.map((r) => r.code)).toEqual(['exclusiveOffer', 'vipService', 'careCall', 'productTraining', 'pricingPlan', 'competitorComparison']);
    expect(rows.every((r) => r.cost > 0 && (JSON.parse(r.value_risk) as string[]).length > 0 && (JSON.parse(r.reason_types) as string[]).length > 0)).toBe(true);
  });

  it('gives existing campaigns their members (first action’s group), window and metric', () => {
    const members = ws.db.prepare('SELECT campaign_id, customer_id, grp, owner, assigned_at FROM campaign_members ORDER BY customer_id').all();
    expect(members).toEqual([
      { campaign_id: 'C1', customer_id: 'A', grp: 'treatment', owner: '王', assigned_at: '2025-10-03' },
      { campaign_id: 'C1', customer_id: 'B', grp: 'control', owner: '李', assigned_at: '2025-10-01' },
    ]);
    const campaigns = ws.db.prepare('SELECT campaign_id, follow_up_days, outcome_metric, assigned_at, origin FROM campaigns ORDER BY campaign_id').all();
    expect(campaigns).toEqual([
      { campaign_id: 'C1', follow_up_days: 60, outcome_metric: 'recorded', assigned_at: '2025-10-01', origin: 'data' },
      { campaign_id: 'C2', follow_up_days: 90, outcome_metric: 'retention', assigned_at: null, origin: 'data' },
    ]);
  });

  it('keeps one armed warning per rule × customer and refuses states the machine never writes', () => {
    const insert = ws.db.prepare(
      `INSERT INTO warnings (rule_id, customer_id, state, severity, fired_snapshot_id, fired_on, last_seen_snapshot_id, last_seen_on, cleared_snapshot_id, updated_at) VALUES (1, 'A', ?, 'high', 1, '2025-01-31', 1, '2025-01-31', ?, '${NOW}')`,
    );
    insert.run('open', null);
    expect(() => insert.run('open', null)).toThrow(/UNIQUE/);
    expect(() => insert.run('expired', null)).toThrow(/CHECK/);
    expect(() => insert.run('snoozed', 2)).toThrow(/CHECK/);
    ws.db.prepare('UPDATE warnings SET cleared_snapshot_id = 2, state = ? WHERE customer_id = ?').run('expired', 'A');
    expect(() => insert.run('open', null)).not.toThrow();
    expect(ws.db.prepare('SELECT count(*) FROM warnings').pluck().get()).toBe(2);
  });

  it('deletes a rule’s warnings with it and a campaign’s members with it', () => {
    ws.db.pragma('foreign_keys = ON');
    ws.db
      .prepare(
        `INSERT INTO warnings (rule_id, customer_id, state, severity, fired_snapshot_id, fired_on, last_seen_snapshot_id, last_seen_on, updated_at) VALUES (2, 'A', 'open', 'medium', 1, '2025-01-31', 1, '2025-01-31', '${NOW}')`,
      )
      .run();
    ws.db.prepare('DELETE FROM warning_rules WHERE id = 2').run();
    expect(ws.db.prepare('SELECT count(*) FROM warnings').pluck().get()).toBe(0);
    ws.db.prepare(`DELETE FROM campaigns WHERE campaign_id = 'C1'`).run();
    expect(ws.db.prepare('SELECT count(*) FROM campaign_members').pluck().get()).toBe(0);
  });
});
