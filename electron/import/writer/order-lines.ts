// Orders from order lines (issue 10 §1): a line-level export's rows land in order_lines, and in
// the same transaction the orders they belong to are (re)built from all their stored lines —
// amount = Σ line totals (the mapper fills a missing total with quantity × unit price), quantity = Σ,
// the earliest date, the first line's customer, the largest line's product and category. An
// order whose lines are all returns is a refund with its (negative) amount; one whose lines
// are all cancelled is cancelled; a completed order that nets below zero is a refund too.
// Rebuilding from every stored line (not from this import's rows only) keeps upserts honest:
// re-importing the same export replaces its lines, and its orders come out the same.
import type { ImportMode } from '../../../shared/contract/domains/import';
import type { Db } from '../../store/database';

export interface LineOrderSummary {
  /** Lines of the rebuilt orders (this import's and any stored earlier). */
  lines: number;
  orders: number;
  refunded: number;
  cancelled: number;
}

export interface LineOrders {
  /** Orders whose lines this import wrote, with the highest line number written for each. */
  note(orderIds: readonly string[], lineNumbers: readonly number[]): void;
  /**
   * Rebuilds the noted orders; null when no line was written. With upsert or replace, an order's
   * lines past the highest this import wrote are removed first: the export's lines of an order
   * replace the stored ones (an order re-exported with fewer lines does not keep its old last ones).
   */
  rebuild(mode: ImportMode): LineOrderSummary | null;
}

/** Amounts are sums of products of decimals: rounded so 2.55 × 6 is 15.3, not 15.299999999999999. */
const DECIMALS = 6;

// The same rules as shared/import/line-orders.ts (the preview's, tested against this): with a
// completed line, the net of the lines (a credit line subtracts, a returned or cancelled line
// adds nothing), refunded when negative; with only returns, their sum; else cancelled.
const REBUILD_SQL = `
WITH g AS MATERIALIZED (
  SELECT l.order_id,
         min(l.order_date) AS order_date,
         sum(l.quantity) AS quantity,
         sum(l.status = 'completed') AS completed,
         sum(l.status = 'refunded') AS refunded,
         sum(CASE l.status WHEN 'completed' THEN l.amount WHEN 'refunded' THEN min(l.amount, 0) END) AS net,
         sum(CASE WHEN l.status = 'refunded' THEN l.amount END) AS returned,
         sum(l.amount) AS all_amount
  FROM temp.import_line_orders a CROSS JOIN order_lines l ON l.order_id = a.order_id
  GROUP BY l.order_id
), t AS (
  SELECT g.*, round(CASE WHEN g.completed > 0 THEN g.net WHEN g.refunded > 0 THEN g.returned ELSE g.all_amount END, ${DECIMALS}) AS amount FROM g
)
INSERT INTO orders (order_id, customer_id, order_date, amount, quantity, product, category, status)
SELECT t.order_id,
       (SELECT f.customer_id FROM order_lines f WHERE f.order_id = t.order_id ORDER BY f.line_no LIMIT 1),
       t.order_date,
       t.amount,
       t.quantity,
       (SELECT b.product FROM order_lines b WHERE b.order_id = t.order_id ORDER BY abs(coalesce(b.amount, 0)) DESC, b.line_no LIMIT 1),
       (SELECT b.category FROM order_lines b WHERE b.order_id = t.order_id ORDER BY abs(coalesce(b.amount, 0)) DESC, b.line_no LIMIT 1),
       CASE WHEN t.completed > 0 THEN (CASE WHEN t.amount < 0 THEN 'refunded' ELSE 'completed' END) WHEN t.refunded > 0 THEN 'refunded' ELSE 'cancelled' END
FROM t WHERE true
ON CONFLICT (order_id) DO UPDATE SET
  customer_id = excluded.customer_id, order_date = excluded.order_date, amount = excluded.amount, quantity = excluded.quantity,
  product = excluded.product, category = excluded.category, status = excluded.status`;

export function lineOrders(db: Db): LineOrders {
  let insert: ReturnType<Db['prepare']> | null = null;
  return {
    note(orderIds, lineNumbers) {
      if (!insert) {
        db.exec('DROP TABLE IF EXISTS temp.import_line_orders; CREATE TEMP TABLE import_line_orders (order_id TEXT PRIMARY KEY, lines INTEGER NOT NULL);');
        insert = db.prepare('INSERT INTO temp.import_line_orders (order_id, lines) VALUES (?, ?) ON CONFLICT (order_id) DO UPDATE SET lines = max(lines, excluded.lines)');
      }
      orderIds.forEach((id, k) => insert?.run([id, lineNumbers[k] ?? 0]));
    },
    rebuild(mode) {
      if (!insert) return null;
      if (mode !== 'append') {
        db.prepare(
          `DELETE FROM order_lines WHERE rowid IN (SELECT l.rowid FROM temp.import_line_orders a CROSS JOIN order_lines l ON l.order_id = a.order_id AND l.line_no > a.lines)`,
        ).run();
      }
      db.prepare(REBUILD_SQL).run();
      const counts = db
        .prepare(
          `SELECT count(*) AS orders, coalesce(sum(o.status = 'refunded'), 0) AS refunded, coalesce(sum(o.status = 'cancelled'), 0) AS cancelled,
                  (SELECT count(*) FROM temp.import_line_orders a CROSS JOIN order_lines l ON l.order_id = a.order_id) AS lines
           FROM temp.import_line_orders a CROSS JOIN orders o ON o.order_id = a.order_id`,
        )
        .get() as LineOrderSummary;
      db.exec('DROP TABLE temp.import_line_orders');
      insert = null;
      return counts;
    },
  };
}
