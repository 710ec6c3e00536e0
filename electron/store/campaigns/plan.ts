// Before launch (PRODUCT.md §5): the groups a control share makes of an audience (within risk
// tiers when stratified) and the smallest uplift they can detect at power 80 %, α 5 %
// (shared/uplift/detectable-effect.ts). The baseline is the rate the control should show
// without action: 1 − the audience's mean churn probability for retention; for win-back and
// recorded outcomes, the control groups' rate of earlier campaigns with that metric, else the
// worst case 0.5 (the largest variance, so the MDE shown is never too optimistic).
import type { CampaignAudience, CampaignPlan, OutcomeMetric } from '../../../shared/contract/domains/campaigns';
import { planStrata } from '../../../shared/campaigns/draw';
import { detectableEffect } from '../../../shared/uplift/detectable-effect';
import type { Db } from '../database';
import { audienceCustomers, type AudienceCustomer } from './audience';

const POWER = 0.8;
const ALPHA = 0.05;

function historyRate(db: Db, metric: OutcomeMetric): number | null {
  const row = db
    .prepare(
      `SELECT count(m.success) AS n, coalesce(sum(m.success), 0) AS s FROM campaign_members m JOIN campaigns c ON c.campaign_id = m.campaign_id
       WHERE c.outcome_metric = ? AND m.grp = 'control'`,
    )
    .get(metric) as { n: number; s: number };
  return row.n > 0 ? row.s / row.n : null;
}

function baseline(db: Db, metric: OutcomeMetric, customers: readonly AudienceCustomer[]): number | null {
  if (metric !== 'retention') return historyRate(db, metric);
  const known = customers.filter((c) => c.churnProbability !== null);
  if (known.length === 0) return historyRate(db, metric);
  return 1 - known.reduce((sum, c) => sum + (c.churnProbability ?? 0), 0) / known.length;
}

export function planFor(
  db: Db,
  customers: readonly AudienceCustomer[],
  excluded: number,
  options: { controlShare: number; stratify: 'none' | 'tier'; metric: OutcomeMetric },
): CampaignPlan {
  const tiers = new Map(customers.map((c) => [c.customerId, c.tier]));
  const strata = planStrata({
    customerIds: customers.map((c) => c.customerId),
    controlShare: options.controlShare,
    ...(options.stratify === 'tier' ? { stratumOf: (id: string) => tiers.get(id) ?? null } : {}),
  });
  const control = strata.reduce((sum, s) => sum + s.control, 0);
  const treatment = customers.length - control;
  const baselineRate = baseline(db, options.metric, customers);
  const mde = detectableEffect({ treated: treatment, control, baseline: baselineRate ?? 0.5, power: POWER, alpha: ALPHA }).uplift;
  return {
    audience: customers.length + excluded,
    excluded,
    treatment,
    control,
    baselineRate,
    mde,
    power: POWER,
    alpha: ALPHA,
    strata: options.stratify === 'tier' ? strata : [],
  };
}

export function planCampaign(db: Db, audience: CampaignAudience, options: { controlShare: number; stratify: 'none' | 'tier'; metric: OutcomeMetric }): CampaignPlan {
  const { included, excluded } = audienceCustomers(db, audience, options.metric);
  return planFor(db, included, excluded, options);
}
