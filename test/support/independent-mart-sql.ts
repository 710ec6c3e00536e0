// PRODUCT.md §5 written straight from the definition, day by day, for checking the mart: no
// spells, no thresholds carried from one order to the next. With the implicit definition on
// orders (N days) and contract ends counting, a customer is active on day d when
//   a purchase (a completed order; a refund is not one) falls in [d − N + 1, d],
//   and it is not cancelled by d (cancel date ≤ d, or cancelled without a date),
//   and its contract has not ended by d (contract_end ≤ d).
// Lifecycle as of T: churned when cancelled or contract-ended by T or the last order ≤ T is
// N or more days back; prospect without an order ≤ T; active otherwise.
import type Database from 'better-sqlite3';

const activeChurnBy = (day: string) =>
  `((c.status = 'cancelled' AND (c.cancel_date IS NULL OR substr(c.cancel_date, 1, 10) <= ${day})) OR coalesce(substr(c.contract_end, 1, 10) <= ${day}, 0))`;

export function independentLifecycleCounts(db: Database.Database, T: string, n: number): Record<'active' | 'churned' | 'prospect', number> {
  const rows = db
    .prepare(
      `SELECT CASE WHEN ${activeChurnBy(':T')} THEN 'churned'
                   WHEN o.last IS NULL THEN 'prospect'
                   WHEN date(o.last, '+' || :n || ' days') <= :T THEN 'churned'
                   ELSE 'active' END AS state, count(*) AS k
       FROM customers c
       LEFT JOIN (SELECT customer_id, max(substr(order_date, 1, 10)) AS last FROM orders
                  WHERE status = 'completed' AND substr(order_date, 1, 10) <= :T GROUP BY customer_id) o ON o.customer_id = c.customer_id
       GROUP BY state`,
    )
    .all({ T, n }) as { state: 'active' | 'churned' | 'prospect'; k: number }[];
  const out = { active: 0, churned: 0, prospect: 0 };
  for (const r of rows) out[r.state] = r.k;
  return out;
}

export interface MonthFacts {
  activeAtStart: number;
  churned: number;
  acquired: number;
  returned: number;
}

/**
 * One month's facts counted day by day over [first, last] (last = the data date for the
 * partial month): active at start = active on first − 1; churned = of those, inactive on some
 * day of the month; acquired = first active day ever in the month; returned = becoming active
 * again (inactive the day before) on a day of the month that is not the first active day.
 */
export function independentMonthFacts(db: Database.Database, first: string, last: string, n: number): MonthFacts {
  return db
    .prepare(
      `WITH RECURSIVE d(day) AS (SELECT date(:first, '-1 day') UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < :last),
       act AS MATERIALIZED (
         SELECT c.customer_id, d.day FROM customers c CROSS JOIN d
         WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'completed'
                       AND substr(o.order_date, 1, 10) BETWEEN date(d.day, '-' || (:n - 1) || ' days') AND d.day)
           AND NOT ${activeChurnBy('d.day')}
       ),
       firstActive AS MATERIALIZED (
         SELECT c.customer_id, min(substr(o.order_date, 1, 10)) AS day FROM customers c JOIN orders o ON o.customer_id = c.customer_id
         WHERE o.status = 'completed' AND NOT ${activeChurnBy('substr(o.order_date, 1, 10)')}
         GROUP BY c.customer_id
       ),
       starts AS (
         SELECT a.customer_id, a.day FROM act a
         WHERE a.day >= :first AND NOT EXISTS (SELECT 1 FROM act b WHERE b.customer_id = a.customer_id AND b.day = date(a.day, '-1 day'))
       )
       SELECT (SELECT count(*) FROM act WHERE day = date(:first, '-1 day')) AS activeAtStart,
              (SELECT count(*) FROM act a WHERE a.day = date(:first, '-1 day') AND EXISTS (
                 SELECT 1 FROM d WHERE d.day >= :first AND NOT EXISTS (SELECT 1 FROM act b WHERE b.customer_id = a.customer_id AND b.day = d.day))) AS churned,
              (SELECT count(*) FROM firstActive WHERE day BETWEEN :first AND :last) AS acquired,
              (SELECT count(*) FROM starts s JOIN firstActive f ON f.customer_id = s.customer_id WHERE s.day <> f.day) AS returned`,
    )
    .get({ first, last, n }) as MonthFacts;
}

/** Customers active (as above) on one day. */
export function independentActiveOn(db: Database.Database, day: string, n: number): number {
  return db
    .prepare(
      `SELECT count(*) FROM customers c
       WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'completed'
                     AND substr(o.order_date, 1, 10) BETWEEN date(:day, '-' || (:n - 1) || ' days') AND :day)
         AND NOT ${activeChurnBy(':day')}`,
    )
    .pluck()
    .get({ day, n }) as number;
}
