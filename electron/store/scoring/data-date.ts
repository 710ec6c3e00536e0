// The data date: the newest day of a completed or refunded order or of an activity. The one
// definition the dashboard (workspace info, churn trend) and scoring (default as-of date of a
// refresh, label limit of training) share, so both speak of the same day.
import { dayOf, isoOfDay } from '../../../shared/scoring/days';
import type { Db } from '../database';

export interface DataDate {
  /** 'YYYY-MM-DD'. */
  iso: string;
  /** Days since 1970-01-01 (shared/scoring/days.ts). */
  day: number;
}

/** The data date, or null when the workspace has no dated order or activity. */
export function workspaceDataDate(db: Db): DataDate | null {
  const day = newestEventDay(db);
  return Number.isNaN(day) ? null : { iso: isoOfDay(day), day };
}

/** The data date as a day number; NaN when there is none. */
export function scoringDataDay(db: Db): number {
  return workspaceDataDate(db)?.day ?? NaN;
}

function newestEventDay(db: Db): number {
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
