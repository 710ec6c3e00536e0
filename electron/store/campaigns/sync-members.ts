// Campaigns that arrive as data (import.run's campaigns and actions tables, the demo) carry their
// groups on their actions: each (campaign, customer) pair of the actions becomes a member with
// the group of its first action, as migration 011 did for the campaigns it found. A data
// campaign seen for the first time also takes its follow-up window from its attributes and the
// recorded outcome as its metric when its actions carry outcomes. Members with no frozen tier
// or value × risk group take them from the snapshot nearest at or before the campaign's start,
// when one exists, so its effect breaks down as the draw would have.
import type { Db } from '../database';

export function syncMembersFromActions(db: Db, campaignId?: string): number {
  const only = campaignId === undefined ? '' : 'AND a.campaign_id = ?';
  const onlyCampaign = campaignId === undefined ? '' : 'AND c.campaign_id = ?';
  const args = campaignId === undefined ? [] : [campaignId];
  const fresh = db
    .prepare(
      `SELECT c.campaign_id FROM campaigns c WHERE c.origin = 'data' AND c.assigned_at IS NULL ${onlyCampaign} AND EXISTS (SELECT 1 FROM actions a WHERE a.campaign_id = c.campaign_id)`,
    )
    .pluck()
    .all(...args) as string[];
  const added = db
    .prepare(
      `INSERT INTO campaign_members (campaign_id, customer_id, grp, owner, assigned_at)
       SELECT campaign_id, customer_id, grp, owner, action_date FROM (
         SELECT a.campaign_id, a.customer_id, a.grp, a.owner, a.action_date,
                row_number() OVER (PARTITION BY a.campaign_id, a.customer_id ORDER BY a.action_date, a.action_id) AS k
         FROM actions a JOIN campaigns c ON c.campaign_id = a.campaign_id
         WHERE c.origin <> 'app' ${only}
           AND NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = a.campaign_id AND m.customer_id = a.customer_id)
       ) WHERE k = 1`,
    )
    .run(...args).changes;
  const settle = db.prepare(
    `UPDATE campaigns SET
       follow_up_days = coalesce(CASE WHEN json_valid(attributes) AND CAST(json_extract(attributes, '$.follow_up_days') AS INTEGER) > 0
                                      THEN CAST(json_extract(attributes, '$.follow_up_days') AS INTEGER) END, follow_up_days),
       outcome_metric = CASE WHEN EXISTS (SELECT 1 FROM actions a WHERE a.campaign_id = campaigns.campaign_id AND a.outcome IS NOT NULL AND trim(a.outcome) <> '')
                             THEN 'recorded' ELSE outcome_metric END,
       assigned_at = coalesce(start_date, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
       created_at = coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
     WHERE campaign_id = ?`,
  );
  for (const id of fresh) settle.run(id);
  fillFrozenColumns(db, campaignId);
  return added;
}

/** Tier, value × risk, CLV and churn probability from the snapshot nearest at or before the start; owner from the customer. */
function fillFrozenColumns(db: Db, campaignId?: string): void {
  const only = campaignId === undefined ? '' : 'AND m.campaign_id = ?';
  const args = campaignId === undefined ? [] : [campaignId];
  // Only members still without frozen columns, each looked up by the scores' primary key.
  db.prepare(
    `UPDATE campaign_members AS m SET tier = s.tier, value_risk = s.value_risk, clv = coalesce(m.clv, s.clv), churn_probability = coalesce(m.churn_probability, s.churn_probability)
     FROM (
       SELECT mm.campaign_id, mm.customer_id, sc.tier, sc.value_risk, sc.clv, sc.churn_probability
       FROM campaign_members mm
       JOIN campaigns c ON c.campaign_id = mm.campaign_id
       JOIN customer_scores sc ON sc.customer_id = mm.customer_id
         AND sc.snapshot_id = (SELECT x.snapshot_id FROM snapshots x WHERE c.start_date IS NOT NULL AND x.as_of <= c.start_date ORDER BY x.as_of DESC, x.snapshot_id DESC LIMIT 1)
       WHERE mm.tier IS NULL AND mm.value_risk IS NULL
     ) AS s
     WHERE s.campaign_id = m.campaign_id AND s.customer_id = m.customer_id ${only}`,
  ).run(...args);
  db.prepare(`UPDATE campaign_members AS m SET owner = cu.owner FROM customers cu WHERE cu.customer_id = m.customer_id AND m.owner IS NULL AND cu.owner IS NOT NULL ${only}`).run(
    ...args,
  );
}
