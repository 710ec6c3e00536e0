// Writes to the campaigns table. A draft changes freely; once its groups are drawn only the
// name, owner, end date and the PDCA texts change (campaignAssigned), because the rest decides
// who was drawn and how they are measured. Ids read CMP-YYYYMMDD-xxxx (the day it was made).
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { CampaignWriteSchema } from '../../../shared/contract/domains/campaigns';
import type { Db } from '../database';
import { campaignAssigned } from './errors';
import { dayOf, requireCampaignRow } from './campaign-rows';
import { requirePlaybook } from './playbooks';

export type CampaignInput = z.output<typeof CampaignWriteSchema>;

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newCampaignId(db: Db, now: Date = new Date(), random: () => number = Math.random): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const exists = db.prepare('SELECT 1 FROM campaigns WHERE campaign_id = ?').pluck();
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 4; i++) suffix += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? '0';
    const id = `CMP-${day}-${suffix}`;
    if (exists.get(id) === undefined) return id;
  }
}

export function checkDates(start: string, end: string): void {
  if (end < start) throw new AppError('INVALID_INPUT', `campaign ends (${end}) before it starts (${start})`, { reason: 'campaignDatesInvalid', params: { start, end } });
}

function isAssigned(db: Db, id: string): boolean {
  const row = requireCampaignRow(db, id);
  return row.assigned_at !== null || db.prepare('SELECT 1 FROM campaign_members WHERE campaign_id = ? LIMIT 1').get(id) !== undefined;
}

/** The fields a drawn campaign may still change; anything else differing is refused. */
function assertOnlyOpenFieldsChange(db: Db, input: CampaignInput & { id: string }): void {
  const row = requireCampaignRow(db, input.id);
  const changed =
    input.startDate !== dayOf(row.start_date) ||
    input.playbookId !== row.playbook_id ||
    input.followUpDays !== row.follow_up_days ||
    // A campaign from a file or the data may have no recorded share: nothing to keep then.
    (row.control_share !== null && input.controlShare !== row.control_share) ||
    input.stratify !== row.stratify ||
    input.outcomeMetric !== row.outcome_metric ||
    (input.seed !== undefined && input.seed !== row.seed) ||
    input.costPerContact !== (row.cost_per_contact ?? 0) ||
    (row.audience !== null && JSON.stringify(input.audience) !== row.audience);
  if (changed) throw campaignAssigned(input.id);
}

/** Creates a draft (returns its id) or changes one; a drawn campaign takes only its open fields. */
export function writeCampaign(db: Db, input: CampaignInput, origin: 'app' | 'import' = 'app', now: string = new Date().toISOString()): string {
  checkDates(input.startDate, input.endDate);
  if (input.playbookId !== null) requirePlaybook(db, input.playbookId);
  const texts = [input.name, input.owner, input.endDate, input.hypothesis, input.notes, input.nextSteps];
  if (input.id !== undefined && isAssigned(db, input.id)) {
    assertOnlyOpenFieldsChange(db, { ...input, id: input.id });
    db.prepare('UPDATE campaigns SET name = ?, owner = ?, end_date = ?, hypothesis = ?, notes = ?, next_steps = ?, updated_at = ? WHERE campaign_id = ?').run(
      ...texts,
      now,
      input.id,
    );
    return input.id;
  }
  const draft = [
    input.playbookId,
    // A data campaign's playbook in words stays; an app campaign names its playbook by id.
    null,
    input.costPerContact,
    input.startDate,
    input.followUpDays,
    input.controlShare,
    input.seed ?? null,
    input.stratify,
    input.outcomeMetric,
    JSON.stringify(input.audience),
  ];
  if (input.id !== undefined) {
    db.prepare(
      `UPDATE campaigns SET name = ?, owner = ?, end_date = ?, hypothesis = ?, notes = ?, next_steps = ?, playbook_id = ?, playbook = coalesce(?, playbook), cost_per_contact = ?,
         start_date = ?, follow_up_days = ?, control_share = ?, seed = ?, stratify = ?, outcome_metric = ?, audience = ?, updated_at = ? WHERE campaign_id = ?`,
    ).run(...texts, ...draft, now, input.id);
    return input.id;
  }
  const id = newCampaignId(db, new Date(now));
  db.prepare(
    `INSERT INTO campaigns (campaign_id, name, owner, end_date, hypothesis, notes, next_steps, playbook_id, playbook, cost_per_contact, start_date, follow_up_days,
       control_share, seed, stratify, outcome_metric, audience, origin, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, ...texts, ...draft, origin, now, now);
  return id;
}

/** The campaign with its members (cascade) and its recorded actions. */
export function deleteCampaign(db: Db, id: string): boolean {
  requireCampaignRow(db, id);
  db.prepare('DELETE FROM actions WHERE campaign_id = ?').run(id);
  return db.prepare('DELETE FROM campaigns WHERE campaign_id = ?').run(id).changes > 0;
}
