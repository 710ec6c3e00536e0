// One month in the life of one customer: decide from the signals shown so far whether they
// leave this month (and whether they say so), record what they do until then, and carry the
// month's experiences forward as decaying memories for next month's decision.
import { addMonths } from './calendar';
import { emitActivity, emitMarketSignals, emitNps, emitOrders, emitTickets, fadeActivity, type MonthContext, type MonthSignals, type Window } from './events';
import { dominantReason, hazardTerms, probability, riskLogit, TREATMENT_EFFECT, type HazardTerms } from './hazard';
import type { DemoCustomer } from './population';
import type { Rng } from './rng';
import { CANCEL_REASONS, type ReasonType } from './texts';

/** Share of non-contract churners who tell us they are leaving (cancel the membership). */
const ACTIVE_CANCEL_SHARE = 0.3;
const CONTRACT_LOCK_IN = -0.8;
const RENEWAL_DECISION = 1.0;
const PRICE_RISE_UNIT = 0.08;

export function simulateMonth(ctx: MonthContext, c: DemoCustomer): void {
  const m = ctx.month.index;
  if (m < c.arrivalMonth) return;
  if (c.churnMonth !== null) {
    if (m > c.churnMonth) fadeActivity(ctx, c, m - c.churnMonth);
    return;
  }
  const monthEnd = ctx.month.firstDay + ctx.month.days;
  const arriving = !c.existing && m === c.arrivalMonth;
  const from = arriving ? c.signupDay : ctx.month.firstDay;
  let to = monthEnd;

  if (!arriving) {
    const renewalDue = c.contractEnd !== null && c.contractEnd >= ctx.month.firstDay && c.contractEnd < monthEnd;
    if (renewalDue) c.priceMemory += c.pendingPriceRise / PRICE_RISE_UNIT;
    const terms = hazardTerms(c, m);
    const logit =
      riskLogit(c, terms) + ctx.market.churnShock + (c.contractual ? (renewalDue ? RENEWAL_DECISION : CONTRACT_LOCK_IN) : 0) + (treatedNow(c, m) ? TREATMENT_EFFECT : 0);
    if (ctx.rng.chance(probability(logit))) {
      to = renewalDue && c.contractEnd !== null ? c.contractEnd : ctx.month.firstDay + ctx.rng.int(0, ctx.month.days - 1);
      leave(ctx, c, m, to, terms, renewalDue);
    } else if (renewalDue && c.contractEnd !== null) {
      c.contractEnd = addMonths(c.contractEnd, 12);
      c.pendingPriceRise = 0;
    }
  }

  const signals: MonthSignals = { refunds: 0, complaints: 0, repairs: 0, slowReplies: 0, lowSatisfaction: 0, competitorSignals: 0 };
  driftEngagement(ctx.rng, c, treatedNow(c, m));
  if (to > from) {
    const w: Window = { from, to };
    signals.refunds = emitOrders(ctx, c, w, arriving);
    if (emitActivity(ctx, c, w)) c.lastContactMonth = m;
    if (c.callDay !== null && c.callDay >= from && c.callDay < to) {
      ctx.out.activity(c.id, ctx.days.format(c.callDay), 'call', 1, Math.round(ctx.rng.logNormal(8, 0.4) * 10) / 10);
      c.lastContactMonth = m;
    }
    emitTickets(ctx, c, w, signals.refunds, signals);
    signals.competitorSignals = emitMarketSignals(ctx, c, w);
    emitNps(ctx, c, w);
  }
  remember(c, signals, ctx.market.priceRise);
}

function leave(ctx: MonthContext, c: DemoCustomer, m: number, day: number, terms: HazardTerms, contractLapsed: boolean): void {
  c.churnDay = day;
  c.churnMonth = m;
  const reason: ReasonType =
    dominantReason(terms) ??
    (c.business ? ctx.rng.weighted<ReasonType>(['product', 'communication', 'experience'], [0.4, 0.4, 0.2]) : ctx.rng.weighted<ReasonType>(['product', 'experience'], [0.6, 0.4]));
  c.churnReason = reason;
  // A lapsed contract is an explicit end; otherwise only some customers bother to cancel.
  const cancelDay = contractLapsed ? day : ctx.rng.chance(ACTIVE_CANCEL_SHARE) ? day + ctx.rng.int(0, 25) : null;
  if (cancelDay !== null && cancelDay <= ctx.endDay) {
    c.cancelDay = cancelDay;
    c.cancelReason = ctx.rng.pick(CANCEL_REASONS[reason]);
  }
}

function treatedNow(c: DemoCustomer, m: number): boolean {
  return m >= c.treatedFrom && m <= c.treatedUntil;
}

/**
 * Engagement wanders, sometimes drops sharply, and suffers after bad service, a price rise or
 * while the customer is talking to a competitor: the fading activity that precedes churn.
 */
function driftEngagement(rng: Rng, c: DemoCustomer, treated: boolean): void {
  // The small upward pull balances the shocks so a customer's usual level stays their own.
  let next = 0.9 * c.logEngagement + 0.05 + 0.12 * rng.normal();
  if (rng.chance(0.04)) next -= 0.7;
  next -= 0.2 * Math.min(c.complaintMemory, 2) + 0.1 * Math.min(c.slowReplyMemory, 2);
  next -= 0.2 * Math.min(c.competitorMemory, 2);
  next -= 0.15 * c.priceSensitivity * Math.min(c.priceMemory, 2);
  if (treated) next += 0.15;
  c.logEngagement = Math.min(0.8, Math.max(-3, next));
}

function remember(c: DemoCustomer, s: MonthSignals, priceRise: number): void {
  c.complaintMemory = 0.55 * c.complaintMemory + s.complaints;
  c.slowReplyMemory = 0.55 * c.slowReplyMemory + s.slowReplies;
  c.lowSatisfactionMemory = 0.55 * c.lowSatisfactionMemory + s.lowSatisfaction;
  c.competitorMemory = 0.6 * c.competitorMemory + s.competitorSignals;
  c.refundMemory = 0.6 * c.refundMemory + s.refunds + 0.5 * s.repairs;
  c.priceMemory *= 0.7;
  if (priceRise > 0) {
    // Contract prices are fixed until renewal, so contract customers feel a rise only then.
    if (c.contractual) c.pendingPriceRise += priceRise;
    else c.priceMemory += priceRise / PRICE_RISE_UNIT;
  }
}
