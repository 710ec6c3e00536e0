// An independent formulation of PRODUCT.md §5 implicit churn, written day by day from the
// definition rather than from the product's spell-based SQL: a customer is active on day d
// when an order falls in [d-89, d]; active at a month's start = active on the day before its
// first day; churned during the month = active at its start and inactive on some day of it.
import type Database from 'better-sqlite3';

export function independentMonthChurn(db: Database.Database, first: string, last: string, inactivityDays = 90): { activeAtStart: number; churned: number } {
  return db
    .prepare(
      `WITH RECURSIVE d(day) AS (SELECT :first UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < :last),
       active AS (
         SELECT c.customer_id FROM customers c
         WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'completed'
                       AND substr(o.order_date, 1, 10) BETWEEN date(:first, '-' || :n || ' days') AND date(:first, '-1 day'))
       )
       SELECT (SELECT count(*) FROM active) AS activeAtStart,
              (SELECT count(*) FROM active a WHERE EXISTS (
                 SELECT 1 FROM d WHERE NOT EXISTS (
                   SELECT 1 FROM orders o WHERE o.customer_id = a.customer_id AND o.status = 'completed'
                     AND substr(o.order_date, 1, 10) BETWEEN date(d.day, '-' || (:n - 1) || ' days') AND d.day))
              ) AS churned`,
    )
    .get({ first, last, n: inactivityDays }) as { activeAtStart: number; churned: number };
}
