// A second formulation of PRODUCT.md §5 implicit churn for tests, in SQL over the raw orders
// (the dashboard's own query before the analytic core): spells from order gaps, counted per
// month. Tests compare the refresh's facts with it and with the day-by-day formulation.
// Implicit churn (PRODUCT.md §5) computed from order "spells": a spell starts with an order
// that follows the previous one by more than N days and ends N days after its last order
// (the first day the customer counts as churned). A customer is active on day d when a
// spell has start <= d < end. For a month [first, last]: active at its start = active on the
// day before `first`; churned during it = one of those whose spell ends on a day in the month.
// Customers acquired during the month are in neither count.
import type { Db } from '../../electron/store/database';

export interface MonthBounds {
  month: string; // YYYY-MM
  first: string; // YYYY-MM-DD
  last: string; // YYYY-MM-DD
}

export interface MonthChurn {
  month: string;
  activeAtStart: number;
  churned: number;
}

const spellsCte = `
WITH days AS (
  SELECT DISTINCT customer_id, substr(order_date, 1, 10) AS day
  FROM orders
  WHERE status = 'completed' AND substr(order_date, 1, 10) <= :dataDate
),
gaps AS (
  SELECT customer_id, day,
         julianday(day) - julianday(lag(day) OVER (PARTITION BY customer_id ORDER BY day)) AS gap
  FROM days
),
numbered AS (
  SELECT customer_id, day,
         sum(CASE WHEN gap IS NULL OR gap > :inactivityDays THEN 1 ELSE 0 END)
           OVER (PARTITION BY customer_id ORDER BY day ROWS UNBOUNDED PRECEDING) AS spell
  FROM gaps
),
spells AS MATERIALIZED (
  SELECT customer_id, min(day) AS start_day, date(max(day), '+' || :inactivityDays || ' days') AS end_day
  FROM numbered
  GROUP BY customer_id, spell
)`;

/** The workspace's one data date (scoring/data-date.ts): orders and activities alike. */
export function monthlyChurn(db: Db, months: readonly MonthBounds[], asOf: string, inactivityDays: number): MonthChurn[] {
  const rows = db
    .prepare(
      `${spellsCte},
months AS (
  SELECT value ->> '$.month' AS month, value ->> '$.first' AS first, value ->> '$.last' AS last
  FROM json_each(:months)
)
SELECT m.month AS month,
       count(s.customer_id) AS activeAtStart,
       coalesce(sum(s.end_day <= m.last), 0) AS churned
FROM months m
LEFT JOIN spells s ON s.start_day < m.first AND s.end_day >= m.first
GROUP BY m.month
ORDER BY m.month`,
    )
    .all({ dataDate: asOf, inactivityDays, months: JSON.stringify(months) }) as MonthChurn[];
  return rows;
}

export function activeOn(db: Db, day: string, inactivityDays: number): number {
  const row = db.prepare(`${spellsCte} SELECT count(*) AS n FROM spells WHERE start_day <= :day AND end_day > :day`).get({ dataDate: day, inactivityDays, day }) as { n: number };
  return row.n;
}
