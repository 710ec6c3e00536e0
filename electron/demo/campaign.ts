// The one past retention campaign in the demo: a care call-back to the customers most at risk
// when it started. A recorded seed splits them at random into treatment (called by their
// account manager) and a 20 % control group (left alone), and the call really lowers churn
// for a few months, so the effect analysis has a true, measurable uplift to find.
import { isoDate, type SimMonth } from './calendar';
import { hazardTerms, riskLogit, TREATMENT_MONTHS } from './hazard';
import type { DemoCustomer } from './population';
import { foldSeed, Rng } from './rng';
import type { DemoWriter } from './writer';
import type { Db } from '../store/database';
import { measureCampaignOutcomes } from '../store/campaigns/measure-outcomes';

const AT_RISK_SHARE = 0.15;
const CONTROL_SHARE = 0.2;
const COST_PER_CONTACT = 35;
const CALL_WINDOW_DAYS = 42;
export const FOLLOW_UP_DAYS = 90;

export interface CampaignMember {
  customer: DemoCustomer;
  group: 'treatment' | 'control';
  actionDay: number;
}

export interface CampaignPlan {
  id: string;
  name: string;
  seed: number;
  startDay: number;
  endDay: number;
  followUpEnd: number;
  members: CampaignMember[];
}

/** Campaign seed derived from the demo seed, recorded on the campaign row. */
export function campaignSeed(demoSeed: number): number {
  return (foldSeed(demoSeed) ^ 0x5a17c0de) >>> 0;
}

/** Picks and assigns the at-risk customers at the start of `month`; call before simulating it. */
export function launchCampaign(customers: readonly DemoCustomer[], month: SimMonth, next: SimMonth, seed: number): CampaignPlan {
  const m = month.index;
  const candidates = customers
    .filter((c) => c.churnMonth === null && (c.existing ? m > 0 : m > c.arrivalMonth))
    .map((c) => ({ c, risk: riskLogit(c, hazardTerms(c, m)) }))
    .sort((a, b) => b.risk - a.risk || (a.c.id < b.c.id ? -1 : 1));
  const atRisk = candidates
    .slice(0, Math.round(candidates.length * AT_RISK_SHARE))
    .map((x) => x.c)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const rng = Rng.fromSeed(seed);
  rng.shuffle(atRisk);
  const controls = Math.round(atRisk.length * CONTROL_SHARE);
  const endDay = next.firstDay + next.days - 1;
  const members = atRisk.map((customer, i): CampaignMember => {
    if (i < controls) return { customer, group: 'control', actionDay: month.firstDay };
    const actionDay = month.firstDay + rng.int(0, CALL_WINDOW_DAYS - 1);
    customer.callDay = actionDay;
    customer.treatedFrom = actionDay < next.firstDay ? m : next.index;
    customer.treatedUntil = customer.treatedFrom + TREATMENT_MONTHS - 1;
    return { customer, group: 'treatment', actionDay };
  });
  members.sort((a, b) => (a.customer.id < b.customer.id ? -1 : 1));
  return {
    id: `CMP-${month.year}Q${Math.ceil(month.month / 3)}-CARE`,
    name: `${month.year} Q${Math.ceil(month.month / 3)} 流失预警关怀回访 (care call-back)`,
    seed,
    startDay: month.firstDay,
    endDay,
    followUpEnd: endDay + FOLLOW_UP_DAYS,
    members,
  };
}

/** Written after the simulation, once every member's follow-up window has passed. */
export function writeCampaign(out: DemoWriter, plan: CampaignPlan): void {
  out.campaign({
    id: plan.id,
    name: plan.name,
    playbook: '高风险客户关怀回访：客户经理致电了解不满，协调解决投诉，必要时提供专属优惠',
    channel: '电话',
    costPerContact: COST_PER_CONTACT,
    startDate: isoDate(plan.startDay),
    endDate: isoDate(plan.endDay),
    controlShare: CONTROL_SHARE,
    seed: plan.seed,
    attributes: JSON.stringify({
      selection: `top ${AT_RISK_SHARE * 100}% churn risk on ${isoDate(plan.startDay)}`,
      follow_up_days: FOLLOW_UP_DAYS,
      follow_up_end: isoDate(plan.followUpEnd),
    }),
  });
  for (const { customer, group, actionDay } of plan.members) {
    const churned = customer.churnDay !== null && customer.churnDay <= plan.followUpEnd;
    out.action({
      campaignId: plan.id,
      customerId: customer.id,
      date: isoDate(actionDay),
      owner: customer.owner,
      kind: group === 'treatment' ? 'care_call' : 'holdout',
      cost: group === 'treatment' ? COST_PER_CONTACT : 0,
      group,
      outcome: churned ? 'churned' : 'retained',
      attributes: JSON.stringify({ follow_up_end: isoDate(plan.followUpEnd) }),
    });
  }
}

/**
 * After the rows are in: the campaign is the care call-back playbook's, its outcomes are the
 * recorded ones (retained / churned at the follow-up's end), and its members come from its
 * actions (the campaigns store's sync), measured, so a fresh demo shows the effect at once.
 */
export function settleDemoCampaign(db: Db, campaignId: string): void {
  // Its dates are the campaign's own, never the clock's: the same seed gives the same workspace.
  db.prepare(
    `UPDATE campaigns SET playbook_id = (SELECT id FROM playbooks WHERE code = 'careCall'), stratify = 'none', outcome_metric = 'recorded', follow_up_days = ?,
       assigned_at = start_date, created_at = start_date, updated_at = start_date WHERE campaign_id = ?`,
  ).run(FOLLOW_UP_DAYS, campaignId);
  measureCampaignOutcomes(db, campaignId);
}
