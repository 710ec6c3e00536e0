// Freezing a draft campaign's groups (campaign.assign): its audience resolved on the newest
// snapshot, the control drawn from the recorded seed (a fresh one recorded when none was given)
// within risk tiers when stratified, and each member stored with the owner, tier, value × risk
// group, CLV and churn probability it had at the draw, the effect's breakdowns. One
// transaction: a refused or failed draw leaves the draft as it was.
import { AppError } from '../../../shared/contract/errors';
import type { CampaignPlan } from '../../../shared/contract/domains/campaigns';
import { drawGroups, randomSeed } from '../../../shared/campaigns/draw';
import type { Db } from '../database';
import { audienceCustomers } from './audience';
import { parseAudience, requireCampaignRow } from './campaign-rows';
import { campaignAssigned } from './errors';
import { measureCampaignOutcomes } from './measure-outcomes';
import { insertMembers } from './members';
import { planFor } from './plan';

function audienceEmpty(): AppError {
  return new AppError('INVALID_INPUT', 'the audience holds no customer the campaign can take', { reason: 'campaignAudienceEmpty' });
}

export function assignCampaign(db: Db, id: string, now: string = new Date().toISOString()): CampaignPlan {
  return db.transaction(() => {
    const row = requireCampaignRow(db, id);
    if (row.assigned_at !== null || db.prepare('SELECT 1 FROM campaign_members WHERE campaign_id = ? LIMIT 1').get(id) !== undefined) throw campaignAssigned(id);
    const audience = parseAudience(row.audience);
    if (audience === null) throw audienceEmpty();
    const { included, excluded } = audienceCustomers(db, audience, row.outcome_metric);
    if (included.length === 0) throw audienceEmpty();
    const controlShare = row.control_share ?? 0.2;
    const seed = row.seed ?? randomSeed();
    const byId = new Map(included.map((c) => [c.customerId, c]));
    const drawn = drawGroups({
      customerIds: included.map((c) => c.customerId),
      controlShare,
      seed,
      ...(row.stratify === 'tier' ? { stratumOf: (cid: string) => byId.get(cid)?.tier ?? null } : {}),
    });
    insertMembers(
      db,
      id,
      drawn.map((m) => {
        const c = byId.get(m.customerId);
        return {
          customerId: m.customerId,
          group: m.group,
          stratum: m.stratum === '' ? null : m.stratum,
          owner: c?.owner ?? null,
          tier: c?.tier ?? null,
          valueRisk: c?.valueRisk ?? null,
          clv: c?.clv ?? null,
          churnProbability: c?.churnProbability ?? null,
        };
      }),
      now,
    );
    db.prepare('UPDATE campaigns SET seed = ?, control_share = ?, assigned_at = ?, updated_at = ? WHERE campaign_id = ?').run(seed, controlShare, now, now, id);
    measureCampaignOutcomes(db, id);
    return planFor(db, included, excluded, { controlShare, stratify: row.stratify, metric: row.outcome_metric });
  })();
}
