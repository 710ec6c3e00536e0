// Every campaign member's outcome under its campaign's metric (campaign_members.success), kept
// current after each refresh (scoring/refresh.ts, inside the snapshot's transaction) and each
// outcome write, so the effect, the dashboards and the monthly report read one answer:
// - recorded: the member's latest action with an outcome, its words read as success / failure;
// - retention: not churned by the window's end (start + follow-up days), from the newest
//   snapshot's spells and churn dates; unknown (NULL) while the window reaches past the data date;
// - winback: a completed order within the window; NULL while the window is open and none came yet.
import { parseOutcome } from '../../../shared/campaigns/outcome-values';
import type { Db } from '../database';
import { martState } from '../analytics/mart-state';
import { dayOf, windowEnd } from './campaign-rows';
import { syncMembersFromActions } from './sync-members';

interface MeasuredCampaign {
  readonly campaign_id: string;
  readonly start_date: string | null;
  readonly follow_up_days: number;
  readonly outcome_metric: 'retention' | 'winback' | 'recorded';
}

/** The recorded metric of some members (all when omitted): their latest action with an outcome. */
export function measureRecorded(db: Db, campaignId: string, customerIds?: readonly string[]): number {
  const latest = db
    .prepare(
      `SELECT a.outcome FROM actions a WHERE a.campaign_id = ? AND a.customer_id = ? AND a.outcome IS NOT NULL AND trim(a.outcome) <> ''
     ORDER BY a.action_date DESC, a.action_id DESC LIMIT 1`,
    )
    .pluck();
  const ids = customerIds ?? (db.prepare('SELECT customer_id FROM campaign_members WHERE campaign_id = ?').pluck().all(campaignId) as string[]);
  const set = db.prepare('UPDATE campaign_members SET success = ? WHERE campaign_id = ? AND customer_id = ?');
  let measured = 0;
  for (const id of ids) {
    const outcome = latest.get(campaignId, id) as string | undefined;
    measured += set.run(outcome === undefined ? null : parseOutcome(outcome), campaignId, id).changes;
  }
  return measured;
}

function measureRetention(db: Db, c: MeasuredCampaign, dataDate: string | null): number {
  const end = windowEnd(c.start_date, c.follow_up_days);
  if (end === null || dataDate === null || end > dataDate) {
    return db.prepare('UPDATE campaign_members SET success = NULL WHERE campaign_id = ?').run(c.campaign_id).changes;
  }
  // Churned by the window's end: a spell that ended in the window, or a churn date on or before it.
  return db
    .prepare(
      `UPDATE campaign_members AS m SET success = CASE
         WHEN mart.customer_id IS NULL THEN NULL
         WHEN EXISTS (SELECT 1 FROM customer_spells s WHERE s.customer_id = m.customer_id AND s.end_date IS NOT NULL AND s.end_date >= ? AND s.end_date <= ?) THEN 0
         WHEN mart.churn_date IS NOT NULL AND mart.churn_date <= ? THEN 0
         ELSE 1 END
       FROM (SELECT m2.customer_id AS member_id, cm.customer_id, cm.churn_date FROM campaign_members m2 LEFT JOIN customer_mart cm ON cm.customer_id = m2.customer_id WHERE m2.campaign_id = ?) AS mart
       WHERE m.campaign_id = ? AND m.customer_id = mart.member_id`,
    )
    .run(dayOf(c.start_date), end, end, c.campaign_id, c.campaign_id).changes;
}

function measureWinback(db: Db, c: MeasuredCampaign, dataDate: string | null): number {
  const end = windowEnd(c.start_date, c.follow_up_days);
  if (end === null) return db.prepare('UPDATE campaign_members SET success = NULL WHERE campaign_id = ?').run(c.campaign_id).changes;
  const open = dataDate === null || end > dataDate ? 1 : 0;
  return db
    .prepare(
      `UPDATE campaign_members SET success = CASE
         WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = campaign_members.customer_id AND o.status = 'completed' AND o.order_date >= ? AND o.order_date <= ? || 'T99') THEN 1
         WHEN ? = 1 THEN NULL ELSE 0 END
       WHERE campaign_id = ?`,
    )
    .run(dayOf(c.start_date), end, open, c.campaign_id).changes;
}

/** Returns how many members were measured. */
export function measureCampaignOutcomes(db: Db, campaignId?: string): number {
  syncMembersFromActions(db, campaignId);
  const campaigns = db
    .prepare(`SELECT campaign_id, start_date, follow_up_days, outcome_metric FROM campaigns ${campaignId === undefined ? '' : 'WHERE campaign_id = ?'}`)
    .all(...(campaignId === undefined ? [] : [campaignId])) as MeasuredCampaign[];
  const dataDate = martState(db)?.asOf ?? null;
  let measured = 0;
  for (const c of campaigns) {
    if (c.outcome_metric === 'recorded') measured += measureRecorded(db, c.campaign_id);
    else if (c.outcome_metric === 'retention') measured += measureRetention(db, c, dataDate);
    else measured += measureWinback(db, c, dataDate);
  }
  return measured;
}
