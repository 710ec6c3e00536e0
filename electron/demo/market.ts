// The demo company's history, month by month: what happened to everyone at once. These
// shared events give the churn trend its shape (a service crunch, two price rises, a
// competitor push in 华南) so the dashboards have real turning points to explain. Events are
// placed relative to the end of the range so that any range ≥ 24 months contains all of them;
// with the defaults they fall on the dates in the comments.
import type { SimMonth } from './calendar';
import type { Region } from './names';
import type { Rng } from './rng';

export interface MarketMonth {
  /** Median hours to a first reply on a ticket. */
  replyMedianHours: number;
  /** Multiplier on the complaint rate (quality and logistics trouble). */
  complaintFactor: number;
  /** List-price multiplier relative to the start of the range. */
  priceLevel: number;
  /** Size of a price rise taking effect this month (0 when none). */
  priceRise: number;
  /** Chance that an order carries a discount, before the customer's own price sensitivity. */
  discountChance: number;
  orderSeason: number;
  /** Relative number of new customers arriving this month. */
  arrivals: number;
  /** Competitor activity multiplier for the customer's region. */
  competitorPush: (region: Region) => number;
  /** Unexplained month-to-month variation of churn on the logit scale. */
  churnShock: number;
}

const ORDER_SEASON = [1.0, 0.75, 0.95, 1.0, 1.0, 1.2, 0.95, 0.95, 1.0, 1.0, 1.35, 1.15];
const ARRIVAL_SEASON = [1.0, 0.7, 1.0, 1.05, 1.0, 1.15, 1.0, 0.95, 1.05, 1.0, 1.3, 1.1];
const PROMOTION_MONTHS = new Set([6, 11]); // 618 and 双11

export interface MarketEvents {
  serviceCrunch: [number, number];
  priceRises: { index: number; size: number }[];
  competitorPush: [number, number];
  campaign: number;
}

export function marketEvents(months: number): MarketEvents {
  return {
    serviceCrunch: [months - 20, months - 17], // 2025-03 … 2025-06
    priceRises: [
      { index: months - 19, size: 0.08 }, // 2025-04
      { index: months - 8, size: 0.05 }, // 2026-03
    ],
    competitorPush: [months - 15, months - 12], // 2025-08 … 2025-11, 迅捷优选 in 华南
    campaign: months - 13, // 2025-10
  };
}

export function marketHistory(calendar: readonly SimMonth[], events: MarketEvents, rng: Rng): MarketMonth[] {
  let priceLevel = 1;
  return calendar.map((m) => {
    const rise = events.priceRises.find((r) => r.index === m.index)?.size ?? 0;
    priceLevel *= 1 + rise;
    const inCrunch = m.index >= events.serviceCrunch[0] && m.index <= events.serviceCrunch[1];
    const inPush = m.index >= events.competitorPush[0] && m.index <= events.competitorPush[1];
    const afterFirstRise = events.priceRises.some((r) => r.index <= m.index);
    const promotion = PROMOTION_MONTHS.has(m.month);
    return {
      replyMedianHours: inCrunch ? 14 : 4.5,
      complaintFactor: inCrunch ? 1.8 : 1,
      priceLevel,
      priceRise: rise,
      discountChance: (promotion ? 0.55 : 0.3) * (afterFirstRise ? 0.6 : 1),
      orderSeason: ORDER_SEASON[m.month - 1] ?? 1,
      arrivals: (ARRIVAL_SEASON[m.month - 1] ?? 1) * (1 + 0.015 * m.index),
      competitorPush: (region) => (inPush ? (region === '华南' ? 5 : 1.5) : 1),
      churnShock: 0.12 * rng.normal(),
    };
  });
}
