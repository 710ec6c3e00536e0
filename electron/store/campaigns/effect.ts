// A campaign's effect from its measured members (campaign_members.success, kept current by
// measure-outcomes.ts): treatment vs control rates, the uplift with Newcombe's and Wald's
// intervals and the p-value (shared/uplift), the sample-ratio check against the drawn control
// share, saved customers and value, cost and ROI, and the same by the frozen breakdown columns.
// Reads only, so it runs on the read pool; the monthly report and the dashboards call it too.
import { BREAKDOWNS, type CampaignEffect, type EffectRow } from '../../../shared/contract/domains/campaigns';
import { campaignEffect } from '../../../shared/uplift/campaign-effect';
import { detectableEffect } from '../../../shared/uplift/detectable-effect';
import { newcombeInterval, twoProportionTest, type Interval, type Proportion } from '../../../shared/uplift/intervals';
import { sampleRatioCheck } from '../../../shared/uplift/sample-ratio';
import type { Db } from '../database';
import { martState } from '../analytics/mart-state';
import { dayOf, requireCampaignRow, windowEnd, type CampaignRow } from './campaign-rows';

export { measureCampaignOutcomes } from './measure-outcomes';

export type EffectBreakdown = (typeof BREAKDOWNS)[number];

const BREAKDOWN_COLUMN: Record<EffectBreakdown, string> = { valueRisk: 'value_risk', owner: 'owner', tier: 'tier' };

interface GroupCounts {
  readonly key: string | null;
  readonly tn: number;
  readonly ts: number;
  readonly cn: number;
  readonly cs: number;
}

const COUNT_SQL = `coalesce(sum(grp = 'treatment' AND success IS NOT NULL), 0) AS tn, coalesce(sum(grp = 'treatment' AND success = 1), 0) AS ts,
  coalesce(sum(grp = 'control' AND success IS NOT NULL), 0) AS cn, coalesce(sum(grp = 'control' AND success = 1), 0) AS cs`;

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function interval(value: Interval): { lower: number; upper: number } | null {
  return Number.isFinite(value.lower) && Number.isFinite(value.upper) ? { lower: value.lower, upper: value.upper } : null;
}

function proportion(n: number, successes: number): { n: number; successes: number; rate: number | null } {
  return { n, successes, rate: n > 0 ? successes / n : null };
}

function effectRow(g: GroupCounts): EffectRow {
  const treatment: Proportion = { n: g.tn, successes: g.ts };
  const control: Proportion = { n: g.cn, successes: g.cs };
  const both = g.tn > 0 && g.cn > 0;
  return {
    key: g.key,
    treatment: proportion(g.tn, g.ts),
    control: proportion(g.cn, g.cs),
    uplift: both ? g.ts / g.tn - g.cs / g.cn : null,
    newcombe: both ? interval(newcombeInterval(treatment, control)) : null,
    pValue: both ? finite(twoProportionTest(treatment, control).pValue) : null,
  };
}

function breakdownRows(db: Db, campaignId: string, by: EffectBreakdown): EffectRow[] {
  const column = BREAKDOWN_COLUMN[by];
  const groups = db
    .prepare(`SELECT ${column} AS key, ${COUNT_SQL} FROM campaign_members WHERE campaign_id = ? GROUP BY ${column} ORDER BY ${column} IS NULL, ${column}`)
    .all(campaignId) as GroupCounts[];
  return groups.map(effectRow);
}

/** Σ recorded action costs when some were recorded, else cost per contact × treated; null when neither is known. */
function campaignCost(db: Db, row: CampaignRow, treated: number): number | null {
  const recorded = db.prepare(`SELECT count(cost) AS n, coalesce(sum(cost), 0) AS total FROM actions WHERE campaign_id = ?`).get(row.campaign_id) as {
    n: number;
    total: number;
  };
  if (recorded.n > 0 && recorded.total > 0) return recorded.total;
  if (row.cost_per_contact !== null) return row.cost_per_contact * treated;
  return recorded.n > 0 ? recorded.total : null;
}

/** The treated members' mean CLV as frozen at the draw, or the mart's for those without one. */
function meanTreatedClv(db: Db, campaignId: string): number | null {
  const value = db
    .prepare(
      `SELECT avg(coalesce(m.clv, c.clv)) FROM campaign_members m LEFT JOIN customer_mart c ON c.customer_id = m.customer_id
       WHERE m.campaign_id = ? AND m.grp = 'treatment'`,
    )
    .pluck()
    .get(campaignId) as number | null;
  return value === null ? null : finite(value);
}

export function computeCampaignEffect(db: Db, campaignId: string, by: readonly EffectBreakdown[] = BREAKDOWNS): CampaignEffect {
  const row = requireCampaignRow(db, campaignId);
  const drawn = db
    .prepare(`SELECT coalesce(sum(grp = 'treatment'), 0) AS treatment, coalesce(sum(grp = 'control'), 0) AS control FROM campaign_members WHERE campaign_id = ?`)
    .get(campaignId) as { treatment: number; control: number };
  const all = db.prepare(`SELECT NULL AS key, ${COUNT_SQL} FROM campaign_members WHERE campaign_id = ?`).get(campaignId) as GroupCounts;
  const dataDate = martState(db)?.asOf ?? null;
  const end = windowEnd(row.start_date, row.follow_up_days);
  const share = row.control_share !== null && row.control_share > 0 && row.control_share < 1 ? row.control_share : null;
  const cost = campaignCost(db, row, drawn.treatment);
  const meanClv = meanTreatedClv(db, campaignId);
  const problem = drawn.treatment + drawn.control === 0 ? 'noMembers' : all.tn + all.cn === 0 ? 'noOutcomes' : all.tn === 0 || all.cn === 0 ? 'emptyGroup' : null;
  const base: CampaignEffect = {
    campaignId,
    metric: row.outcome_metric,
    window: { start: dayOf(row.start_date), end, complete: end !== null && dataDate !== null && end <= dataDate, dataDate },
    drawn: { treatment: drawn.treatment, control: drawn.control, controlShare: share },
    treatment: proportion(all.tn, all.ts),
    control: proportion(all.cn, all.cs),
    uplift: null,
    newcombe: null,
    wald: null,
    z: null,
    pValue: null,
    srm: null,
    mde: null,
    savedCustomers: null,
    meanClv,
    savedValue: null,
    cost,
    roi: null,
    breakdowns: by.map((b) => ({ by: b, rows: breakdownRows(db, campaignId, b) })),
    problem,
  };
  if (problem !== null) return base;
  const effect = campaignEffect({ treatment: { n: all.tn, successes: all.ts }, control: { n: all.cn, successes: all.cs }, meanClv, cost });
  // The measured sizes against the drawn share: members lost unevenly (unrecorded outcomes, a
  // broken draw) show here before anyone reads the uplift.
  const srm = share === null ? null : sampleRatioCheck([all.tn, all.cn], [1 - share, share]);
  const mde = detectableEffect({ treated: all.tn, control: all.cn, baseline: all.cs / all.cn }).uplift;
  const estimate = (e: { estimate: number; interval: Interval } | null) =>
    e !== null && Number.isFinite(e.estimate) && interval(e.interval) !== null ? { estimate: e.estimate, lower: e.interval.lower, upper: e.interval.upper } : null;
  return {
    ...base,
    uplift: effect.uplift,
    newcombe: interval(effect.newcombe),
    wald: interval(effect.wald),
    z: finite(effect.z),
    pValue: finite(effect.pValue),
    srm: srm === null || !Number.isFinite(srm.pValue) ? null : { chiSquare: srm.chiSquare, pValue: srm.pValue, alarm: srm.mismatch },
    mde,
    savedCustomers: estimate(effect.savedCustomers),
    savedValue: estimate(effect.savedValue),
    roi: estimate(effect.roi),
  };
}
