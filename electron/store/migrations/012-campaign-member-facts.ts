// Schema version 12: the campaign members as a source of the analytic core (catalog source
// campaign_member, shared/catalog/campaign-fields.ts), read by the campaign-review dashboard and
// anything else built on the compiler. A view, not a table: the members' outcomes change after
// every outcome write and every refresh (campaign_members.success), and a view can never be stale.
//
// Per member: the frozen group, owner, tier and value × risk group, the measured outcome, the CLV
// frozen at the draw (else the mart's, as computeCampaignEffect's mean CLV), and the member's share
// of the campaign's cost under computeCampaignEffect's rule — the recorded action costs when the
// campaign has any positive one, else the cost per contact for each treated member, else 0 when
// actions were recorded without cost, else unknown (NULL) — so a sum over a campaign's members is
// the effect's cost.
import type { Migration } from './migration';

export const migration012: Migration = {
  version: 12,
  name: 'campaign-member-facts',
  up: `
CREATE VIEW campaign_member_facts AS
WITH recorded AS (
  SELECT campaign_id, count(cost) AS n, coalesce(sum(cost), 0) AS total
  FROM actions WHERE campaign_id IS NOT NULL GROUP BY campaign_id
),
member_cost AS (
  SELECT campaign_id, customer_id, coalesce(sum(cost), 0) AS cost
  FROM actions WHERE campaign_id IS NOT NULL GROUP BY campaign_id, customer_id
)
SELECT
  m.campaign_id AS campaign_id,
  c.name AS campaign_name,
  c.start_date AS start_date,
  m.customer_id AS customer_id,
  m.grp AS grp,
  m.owner AS owner,
  m.tier AS tier,
  m.value_risk AS value_risk,
  m.success AS success,
  coalesce(m.clv, cm.clv) AS clv,
  CASE
    WHEN r.n > 0 AND r.total > 0 THEN coalesce(mc.cost, 0)
    WHEN c.cost_per_contact IS NOT NULL THEN CASE WHEN m.grp = 'treatment' THEN c.cost_per_contact ELSE 0 END
    WHEN r.n > 0 THEN 0
  END AS cost
FROM campaign_members m
JOIN campaigns c ON c.campaign_id = m.campaign_id
LEFT JOIN recorded r ON r.campaign_id = m.campaign_id
LEFT JOIN member_cost mc ON mc.campaign_id = m.campaign_id AND mc.customer_id = m.customer_id
LEFT JOIN customer_mart cm ON cm.customer_id = m.customer_id;
`,
};
