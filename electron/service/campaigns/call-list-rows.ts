// The treatment group's call list as rows, one group of rows per owner: the customer, its frozen
// tier and value × risk group (the mart's when none was frozen), health, churn probability, CLV,
// the top reason, the campaign's playbook, and the member's latest recorded contact — the
// columns a filled-in list needs to come back through campaign.importOutcomes.
import type { CellValue } from '../../../shared/export/neutralise';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import { callListLabels } from '../../export/call-list/labels';
import type { Db } from '../../store/database';
import { parseOutcome } from '../../../shared/campaigns/outcome-values';
import { requireCampaignRow } from '../../store/campaigns/campaign-rows';
import { playbookById } from '../../store/campaigns/playbooks';

export const CALL_LIST_COLUMNS = [
  'customerId',
  'name',
  'owner',
  'region',
  'city',
  'tier',
  'valueRisk',
  'healthScore',
  'churnProbability',
  'clv',
  'topReason',
  'playbook',
  'group',
  'date',
  'kind',
  'outcome',
  'cost',
] as const;
export type CallListColumnKey = (typeof CALL_LIST_COLUMNS)[number];

/** Number formats of the numeric columns (the rest are text). */
export const CALL_LIST_FORMATS: Partial<Record<CallListColumnKey, string>> = { healthScore: '0.0', churnProbability: '0.0%', clv: '"¥"#,##0.00', cost: '"¥"#,##0.00' };

interface Row {
  readonly customer_id: string;
  readonly name: string | null;
  readonly owner: string | null;
  readonly region: string | null;
  readonly city: string | null;
  readonly tier: string | null;
  readonly value_risk: string | null;
  readonly health_score: number | null;
  readonly churn_probability: number | null;
  readonly clv: number | null;
  readonly top_reason: string | null;
  readonly action_date: string | null;
  readonly kind: string | null;
  readonly outcome: string | null;
  readonly cost: number | null;
}

export interface OwnerRows {
  readonly owner: string | null;
  readonly rows: CellValue[][];
}

function playbookWords(db: Db, campaignId: string, locale: Locale): string | null {
  const row = requireCampaignRow(db, campaignId);
  const playbook = row.playbook_id === null ? null : playbookById(db, row.playbook_id);
  if (playbook?.name) return playbook.name;
  if (playbook?.builtin) return resources[locale]['campaign-words'].playbooks[playbook.builtin].name;
  return row.playbook;
}

export function callListRows(db: Db, campaignId: string, locale: Locale): OwnerRows[] {
  const labels = callListLabels(locale);
  const words = resources[locale]['campaign-words'];
  const reasonTypes: Record<string, string> = resources[locale].scoring.reasonTypes;
  const playbook = playbookWords(db, campaignId, locale);
  const rows = db
    .prepare(
      `SELECT m.customer_id, coalesce(c.name, cu.name) AS name, m.owner, c.region, c.city, coalesce(m.tier, c.tier) AS tier, coalesce(m.value_risk, c.value_risk) AS value_risk,
              c.health_score, coalesce(m.churn_probability, c.churn_probability) AS churn_probability, coalesce(m.clv, c.clv) AS clv, c.top_reason,
              a.action_date, a.kind, a.outcome, a.cost
       FROM campaign_members m
       LEFT JOIN customer_mart c ON c.customer_id = m.customer_id
       LEFT JOIN customers cu ON cu.customer_id = m.customer_id
       LEFT JOIN actions a ON a.action_id = (SELECT y.action_id FROM actions y WHERE y.campaign_id = m.campaign_id AND y.customer_id = m.customer_id
                                             ORDER BY y.action_date DESC, y.action_id DESC LIMIT 1)
       WHERE m.campaign_id = ? AND m.grp = 'treatment'
       ORDER BY m.owner IS NULL, m.owner, coalesce(c.churn_probability, 0) DESC, m.customer_id`,
    )
    .all(campaignId) as Row[];
  const byOwner = new Map<string | null, CellValue[][]>();
  for (const r of rows) {
    const outcome = r.outcome === null ? null : parseOutcome(r.outcome);
    const cells: Record<CallListColumnKey, CellValue> = {
      customerId: r.customer_id,
      name: r.name,
      owner: r.owner,
      region: r.region,
      city: r.city,
      tier: labels.value('tier', r.tier),
      valueRisk: labels.value('value_risk', r.value_risk),
      healthScore: r.health_score,
      churnProbability: r.churn_probability,
      clv: r.clv,
      topReason: r.top_reason === null ? null : (reasonTypes[r.top_reason] ?? r.top_reason),
      playbook,
      group: words.groups.treatment,
      date: r.action_date === null ? null : r.action_date.slice(0, 10),
      kind: r.kind,
      outcome: outcome === null ? r.outcome : words.outcomes[outcome === 1 ? 'success' : 'failure'],
      cost: r.cost,
    };
    const line = CALL_LIST_COLUMNS.map((k) => cells[k]);
    const list = byOwner.get(r.owner);
    if (list) list.push(line);
    else byOwner.set(r.owner, [line]);
  }
  return [...byOwner.entries()].map(([owner, lines]) => ({ owner, rows: lines }));
}
