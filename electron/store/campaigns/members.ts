// Statements over campaign_members (the frozen assignment) and the page the members grid reads:
// each member with its frozen columns, its latest recorded contact and outcome, its cost.
import type { CampaignMember } from '../../../shared/contract/domains/campaigns';
import { parseOutcome } from '../../../shared/campaigns/outcome-values';
import type { BoundValue } from '../../../shared/query';
import type { Db } from '../database';

export interface MemberWrite {
  readonly customerId: string;
  readonly group: 'treatment' | 'control';
  readonly stratum: string | null;
  readonly owner: string | null;
  readonly tier: string | null;
  readonly valueRisk: string | null;
  readonly clv: number | null;
  readonly churnProbability: number | null;
}

export function insertMembers(db: Db, campaignId: string, members: readonly MemberWrite[], assignedAt: string): void {
  const insert = db.prepare(
    `INSERT INTO campaign_members (campaign_id, customer_id, grp, stratum, owner, tier, value_risk, clv, churn_probability, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of members) insert.run(campaignId, m.customerId, m.group, m.stratum, m.owner, m.tier, m.valueRisk, m.clv, m.churnProbability, assignedAt);
}

export function memberGroup(db: Db, campaignId: string, customerId: string): { group: 'treatment' | 'control'; owner: string | null } | undefined {
  return db.prepare('SELECT grp AS "group", owner FROM campaign_members WHERE campaign_id = ? AND customer_id = ?').get(campaignId, customerId) as
    { group: 'treatment' | 'control'; owner: string | null } | undefined;
}

export interface MemberQuery {
  readonly group?: 'treatment' | 'control' | undefined;
  readonly owner?: string | undefined;
  readonly search?: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

interface MemberRow {
  readonly customer_id: string;
  readonly name: string | null;
  readonly owner: string | null;
  readonly grp: 'treatment' | 'control';
  readonly stratum: string | null;
  readonly tier: string | null;
  readonly value_risk: string | null;
  readonly clv: number | null;
  readonly churn_probability: number | null;
  readonly action_date: string | null;
  readonly kind: string | null;
  readonly outcome: string | null;
  readonly cost: number | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function memberPage(db: Db, campaignId: string, query: MemberQuery): { rows: CampaignMember[]; total: number } {
  const where = ['m.campaign_id = ?'];
  const params: BoundValue[] = [campaignId];
  if (query.group) {
    where.push('m.grp = ?');
    params.push(query.group);
  }
  if (query.owner !== undefined) {
    where.push(query.owner === '' ? "coalesce(m.owner, '') = ''" : 'm.owner = ?');
    if (query.owner !== '') params.push(query.owner);
  }
  if (query.search !== undefined && query.search.trim() !== '') {
    const like = `%${escapeLike(query.search.trim())}%`;
    where.push(`(m.customer_id LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')`);
    params.push(like, like);
  }
  const joined = 'campaign_members m LEFT JOIN customers c ON c.customer_id = m.customer_id';
  const whereSql = where.join(' AND ');
  const total = db
    .prepare(`SELECT count(*) FROM ${joined} WHERE ${whereSql}`)
    .pluck()
    .get(...params) as number;
  // The latest action of each member: the contact and the outcome the grid shows; costs add up.
  const rows = db
    .prepare(
      `SELECT m.customer_id, c.name, m.owner, m.grp, m.stratum, m.tier, m.value_risk, m.clv, m.churn_probability,
              a.action_date, a.kind, a.outcome,
              (SELECT sum(x.cost) FROM actions x WHERE x.campaign_id = m.campaign_id AND x.customer_id = m.customer_id) AS cost
       FROM ${joined} LEFT JOIN actions a ON a.action_id = (SELECT y.action_id FROM actions y WHERE y.campaign_id = m.campaign_id AND y.customer_id = m.customer_id
         ORDER BY y.action_date DESC, y.action_id DESC LIMIT 1)
       WHERE ${whereSql}
       ORDER BY m.customer_id LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as MemberRow[];
  return {
    total,
    rows: rows.map((r) => {
      const outcome = r.outcome === null ? null : parseOutcome(r.outcome);
      return {
        customerId: r.customer_id,
        name: r.name,
        owner: r.owner,
        group: r.grp,
        stratum: r.stratum,
        tier: r.tier,
        valueRisk: r.value_risk,
        clv: r.clv,
        churnProbability: r.churn_probability,
        contactedOn: r.action_date !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.action_date.slice(0, 10)) ? r.action_date.slice(0, 10) : null,
        kind: r.kind,
        outcome: outcome === null ? null : outcome === 1 ? 'success' : 'failure',
        cost: r.cost,
      };
    }),
  };
}
