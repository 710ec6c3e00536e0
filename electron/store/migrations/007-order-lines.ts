// Schema version 7: order lines (issue 10). Line-level exports repeat the order or invoice
// number once per item; the importer keeps every line here and builds `orders` from them in
// the same transaction (amount = Σ line totals). The key is the order and the line's number
// within it, so re-importing the same export with upsert updates lines instead of adding them.
// Line status takes the orders' three values, written as comparisons (see 005).
import type { Migration } from './migration';

export const migration007: Migration = {
  version: 7,
  name: 'order-lines',
  up: `
CREATE TABLE order_lines (
  order_id TEXT NOT NULL,
  line_no INTEGER NOT NULL,
  customer_id TEXT NOT NULL,
  order_date TEXT NOT NULL,
  product TEXT,
  sku TEXT,
  category TEXT,
  quantity REAL,
  unit_price REAL,
  amount REAL,
  status TEXT NOT NULL DEFAULT 'completed' CHECK (status = 'completed' OR status = 'refunded' OR status = 'cancelled'),
  attributes TEXT,
  PRIMARY KEY (order_id, line_no)
) STRICT;
CREATE INDEX order_lines_customer_date ON order_lines (customer_id, order_date);
CREATE INDEX order_lines_product ON order_lines (product);
`,
};
