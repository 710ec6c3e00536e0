// Playbook and campaign reads, on the read pool (read-pool/read-operations.ts) and the service
// thread alike: the library and its suggestion for one customer, campaigns with their headline
// effect, the plan before launch, the members page and the effect.
import type { OperationOutput } from '../../../shared/contract/operations';
import { matchPlaybook } from '../../../shared/campaigns/playbook-match';
import { REASON_TYPE_CODES, VALUE_RISK_CODES } from '../../../shared/catalog/customer-fields';
import type { Db } from '../../store/database';
import { allCampaignRows, readCampaign, statusDate, toCampaign } from '../../store/campaigns/campaign-rows';
import { computeCampaignEffect } from '../../store/campaigns/effect';
import { memberPage } from '../../store/campaigns/members';
import { planCampaign } from '../../store/campaigns/plan';
import { listPlaybooks } from '../../store/campaigns/playbooks';
import type { ReadHandlers } from '../context';

const asCode = <T extends string>(value: string | null, codes: readonly T[]): T | null => (value !== null && (codes as readonly string[]).includes(value) ? (value as T) : null);

export function suggestPlaybook(db: Db, customerId: string): OperationOutput<'playbook.suggest'> {
  const row = db.prepare('SELECT value_risk, top_reason, lifecycle FROM customer_mart WHERE customer_id = ?').get(customerId) as
    { value_risk: string | null; top_reason: string | null; lifecycle: string | null } | undefined;
  const valueRisk = asCode(row?.value_risk ?? null, VALUE_RISK_CODES);
  const reasonType = asCode(row?.top_reason ?? null, REASON_TYPE_CODES);
  return { playbook: matchPlaybook(listPlaybooks(db), valueRisk, reasonType), valueRisk, reasonType };
}

export function listCampaigns(db: Db): OperationOutput<'campaign.list'> {
  const today = statusDate(db);
  return {
    campaigns: allCampaignRows(db).map((row) => {
      const campaign = toCampaign(db, row, today);
      const effect = campaign.groups.treatment + campaign.groups.control > 0 ? computeCampaignEffect(db, campaign.id, []) : null;
      const headline =
        effect !== null && effect.uplift !== null && effect.newcombe !== null && effect.pValue !== null
          ? { uplift: effect.uplift, lower: effect.newcombe.lower, upper: effect.newcombe.upper, pValue: effect.pValue, roi: effect.roi?.estimate ?? null }
          : null;
      return { ...campaign, headline };
    }),
  };
}

type CampaignReadOperation = 'playbook.list' | 'playbook.suggest' | 'campaign.list' | 'campaign.get' | 'campaign.plan' | 'campaign.members' | 'campaign.effect';

export const campaignReads: ReadHandlers<CampaignReadOperation> = {
  'playbook.list': (_input, { db }) => ({ playbooks: listPlaybooks(db) }),
  'playbook.suggest': (input, { db }) => suggestPlaybook(db, input.customerId),
  'campaign.list': (_input, { db }) => listCampaigns(db),
  'campaign.get': (input, { db }) => readCampaign(db, input.id),
  'campaign.plan': (input, { db }) => planCampaign(db, input.audience, { controlShare: input.controlShare, stratify: input.stratify, metric: input.outcomeMetric }),
  'campaign.members': (input, { db }) => {
    readCampaign(db, input.id);
    return memberPage(db, input.id, input);
  },
  'campaign.effect': (input, { db }) => computeCampaignEffect(db, input.id, input.by),
};
