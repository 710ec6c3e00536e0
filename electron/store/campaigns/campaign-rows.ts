// Statements over the campaigns table and what a campaign row says about its groups, contacts
// and outcomes (shared/contract/domains/campaigns.ts Campaign). Interpretation of the audience
// JSON is zod's; a row written by an import or the demo may lack it (null).
import { CampaignAudienceSchema, type Campaign, type CampaignAudience, type OutcomeMetric } from '../../../shared/contract/domains/campaigns';
import type { Db } from '../database';
import { martState } from '../analytics/mart-state';
import { campaignNotFound } from './errors';

export interface CampaignRow {
  readonly campaign_id: string;
  readonly name: string;
  readonly playbook: string | null;
  readonly playbook_id: number | null;
  readonly playbook_channel: string | null;
  readonly channel: string | null;
  readonly owner: string | null;
  readonly cost_per_contact: number | null;
  readonly start_date: string | null;
  readonly end_date: string | null;
  readonly follow_up_days: number;
  readonly control_share: number | null;
  readonly seed: number | null;
  readonly stratify: 'none' | 'tier';
  readonly outcome_metric: OutcomeMetric;
  readonly audience: string | null;
  readonly hypothesis: string;
  readonly notes: string;
  readonly next_steps: string;
  readonly assigned_at: string | null;
  readonly origin: 'app' | 'import' | 'data';
  readonly created_at: string | null;
  readonly updated_at: string | null;
}

const COLUMNS = `c.campaign_id, c.name, c.playbook, c.playbook_id, p.channel AS playbook_channel, c.channel, c.owner, c.cost_per_contact,
  c.start_date, c.end_date, c.follow_up_days, c.control_share, c.seed, c.stratify, c.outcome_metric, c.audience, c.hypothesis,
  c.notes, c.next_steps, c.assigned_at, c.origin, c.created_at, c.updated_at`;
const FROM = 'campaigns c LEFT JOIN playbooks p ON p.id = c.playbook_id';

export function campaignRow(db: Db, id: string): CampaignRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.campaign_id = ?`).get(id) as CampaignRow | undefined;
}

export function requireCampaignRow(db: Db, id: string): CampaignRow {
  const row = campaignRow(db, id);
  if (!row) throw campaignNotFound(id);
  return row;
}

/** Newest first: by start date, then by when it was made. */
export function allCampaignRows(db: Db): CampaignRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} ORDER BY coalesce(c.start_date, '') DESC, coalesce(c.created_at, '') DESC, c.campaign_id`).all() as CampaignRow[];
}

/** A stored date as a day 'YYYY-MM-DD' (an imported campaign may carry a time), or null when it is none. */
export function dayOf(value: string | null): string | null {
  if (value === null) return null;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(new Date(`${day}T00:00:00Z`).getTime()) ? day : null;
}

/** The last day of the follow-up window: the start date plus the follow-up days. */
export function windowEnd(start: string | null, followUpDays: number): string | null {
  const first = dayOf(start);
  if (first === null) return null;
  const day = new Date(`${first}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  day.setUTCDate(day.getUTCDate() + followUpDays);
  return day.toISOString().slice(0, 10);
}

export function parseAudience(text: string | null): CampaignAudience | null {
  if (text === null) return null;
  try {
    const parsed = CampaignAudienceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

interface Counts {
  readonly treatment: number;
  readonly control: number;
  readonly contacted: number;
  readonly outcomes: number;
  readonly cost: number;
}

function counts(db: Db, id: string): Counts {
  const members = db
    .prepare(`SELECT coalesce(sum(grp = 'treatment'), 0) AS treatment, coalesce(sum(grp = 'control'), 0) AS control FROM campaign_members WHERE campaign_id = ?`)
    .get(id) as { treatment: number; control: number };
  const actions = db
    .prepare(
      `SELECT count(DISTINCT CASE WHEN grp = 'treatment' THEN customer_id END) AS contacted,
              count(DISTINCT CASE WHEN outcome IS NOT NULL AND trim(outcome) <> '' THEN customer_id END) AS outcomes,
              coalesce(sum(cost), 0) AS cost
       FROM actions WHERE campaign_id = ?`,
    )
    .get(id) as { contacted: number; outcomes: number; cost: number };
  return { ...members, ...actions };
}

/** The date the status is judged on: the data's date once refreshed, else today. */
export function statusDate(db: Db): string {
  return martState(db)?.asOf ?? new Date().toISOString().slice(0, 10);
}

export function toCampaign(db: Db, row: CampaignRow, today: string = statusDate(db)): Campaign {
  const c = counts(db, row.campaign_id);
  const end = windowEnd(row.start_date, row.follow_up_days);
  const assigned = row.assigned_at !== null || c.treatment + c.control > 0;
  return {
    id: row.campaign_id,
    name: row.name,
    playbookId: row.playbook_id,
    playbookText: row.playbook,
    channel: row.channel ?? row.playbook_channel,
    owner: row.owner,
    startDate: dayOf(row.start_date),
    endDate: dayOf(row.end_date),
    followUpDays: row.follow_up_days,
    costPerContact: row.cost_per_contact,
    controlShare: row.control_share,
    seed: row.seed,
    stratify: row.stratify,
    outcomeMetric: row.outcome_metric,
    audience: parseAudience(row.audience),
    hypothesis: row.hypothesis,
    notes: row.notes,
    nextSteps: row.next_steps,
    status: !assigned ? 'draft' : end !== null && end <= today ? 'finished' : 'running',
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    groups: { treatment: c.treatment, control: c.control },
    contacted: c.contacted,
    outcomes: c.outcomes,
    recordedCost: Math.max(0, c.cost),
  };
}

export function readCampaign(db: Db, id: string): Campaign {
  return toCampaign(db, requireCampaignRow(db, id));
}
