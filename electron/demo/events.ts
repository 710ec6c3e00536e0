// What one customer leaves in the data during one month while still a customer: orders,
// daily activity, tickets (with CSAT), competitor signals and NPS answers. The month's
// window ends at the churn day, so nothing is recorded after a customer has left except the
// fading activity written by fadeActivity.
import { isoDateTime, type DayFormatter, type SimMonth } from './calendar';
import { CHANNELS, DISCOUNT_LEVELS, PRODUCTS } from './catalog';
import { dominantReason, hazardTerms } from './hazard';
import type { MarketMonth } from './market';
import { COMPETITORS } from './names';
import { clamp, type DemoCustomer } from './population';
import type { Rng } from './rng';
import { SURVEY_COMMENTS, TICKET_TOPICS } from './texts';
import type { DemoWriter } from './writer';

export interface MonthContext {
  readonly rng: Rng;
  readonly out: DemoWriter;
  readonly days: DayFormatter;
  readonly month: SimMonth;
  readonly market: MarketMonth;
  /** Last day of data; nothing is dated after it. */
  readonly endDay: number;
  readonly ids: { order: number; ticket: number };
}

/** Days [from, to) of the month during which the customer is a customer. */
export interface Window {
  from: number;
  to: number;
}

export interface MonthSignals {
  refunds: number;
  complaints: number;
  repairs: number;
  slowReplies: number;
  lowSatisfaction: number;
  competitorSignals: number;
}

const SECONDS_PER_DAY = 86_400;
const SLOW_REPLY_HOURS = 24;
const dayScratch: number[] = [];

export function emitOrders(ctx: MonthContext, c: DemoCustomer, w: Window, firstOrder: boolean): number {
  const { rng, market } = ctx;
  const span = w.to - w.from;
  const fraction = span / ctx.month.days;
  let n = rng.poisson(c.orderRate * market.orderSeason * Math.exp(0.6 * c.logEngagement) * fraction);
  if (firstOrder) n = Math.max(1, n);
  let refunds = 0;
  const monthTag = ctx.month.key.replace('-', '');
  for (let i = 0; i < n; i++) {
    const day = firstOrder && i === 0 ? w.from : w.from + rng.int(0, span - 1);
    const product = PRODUCTS[rng.chance(0.8) ? rng.pick(c.favouriteProducts) : rng.int(0, PRODUCTS.length - 1)] ?? PRODUCTS[0];
    if (!product) continue;
    const quantity = c.business ? Math.max(1, rng.poisson(product.businessQuantity)) : rng.chance(0.25) ? 2 : 1;
    const unitPrice = product.unitPrice * market.priceLevel * (1 + 0.03 * rng.normal());
    const discount = rng.chance(market.discountChance * (0.4 + c.priceSensitivity)) ? rng.pick(DISCOUNT_LEVELS) : 0;
    const statusDraw = rng.float();
    const refundShare = 0.025 + 0.015 * (market.complaintFactor - 1);
    const status = statusDraw < refundShare ? 'refunded' : statusDraw < refundShare + 0.015 ? 'cancelled' : 'completed';
    if (status === 'refunded') refunds++;
    ctx.ids.order++;
    ctx.out.order(
      `SO${monthTag}${String(ctx.ids.order).padStart(7, '0')}`,
      c.id,
      ctx.days.format(day),
      Math.round(unitPrice * quantity * (1 - discount) * 100) / 100,
      quantity,
      product.name,
      product.category,
      rng.weighted(CHANNELS, c.channelWeights),
      discount,
      status,
    );
  }
  return refunds;
}

/** Distinct active days, one aggregated row per day and kind. Returns true if the manager visited. */
export function emitActivity(ctx: MonthContext, c: DemoCustomer, w: Window): boolean {
  const { rng } = ctx;
  const span = w.to - w.from;
  const level = Math.exp(c.logEngagement);
  const activeDays = Math.min(span, rng.poisson(c.engagement * level * (span / ctx.month.days)));
  const mainKind = c.business ? 'login' : 'app_open';
  for (const day of distinctDays(rng, w.from, span, activeDays)) {
    const sessions = 1 + rng.poisson(0.8 * level);
    const minutes = Math.round(rng.logNormal(c.business ? 22 : 9, 0.5) * sessions * 10) / 10;
    ctx.out.activity(c.id, ctx.days.format(day), mainKind, sessions, minutes);
    if (rng.chance(0.3)) ctx.out.activity(c.id, ctx.days.format(day), 'page_view', 1 + rng.poisson(4 * level), null);
  }
  const emails = rng.poisson(0.5 * (span / ctx.month.days));
  for (let i = 0; i < emails; i++) ctx.out.activity(c.id, ctx.days.format(w.from + rng.int(0, span - 1)), 'email_open', 1, null);
  if (!c.business) return false;
  const visits = rng.poisson((c.key ? 0.35 : 0.12) * (span / ctx.month.days));
  for (let i = 0; i < visits; i++) {
    ctx.out.activity(c.id, ctx.days.format(w.from + rng.int(0, span - 1)), 'visit', 1, Math.round(rng.logNormal(60, 0.3)));
  }
  return visits > 0;
}

/** After leaving, a customer still opens the app now and then for a month or two. */
export function fadeActivity(ctx: MonthContext, c: DemoCustomer, monthsSinceChurn: number): void {
  const rate = monthsSinceChurn === 1 ? 1.2 : monthsSinceChurn === 2 ? 0.3 : 0;
  const n = Math.min(ctx.month.days, ctx.rng.poisson(rate));
  const kind = c.business ? 'login' : 'app_open';
  for (const day of distinctDays(ctx.rng, ctx.month.firstDay, ctx.month.days, n)) {
    ctx.out.activity(c.id, ctx.days.format(day), kind, 1, Math.round(ctx.rng.logNormal(3, 0.5) * 10) / 10);
  }
}

export function emitTickets(ctx: MonthContext, c: DemoCustomer, w: Window, refunds: number, signals: MonthSignals): void {
  const { rng, market } = ctx;
  const fraction = (w.to - w.from) / ctx.month.days;
  const complaintRate = ((0.02 + 0.035 * c.serviceExpectation) * market.complaintFactor + 0.08 * Math.min(c.slowReplyMemory, 2)) * fraction + 0.3 * refunds;
  const inquiries = rng.poisson((c.business ? 0.16 : 0.1) * fraction);
  const repairs = rng.poisson((c.business ? 0.05 : 0.02) * fraction);
  const complaints = rng.poisson(complaintRate);
  for (let i = 0; i < inquiries; i++) ticket(ctx, c, w, 'inquiry', signals);
  for (let i = 0; i < repairs; i++) ticket(ctx, c, w, 'repair', signals);
  for (let i = 0; i < complaints; i++) ticket(ctx, c, w, 'complaint', signals);
  signals.complaints += complaints;
  signals.repairs += repairs;
}

function ticket(ctx: MonthContext, c: DemoCustomer, w: Window, kind: keyof typeof TICKET_TOPICS, signals: MonthSignals): void {
  const { rng, market } = ctx;
  const severity = pickSeverity(rng, kind);
  const opened = (w.from + rng.int(0, w.to - w.from - 1)) * SECONDS_PER_DAY + rng.int(8 * 3600, 20 * 3600);
  const replyHours = Math.max(0.1, rng.logNormal(market.replyMedianHours * c.replyFactor * (severity === 'high' ? 0.6 : 1), 0.7));
  const firstResponse = opened + replyHours * 3600;
  const resolveMedian = kind === 'complaint' ? 30 : kind === 'repair' ? 48 : 6;
  const resolved = firstResponse + rng.logNormal(resolveMedian, 0.8) * 3600;
  const dataEnd = (ctx.endDay + 1) * SECONDS_PER_DAY;
  const slow = replyHours > SLOW_REPLY_HOURS;
  let satisfaction: number | null = null;
  if (resolved < dataEnd) {
    const score = 4.7 - 0.05 * Math.min(replyHours, 60) - (kind === 'complaint' ? 1 : 0) - (slow ? c.serviceExpectation : 0) + 0.6 * rng.normal();
    satisfaction = clamp(Math.round(score), 1, 5);
  }
  if (slow) signals.slowReplies++;
  if (satisfaction !== null && satisfaction <= 2) signals.lowSatisfaction++;
  ctx.ids.ticket++;
  ctx.out.ticket(
    `TK${String(ctx.ids.ticket).padStart(8, '0')}`,
    c.id,
    isoDateTime(opened),
    firstResponse < dataEnd ? isoDateTime(firstResponse) : null,
    resolved < dataEnd ? isoDateTime(resolved) : null,
    kind,
    severity,
    satisfaction,
    JSON.stringify({ topic: rng.pick(TICKET_TOPICS[kind]) }),
  );
  if (satisfaction !== null && rng.chance(0.35)) {
    const csat = clamp(Math.round(satisfaction + 0.5 * rng.normal()), 1, 5);
    const comment = rng.chance(0.3) ? csatComment(rng, csat) : null;
    ctx.out.survey(c.id, ctx.days.format(Math.floor(resolved / SECONDS_PER_DAY)), 'csat', csat, comment);
  }
}

function pickSeverity(rng: Rng, kind: keyof typeof TICKET_TOPICS): 'low' | 'medium' | 'high' {
  const levels = ['low', 'medium', 'high'] as const;
  if (kind === 'complaint') return rng.weighted(levels, [0.2, 0.5, 0.3]);
  if (kind === 'repair') return rng.weighted(levels, [0.2, 0.6, 0.2]);
  return rng.weighted(levels, [0.7, 0.28, 0.02]);
}

function csatComment(rng: Rng, score: number): string {
  if (score >= 4) return rng.pick(SURVEY_COMMENTS.positive);
  if (score === 3) return rng.pick(SURVEY_COMMENTS.neutral);
  return rng.pick(SURVEY_COMMENTS.service);
}

export function emitMarketSignals(ctx: MonthContext, c: DemoCustomer, w: Window): number {
  const { rng } = ctx;
  const span = w.to - w.from;
  const push = ctx.market.competitorPush(c.region);
  const n = rng.poisson((0.008 + 0.045 * c.priceSensitivity) * push * (span / ctx.month.days));
  for (let i = 0; i < n; i++) {
    const kind = rng.weighted(['price_comparison', 'quote_request', 'competitor_visit'], [0.2 + c.priceSensitivity, 0.5, 0.4]);
    const competitor = push > 2 && rng.chance(0.7) ? COMPETITORS[0] : rng.pick(COMPETITORS);
    const source = rng.weighted(['销售反馈', '客户自报', '市场调研'], [0.5, 0.3, 0.2]);
    ctx.out.signal(c.id, ctx.days.format(w.from + rng.int(0, span - 1)), competitor, kind, JSON.stringify({ source }));
  }
  return n;
}

/** Quarterly relationship survey: a sample of customers answer, worse after bad experiences. */
export function emitNps(ctx: MonthContext, c: DemoCustomer, w: Window): void {
  const { rng } = ctx;
  if (ctx.month.month % 3 !== 0 || !rng.chance(0.15)) return;
  const latent =
    8.3 -
    1.6 * Math.min(c.complaintMemory, 2) -
    0.9 * Math.min(c.slowReplyMemory, 2) -
    1.0 * Math.min(c.competitorMemory, 2) -
    2.5 * c.priceSensitivity * Math.min(c.priceMemory, 2) +
    0.8 * c.logEngagement +
    1.4 * rng.normal();
  const score = clamp(Math.round(latent), 0, 10);
  let comment: string | null = null;
  if (rng.chance(0.3)) {
    if (score >= 9) comment = rng.pick(SURVEY_COMMENTS.positive);
    else {
      const worry = score >= 7 ? null : dominantReason(hazardTerms(c, ctx.month.index));
      comment = rng.pick(worry === null ? SURVEY_COMMENTS.neutral : SURVEY_COMMENTS[worry]);
    }
  }
  ctx.out.survey(c.id, ctx.days.format(w.from + rng.int(0, w.to - w.from - 1)), 'nps', score, comment);
}

/** `count` distinct days from [from, from + span), ascending (partial Fisher–Yates). */
function distinctDays(rng: Rng, from: number, span: number, count: number): number[] {
  dayScratch.length = span;
  for (let i = 0; i < span; i++) dayScratch[i] = from + i;
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, span - 1);
    const a = dayScratch[i] as number;
    dayScratch[i] = dayScratch[j] as number;
    dayScratch[j] = a;
  }
  return dayScratch.slice(0, count).sort((a, b) => a - b);
}
