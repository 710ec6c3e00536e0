// Event histories built by hand (no SQLite): customers with a few order and activity days,
// statuses and contract ends, for the lifecycle and spell tests.
import { dayOf } from '../../shared/scoring/days';
import { EventBuilder } from '../../shared/scoring/events';
import type { EventHistory } from '../../shared/scoring/history';

export interface HandCustomer {
  signup?: string;
  contractEnd?: string;
  /** Status cancelled: with its date, or null for a cancellation without a date. */
  cancelled?: string | null;
  flagged?: boolean;
  /** Order days (completed, amount 100). */
  orders?: string[];
  activities?: string[];
}

const day = (iso: string | undefined | null): number => dayOf(iso ?? null);

/** The history as loadHistory would load it up to `limit` (ISO date). */
export function handHistory(customers: HandCustomer[], limit: string): EventHistory {
  return historyOfDays(
    customers.map((c) => ({
      signup: day(c.signup),
      contractEnd: day(c.contractEnd),
      cancelled: c.cancelled === undefined ? undefined : c.cancelled === null ? NaN : day(c.cancelled),
      flagged: c.flagged ?? false,
      orders: (c.orders ?? []).map(day),
      activities: (c.activities ?? []).map(day),
    })),
    dayOf(limit),
  );
}

export interface DayCustomer {
  signup: number;
  contractEnd: number;
  /** undefined: not cancelled; NaN: cancelled without a date. */
  cancelled: number | undefined;
  flagged: boolean;
  orders: number[];
  activities: number[];
}

/** Same, with day numbers; events and cancellations after the limit are left out as the loader does. */
export function historyOfDays(customers: DayCustomer[], limitDay: number): EventHistory {
  const n = customers.length;
  const orders = new EventBuilder(3);
  const activities = new EventBuilder(2);
  customers.forEach((c, i) => {
    for (const d of c.orders) if (d <= limitDay) orders.push(i, d, 100, 0, 1);
    for (const d of c.activities) if (d <= limitDay) activities.push(i, d, 0, 1);
  });
  const isCancelled = (c: DayCustomer) => c.cancelled !== undefined && !(c.cancelled > limitDay);
  return {
    limitDay,
    customers: {
      ids: customers.map((_, i) => `C${String(i).padStart(4, '0')}`),
      signupDay: Float64Array.from(customers, (c) => c.signup),
      contractEndDay: Float64Array.from(customers, (c) => c.contractEnd),
      cancelDay: Float64Array.from(customers, (c) => (isCancelled(c) ? c.cancelled! : NaN)),
      cancelled: Uint8Array.from(customers, (c) => (isCancelled(c) ? 1 : 0)),
      flagged: Uint8Array.from(customers, (c) => (c.flagged ? 1 : 0)),
      categorical: new Map(),
      numeric: new Map(),
    },
    orders: orders.build(n),
    activities: activities.build(n),
    tickets: new EventBuilder(4).build(n),
    surveys: new EventBuilder(2).build(n),
    signals: new EventBuilder(1).build(n),
  };
}
