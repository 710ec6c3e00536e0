// Everything a snapshot needs about every customer, loaded once (up to a data limit) and
// independent of SQLite: the feature, label and rate code in shared/ works on this.
import type { Events } from './events';

/** Column meanings of each event table. */
/**
 * Orders hold completed purchases and refunds (issue 10): `amount` is what the order adds to the
 * customer's net spend (a credit note's negative amount; 0 for a refunded purchase), and
 * `completed` is 1 for a purchase. Recency, frequency, spells and first-order dates read
 * purchases only; amounts read every event.
 */
export const ORDER = { amount: 0, discount: 1, completed: 2 } as const;

/** Whether order event i is a purchase (not a refund). */
export function isPurchase(orders: Events, i: number): boolean {
  return orders.cols[ORDER.completed]![i] === 1;
}

/** Day of a customer's first purchase, NaN when none. */
export function firstPurchaseDay(orders: Events, c: number): number {
  for (let i = orders.offsets[c]!; i < orders.offsets[c + 1]!; i++) if (isPurchase(orders, i)) return orders.day[i]!;
  return NaN;
}
export const ACTIVITY = { kind: 0, count: 1 } as const;
export const ACTIVITY_KIND = { other: 0, pageView: 1, emailOpen: 2, call: 3 } as const;
export const TICKET = { complaint: 0, severe: 1, responseHours: 2, satisfaction: 3 } as const;
export const SURVEY = { nps: 0, score: 1 } as const;
export const SIGNAL = { price: 0 } as const;

export interface CustomerTable {
  readonly ids: string[];
  readonly signupDay: Float64Array;
  readonly contractEndDay: Float64Array;
  readonly cancelDay: Float64Array;
  readonly cancelled: Uint8Array;
  /** 1 when the configured flag attribute says churned (active definition). */
  readonly flagged: Uint8Array;
  /** Categorical profile columns and attributes, by source id ('cat:region', 'attr:key'). */
  readonly categorical: ReadonlyMap<string, (string | null)[]>;
  /** Numeric attributes by source id ('attr:key'). */
  readonly numeric: ReadonlyMap<string, Float64Array>;
}

export interface EventHistory {
  /** Last day of data loaded (the as-of date for a refresh, the data date for training). */
  readonly limitDay: number;
  readonly customers: CustomerTable;
  readonly orders: Events;
  readonly activities: Events;
  readonly tickets: Events;
  readonly surveys: Events;
  readonly signals: Events;
}
