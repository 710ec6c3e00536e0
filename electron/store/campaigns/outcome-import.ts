// An outcome file's rows written to a campaign (campaign.importOutcomes), in the caller's
// transaction. For a campaign with groups each row is a member's contact and outcome (a row of
// a customer outside the groups, or in the other group, is rejected). Without a campaign, or for
// one with no groups yet, the file's groups create them: an experiment run elsewhere, analysed
// here with the recorded outcome as its metric.
import { AppError } from '../../../shared/contract/errors';
import type { Group } from '../../../shared/campaigns/draw';
import type { OutcomeRecord, OutcomeRejectCode } from '../../../shared/campaigns/outcome-rows';
import type { OutcomeColumn } from '../../../shared/campaigns/outcome-columns';
import type { Db } from '../database';
import { requireCampaignRow } from './campaign-rows';
import { newCampaignId } from './campaign-writes';
import { measureCampaignOutcomes } from './measure-outcomes';
import { insertMembers } from './members';
import { insertAction } from './outcome-writes';

export interface FileRow {
  /** 1-based row of the source file. */
  readonly row: number;
  readonly record: OutcomeRecord;
}

export interface FileReject {
  readonly row: number;
  readonly column: OutcomeColumn | null;
  readonly code: OutcomeRejectCode;
  readonly value: string | null;
}

export interface OutcomeFileInput {
  readonly campaignId?: string | undefined;
  /** The new campaign's name (created from the file). */
  readonly name: string;
  /** The file's name, for the refusals' params. */
  readonly file: string;
  readonly hasGroupColumn: boolean;
  readonly rows: readonly FileRow[];
}

export interface OutcomeFileResult {
  readonly campaignId: string;
  readonly created: boolean;
  readonly imported: number;
  readonly rejects: FileReject[];
}

function hasMembers(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM campaign_members WHERE campaign_id = ? LIMIT 1').get(id) !== undefined;
}

interface Member {
  readonly group: Group;
  readonly owner: string | null;
}

/** Each customer's group as the file first gives it; later rows that contradict it are rejected. */
function groupsFromFile(rows: readonly FileRow[], rejects: FileReject[]): { members: Map<string, Group>; accepted: FileRow[] } {
  const members = new Map<string, Group>();
  const accepted: FileRow[] = [];
  for (const r of rows) {
    const { customerId, group } = r.record;
    if (group === null) {
      rejects.push({ row: r.row, column: 'group', code: 'missingGroup', value: null });
      continue;
    }
    const known = members.get(customerId);
    if (known !== undefined && known !== group) {
      rejects.push({ row: r.row, column: 'group', code: 'groupConflict', value: group });
      continue;
    }
    members.set(customerId, group);
    accepted.push(r);
  }
  return { members, accepted };
}

export function applyOutcomeFile(db: Db, input: OutcomeFileInput, now: string = new Date().toISOString()): OutcomeFileResult {
  const existing = input.campaignId === undefined ? undefined : requireCampaignRow(db, input.campaignId);
  const drawing = existing === undefined || !hasMembers(db, existing.campaign_id);
  if (drawing && !input.hasGroupColumn) {
    throw new AppError('INVALID_INPUT', `${input.file}: no group column for a campaign without groups`, {
      reason: 'outcomeColumnsMissing',
      params: { file: input.file, missing: 'group' },
    });
  }
  const rejects: FileReject[] = [];
  const memberOf = new Map<string, Member>();
  let accepted: FileRow[];
  if (drawing) {
    const fromFile = groupsFromFile(input.rows, rejects);
    accepted = fromFile.accepted;
    const owner = db.prepare('SELECT owner FROM customers WHERE customer_id = ?').pluck();
    for (const [id, group] of fromFile.members) memberOf.set(id, { group, owner: (owner.get(id) as string | null | undefined) ?? null });
  } else {
    const member = db.prepare('SELECT grp AS "group", owner FROM campaign_members WHERE campaign_id = ? AND customer_id = ?');
    accepted = [];
    for (const r of input.rows) {
      const m = member.get(existing?.campaign_id, r.record.customerId) as Member | undefined;
      if (!m) rejects.push({ row: r.row, column: 'customer', code: 'notMember', value: r.record.customerId });
      else if (r.record.group !== null && r.record.group !== m.group) rejects.push({ row: r.row, column: 'group', code: 'groupMismatch', value: r.record.group });
      else {
        memberOf.set(r.record.customerId, m);
        accepted.push(r);
      }
    }
  }
  if (accepted.length === 0) throw new AppError('INVALID_INPUT', `${input.file}: no row could be recorded`, { reason: 'outcomeFileEmpty', params: { file: input.file } });

  const today = now.slice(0, 10);
  const dates = accepted.map((r) => r.record.date).filter((d): d is string => d !== null);
  const first = dates.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);
  const last = dates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  let campaignId: string;
  if (existing === undefined) {
    campaignId = newCampaignId(db, new Date(now));
    db.prepare(
      `INSERT INTO campaigns (campaign_id, name, start_date, end_date, stratify, outcome_metric, origin, assigned_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'none', 'recorded', 'import', ?, ?, ?)`,
    ).run(campaignId, input.name, first ?? today, last ?? first ?? today, now, now, now);
  } else {
    campaignId = existing.campaign_id;
    if (drawing) {
      db.prepare(
        `UPDATE campaigns SET outcome_metric = 'recorded', assigned_at = ?, start_date = coalesce(start_date, ?), end_date = coalesce(end_date, ?), updated_at = ? WHERE campaign_id = ?`,
      ).run(now, first ?? today, last ?? first ?? today, now, campaignId);
    }
  }
  if (drawing) {
    const mart = db.prepare('SELECT tier, value_risk AS valueRisk, clv, churn_probability AS churnProbability FROM customer_mart WHERE customer_id = ?');
    insertMembers(
      db,
      campaignId,
      [...memberOf.entries()].map(([customerId, m]) => {
        const frozen = mart.get(customerId) as { tier: string | null; valueRisk: string | null; clv: number | null; churnProbability: number | null } | undefined;
        return { customerId, group: m.group, stratum: null, owner: m.owner, tier: null, valueRisk: null, clv: null, churnProbability: null, ...frozen };
      }),
      now,
    );
  }
  const start = requireCampaignRow(db, campaignId).start_date ?? today;
  for (const { record } of accepted) {
    const member = memberOf.get(record.customerId);
    if (!member) continue;
    insertAction(db, {
      campaignId,
      customerId: record.customerId,
      date: record.date ?? start,
      owner: member.owner,
      kind: record.kind,
      cost: record.cost,
      group: member.group,
      outcome: record.outcome,
    });
  }
  measureCampaignOutcomes(db, campaignId);
  return { campaignId, created: existing === undefined, imported: accepted.length, rejects };
}
