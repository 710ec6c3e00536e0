// A workspace whose customer mart holds a handful of scored customers for the call-list tests:
// contact attributes (a phone stored as a JSON number, an email, a WeChat id that is a formula),
// hostile text in every kind of column, a 40,000-character name, a customer not scored yet, and
// one the test filters out. Rows go straight into customer_mart: the export reads nothing else.
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { workspaceCatalog } from '../../electron/store/analytics/workspace-catalog';
import { compileFilter, sqliteDialect, type FilterNode } from '../../shared/query';
import type { MembersWhere } from '../../electron/export/call-list/member-pages';
import type { Db } from '../../electron/store/database';

export const LONG_NAME = `长${'x'.repeat(39_999)}`;
export const HOSTILE_FORMULA = `=cmd|' /C calc'!A0`;

export interface MartRow {
  customer_id: string;
  name?: string | null;
  owner?: string | null;
  region?: string | null;
  city?: string | null;
  attributes?: Record<string, unknown> | null;
  lifecycle?: string | null;
  tier?: string | null;
  health_score?: number | null;
  churn_probability?: number | null;
  reasons?: [string, string, number][] | null;
  value_tier?: string | null;
  value_risk?: string | null;
  clv?: number | null;
}

export const FIXTURE_ROWS: MartRow[] = [
  {
    customer_id: 'C001',
    name: '张伟',
    owner: '李经理',
    region: '华东',
    city: '上海',
    attributes: { 手机: 13800138000, Email: 'zhang@example.cn', 'wechat id': HOSTILE_FORMULA, employees: 12 },
    lifecycle: 'active',
    tier: 'atRisk',
    health_score: 35.5,
    churn_probability: 0.83,
    reasons: [
      ['satisfaction_avg', 'service', 0.9],
      ['recency_days', 'engagement', 0.4],
      ['price_signals_90d', 'price', 0.2],
      ['nps_avg', 'experience', 0.1],
    ],
    value_tier: 'high',
    value_risk: 'warning',
    clv: 12345.678,
  },
  {
    customer_id: 'C002',
    name: '@SUM(1)',
    owner: '+1',
    region: '-1',
    city: '\tTab',
    attributes: { 手机: '+86 139 0000 0000', Email: '=HYPERLINK("http://evil.example")', 'wechat id': null, employees: 3 },
    lifecycle: 'active',
    tier: 'watch',
    health_score: 61,
    churn_probability: 0.25,
    reasons: [['competitor_signals_90d', 'competition', 0.5]],
    value_tier: 'high',
    value_risk: 'highValue',
    clv: 800,
  },
  {
    customer_id: 'C003',
    name: '\rCR',
    owner: '\nLF',
    region: '|pipe',
    city: '%pct',
    attributes: { employees: 40 },
    lifecycle: 'churned',
    tier: 'healthy',
    health_score: 80,
    churn_probability: 0.05,
    reasons: [],
    value_tier: 'low',
    value_risk: 'lowValue',
    clv: 0,
  },
  { customer_id: 'C004', name: LONG_NAME, owner: 'Ann "the, closer"', region: '华南', city: '广州', value_risk: 'potential', reasons: [['recency_days', 'engagement', 0.3]] },
  { customer_id: 'C005', name: '未评分客户', region: '华南' },
  { customer_id: 'C006', name: '排除的客户', region: '华北', value_risk: 'warning' },
];

/** Everyone but the 华北 customer. */
export const FIXTURE_FILTER: FilterNode = { kind: 'condition', field: 'region', op: '!=', value: '华北' };
export const FIXTURE_MEMBERS = FIXTURE_ROWS.filter((r) => r.region !== '华北');

export function insertMartRows(db: Db, rows: readonly MartRow[]): void {
  const insert =
    db.prepare(`INSERT INTO customer_mart (customer_id, name, owner, region, city, attributes, lifecycle, tier, health_score, churn_probability, reasons, value_tier, value_risk, clv)
    VALUES (@customer_id, @name, @owner, @region, @city, @attributes, @lifecycle, @tier, @health_score, @churn_probability, @reasons, @value_tier, @value_risk, @clv)`);
  db.transaction(() => {
    for (const r of rows) {
      insert.run({
        customer_id: r.customer_id,
        name: r.name ?? null,
        owner: r.owner ?? null,
        region: r.region ?? null,
        city: r.city ?? null,
        attributes: r.attributes ? JSON.stringify(r.attributes) : null,
        lifecycle: r.lifecycle ?? null,
        tier: r.tier ?? null,
        health_score: r.health_score ?? null,
        churn_probability: r.churn_probability ?? null,
        reasons: r.reasons ? JSON.stringify(r.reasons) : null,
        value_tier: r.value_tier ?? null,
        value_risk: r.value_risk ?? null,
        clv: r.clv ?? null,
      });
    }
  })();
}

export async function fixtureWorkspace(dir: string): Promise<Workspace> {
  const ws = await openWorkspace(join(dir, 'call-list.churn'), { create: true });
  insertMartRows(ws.db, FIXTURE_ROWS);
  return ws;
}

/** The members' WHERE as the segments store compiles it: the core's compiler over the workspace catalog. */
export function compileMembers(db: Db, filter: FilterNode): MembersWhere {
  const catalog = workspaceCatalog(db);
  return compileFilter(filter, { resolveField: (id) => catalog.field('customer', id), dialect: sqliteDialect, asOf: '2026-01-01' });
}
