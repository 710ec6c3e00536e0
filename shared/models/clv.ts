/**
 * Discounted customer lifetime value from BG/NBD purchases and Gamma-Gamma spend, the
 * discrete approach of lifetimes' `customer_lifetime_value` (Fader, Hardie & Lee 2005 JMR
 * use the continuous DERT instead): for periods k = 1…H of length L (model time units),
 *   CLV = margin · spend · Σₖ (E[Y(kL)] − E[Y((k−1)L)]) / (1 + d)^k,
 * so each period's expected purchases are discounted at the end of that period.
 */
import { type BgNbdParams, type RfData, conditionalExpectedPurchases } from './bgnbd';

export interface ClvOptions {
  /** Number of discounting periods in the horizon (e.g. 12 months). */
  periods: number;
  /** Length of one period in the BG/NBD time unit (e.g. 30 when fitted in days, 4.345 in weeks). */
  periodLength: number;
  /** Discount rate per period (use `periodRateFromAnnual` for an annual rate). */
  discountRate: number;
  /** Profit margin applied to spend, default 1 (spend is already profit). */
  margin?: number;
}

/** Per-period rate equivalent to an annual rate: (1 + annual)^(1/periodsPerYear) − 1. */
export function periodRateFromAnnual(annualRate: number, periodsPerYear = 12): number {
  return Math.pow(1 + annualRate, 1 / periodsPerYear) - 1;
}

/** CLV of one customer given expected spend per purchase (e.g. Gamma-Gamma conditional mean). */
export function customerLifetimeValueOne(bg: BgNbdParams, x: number, tx: number, T: number, spend: number, o: ClvOptions): number {
  const margin = o.margin ?? 1;
  let prev = 0;
  let total = 0;
  for (let k = 1; k <= o.periods; k++) {
    const cum = conditionalExpectedPurchases(bg, k * o.periodLength, x, tx, T);
    total += (cum - prev) / Math.pow(1 + o.discountRate, k);
    prev = cum;
  }
  return margin * spend * total;
}

export function customerLifetimeValue(bg: BgNbdParams, d: RfData, spend: ArrayLike<number>, o: ClvOptions): Float64Array {
  const n = d.x.length;
  if (spend.length !== n) throw new RangeError('CLV: spend length differs from data');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = customerLifetimeValueOne(bg, d.x[i] ?? 0, d.tx[i] ?? 0, d.T[i] ?? 0, spend[i] ?? 0, o);
  }
  return out;
}
