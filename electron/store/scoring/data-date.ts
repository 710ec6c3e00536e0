// The last day with data: the default as-of date of a refresh and the label limit of training.
import { dayOf } from '../../../shared/scoring/days';
import type { Db } from '../database';

export function scoringDataDay(db: Db): number {
  const row = db
    .prepare(
      `SELECT max(coalesce((SELECT max(substr(order_date, 1, 10)) FROM orders WHERE status <> 'cancelled'), ''),
                  coalesce((SELECT max(substr(activity_date, 1, 10)) FROM activities), '')) AS d`,
    )
    .get() as { d: string };
  return dayOf(row.d);
}
