// Schema version 6: the customer mart — what the dashboard and the analysis screens read
// instead of recomputing churn from every order (~29 s at 200 k customers). A refresh rebuilds
// all four tables from its snapshot in the snapshot's own transaction, so they always agree
// with one snapshot and one lifecycle (shared/scoring/lifecycle.ts); a failed refresh leaves
// the previous ones. Before any refresh, customer_mart holds the customers' profiles and
// purchase totals with no lifecycle (NULL: not decided yet) and no scores, so the Customers
// grid lists what was imported; the other three tables stay empty until the first refresh.
// - customer_mart: one row per customer of `customers` — the profile as imported, purchase
//   aggregates as of the snapshot day (order_count = orders not cancelled, total_amount =
//   completed orders' amounts), the lifecycle with its churn date and kind, the snapshot's
//   scores (top_reason = reason type of the first reason) and features (the snapshot_features
//   column names), and the previous snapshot's main scores for change filters.
// - customer_spells: each customer's active spells up to the snapshot day (end_date = first
//   churned day, NULL while ongoing): "active on day d" ⇔ some spell has start ≤ d < end.
// - churn_facts_monthly: per month (YYYY-MM, the last one partial) and profile dimensions, the
//   customers active at the month's start, those of them whose spell ended in the month
//   (churned), first spells started (acquired) and later spells started (returned). Churn rate =
//   churned / active_at_start (PRODUCT.md §5). Only rows with a non-zero count.
// - cohort_facts_monthly: customers by the month their first spell started and dimensions, and
//   how many are active on the first day of each later month (period 1, 2, …; period 0 is the
//   cohort itself, all of it active).
// The feature columns are spelled out (not generated from the catalog) so this migration never
// changes once shipped; a test checks the catalog against them. Allowed values are checked
// with comparisons rather than IN lists, which cost a lookup table per row (see 005).
import type { Migration } from './migration';

export const migration006: Migration = {
  version: 6,
  name: 'customer-mart',
  up: `
CREATE TABLE customer_mart (
  customer_id TEXT PRIMARY KEY,
  snapshot_id INTEGER,
  name TEXT,
  region TEXT,
  city TEXT,
  industry TEXT,
  segment TEXT,
  owner TEXT,
  signup_date TEXT,
  contract_end TEXT,
  status TEXT,
  cancel_date TEXT,
  cancel_reason TEXT,
  attributes TEXT,
  order_count INTEGER,
  total_amount REAL,
  first_order_date TEXT,
  last_order_date TEXT,
  lifecycle TEXT CHECK (lifecycle IS NULL OR lifecycle = 'active' OR lifecycle = 'churned' OR lifecycle = 'prospect'),
  churn_date TEXT,
  churn_kind TEXT CHECK (churn_kind IS NULL OR churn_kind = 'implicit' OR churn_kind = 'cancelled' OR churn_kind = 'contract_end' OR churn_kind = 'flag'),
  health_score REAL,
  tier TEXT,
  churn_probability REAL,
  p_alive REAL,
  clv REAL,
  expected_purchases_90d REAL,
  health_change REAL,
  rfm_r INTEGER,
  rfm_f INTEGER,
  rfm_m INTEGER,
  rfm_segment TEXT,
  rfm_class TEXT,
  value_tier TEXT,
  value_risk TEXT,
  reasons TEXT,
  top_reason TEXT,
  recency_days INTEGER,
  orders_30d INTEGER,
  orders_90d INTEGER,
  orders_180d INTEGER,
  orders_365d INTEGER,
  amount_30d REAL,
  amount_90d REAL,
  amount_180d REAL,
  amount_365d REAL,
  amount_change_90d REAL,
  avg_discount_90d REAL,
  median_order_gap_days REAL,
  overdue_ratio REAL,
  active_days_30d INTEGER,
  active_days_90d INTEGER,
  active_days_trend INTEGER,
  page_views_30d INTEGER,
  page_views_90d INTEGER,
  page_views_trend INTEGER,
  email_opens_90d INTEGER,
  tickets_90d INTEGER,
  complaints_90d INTEGER,
  severe_complaints_90d INTEGER,
  complaints_365d INTEGER,
  first_response_hours REAL,
  satisfaction_avg REAL,
  satisfaction_trend REAL,
  nps_avg REAL,
  nps_trend REAL,
  competitor_signals_90d INTEGER,
  price_signals_90d INTEGER,
  tenure_days INTEGER,
  days_to_contract_end INTEGER,
  prev_health_score REAL,
  prev_churn_probability REAL,
  prev_clv REAL,
  prev_p_alive REAL
) STRICT;
CREATE INDEX customer_mart_lifecycle ON customer_mart (lifecycle, tier, churn_probability);
CREATE INDEX customer_mart_region ON customer_mart (region, owner);
CREATE INDEX customer_mart_owner ON customer_mart (owner);
CREATE INDEX customer_mart_health ON customer_mart (health_score);
CREATE INDEX customer_mart_probability ON customer_mart (churn_probability);
CREATE INDEX customer_mart_clv ON customer_mart (clv);
CREATE INDEX customer_mart_value_risk ON customer_mart (value_risk);
-- Covering indexes for the cockpit: the tier distribution, at-risk count and CLV at risk read
-- (tier, clv) alone; the value × risk matrix reads (value_tier, tier, lifecycle, clv) alone —
-- a scan of a narrow index instead of a million wide mart rows.
CREATE INDEX customer_mart_tier ON customer_mart (tier, clv);
CREATE INDEX customer_mart_value_matrix ON customer_mart (value_tier, tier, lifecycle, clv);
CREATE INDEX customer_mart_signup ON customer_mart (signup_date);
CREATE INDEX customer_mart_last_order ON customer_mart (last_order_date);

CREATE TABLE customer_spells (
  customer_id TEXT NOT NULL,
  spell INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  PRIMARY KEY (customer_id, spell)
) WITHOUT ROWID, STRICT;

CREATE TABLE churn_facts_monthly (
  month TEXT NOT NULL,
  region TEXT,
  city TEXT,
  owner TEXT,
  industry TEXT,
  segment TEXT,
  active_at_start INTEGER NOT NULL,
  churned INTEGER NOT NULL,
  acquired INTEGER NOT NULL,
  returned INTEGER NOT NULL
) STRICT;
CREATE INDEX churn_facts_monthly_key ON churn_facts_monthly (month, region, owner, industry, segment, city);

CREATE TABLE cohort_facts_monthly (
  cohort_month TEXT NOT NULL,
  period INTEGER NOT NULL,
  region TEXT,
  owner TEXT,
  industry TEXT,
  segment TEXT,
  customers INTEGER NOT NULL,
  active INTEGER NOT NULL
) STRICT;
CREATE INDEX cohort_facts_monthly_key ON cohort_facts_monthly (cohort_month, period, region, owner, industry, segment);
`,
};
