// Contacts and outcomes of members, as rows of the actions table (the same table imports fill),
// so an edited grid, an imported file and the data's own actions are measured alike
// (measure-outcomes.ts). A hand edit changes the member's latest action, or adds one.
import type { Db } from '../database';
import { campaignNotAssigned } from './errors';
import { requireCampaignRow } from './campaign-rows';
import { measureRecorded } from './measure-outcomes';
import { memberGroup } from './members';

export interface ActionWrite {
  readonly campaignId: string;
  readonly customerId: string;
  readonly date: string;
  readonly owner: string | null;
  readonly kind: string | null;
  readonly cost: number | null;
  readonly group: 'treatment' | 'control';
  /** Stored as written ('success' / 'failure' from the app; the file's own words from an import). */
  readonly outcome: string | null;
}

export function insertAction(db: Db, a: ActionWrite): void {
  db.prepare(`INSERT INTO actions (campaign_id, customer_id, action_date, owner, kind, cost, grp, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.campaignId,
    a.customerId,
    a.date,
    a.owner,
    a.kind,
    a.cost,
    a.group,
    a.outcome,
  );
}

export interface OutcomeEdit {
  readonly customerId: string;
  readonly date?: string | undefined;
  readonly kind?: string | undefined;
  readonly outcome: 'success' | 'failure' | null;
  readonly cost?: number | undefined;
}

export function recordOutcomes(
  db: Db,
  campaignId: string,
  edits: readonly OutcomeEdit[],
  today: string = new Date().toISOString().slice(0, 10),
): { updated: number; notMembers: string[] } {
  const campaign = requireCampaignRow(db, campaignId);
  if (db.prepare('SELECT 1 FROM campaign_members WHERE campaign_id = ? LIMIT 1').get(campaignId) === undefined) throw campaignNotAssigned(campaignId);
  const latest = db.prepare('SELECT action_id FROM actions WHERE campaign_id = ? AND customer_id = ? ORDER BY action_date DESC, action_id DESC LIMIT 1').pluck();
  const update = db.prepare('UPDATE actions SET action_date = coalesce(?, action_date), kind = coalesce(?, kind), cost = coalesce(?, cost), outcome = ? WHERE action_id = ?');
  const notMembers: string[] = [];
  const edited: string[] = [];
  for (const edit of edits) {
    const member = memberGroup(db, campaignId, edit.customerId);
    if (!member) {
      notMembers.push(edit.customerId);
      continue;
    }
    const actionId = latest.get(campaignId, edit.customerId) as number | undefined;
    if (actionId !== undefined) update.run(edit.date ?? null, edit.kind ?? null, edit.cost ?? null, edit.outcome, actionId);
    else {
      insertAction(db, {
        campaignId,
        customerId: edit.customerId,
        date: edit.date ?? (campaign.start_date !== null && campaign.start_date > today ? campaign.start_date : today),
        owner: member.owner,
        kind: edit.kind ?? null,
        cost: edit.cost ?? (member.group === 'treatment' ? campaign.cost_per_contact : null),
        group: member.group,
        outcome: edit.outcome,
      });
    }
    edited.push(edit.customerId);
  }
  // Only the recorded metric reads these outcomes; retention and win-back come from the data.
  if (campaign.outcome_metric === 'recorded') measureRecorded(db, campaignId, edited);
  return { updated: edited.length, notMembers };
}
