// The last day with data: the default as-of date of a refresh and the label limit of training.
import { dayOf } from '../../../shared/scoring/days';
import type { Db } from '../database';

export function scoringDataDay(db: Db): number {
  const row = db
    .prepare(
      // The newest date read backwards from the date indexes, not max() over a full scan:
      // a prefix of the largest ISO string is the largest prefix.
      `SELECT max(coalesce((SELECT substr(order_date, 1, 10) FROM orders WHERE status <> 'cancelled' AND order_date IS NOT NULL ORDER BY order_date DESC LIMIT 1), ''),
                  coalesce((SELECT substr(activity_date, 1, 10) FROM activities WHERE activity_date IS NOT NULL ORDER BY activity_date DESC LIMIT 1), '')) AS d`,
    )
    .get() as { d: string };
  return dayOf(row.d);
}

/**
 * The last day of a customer table without events (e.g. a churn flag and nothing dated): its
 * newest signup or cancellation date, else the day it was imported. It dates the random split
 * training falls back to, the same every time for the same workspace.
 */
export function customersDataDay(db: Db): number {
  const row = db
    .prepare(
      `SELECT max(coalesce((SELECT max(substr(signup_date, 1, 10)) FROM customers), ''), coalesce((SELECT max(substr(cancel_date, 1, 10)) FROM customers), '')) AS d,
              (SELECT max(substr(imported_at, 1, 10)) FROM imports) AS imported`,
    )
    .get() as { d: string; imported: string | null };
  return dayOf(row.d || (row.imported ?? ''));
}
