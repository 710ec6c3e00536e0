// Schema version 3: scoring. Snapshots gain their provenance (health version, model run,
// summary); customer_scores gains the stored breakdown (per-group and per-indicator
// sub-scores as JSON, so the screen shows what was computed, not a recomputation), RFM,
// value × risk and CLV columns; per-customer features of each snapshot get their own
// table; health configurations and model runs are versioned rows.
// The feature columns are spelled out (not generated from the catalog) so this migration
// never changes once shipped; a test checks the catalog against them.
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'scoring',
  up: `
ALTER TABLE snapshots ADD COLUMN customers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE snapshots ADD COLUMN health_version INTEGER;
ALTER TABLE snapshots ADD COLUMN model_run_id INTEGER;
ALTER TABLE snapshots ADD COLUMN summary TEXT;

ALTER TABLE customer_scores ADD COLUMN health_change REAL;
ALTER TABLE customer_scores ADD COLUMN health_groups TEXT;
ALTER TABLE customer_scores ADD COLUMN health_indicators TEXT;
ALTER TABLE customer_scores ADD COLUMN rfm_r INTEGER;
ALTER TABLE customer_scores ADD COLUMN rfm_f INTEGER;
ALTER TABLE customer_scores ADD COLUMN rfm_m INTEGER;
ALTER TABLE customer_scores ADD COLUMN rfm_segment TEXT;
ALTER TABLE customer_scores ADD COLUMN rfm_class TEXT;
ALTER TABLE customer_scores ADD COLUMN value_tier TEXT;
ALTER TABLE customer_scores ADD COLUMN value_risk TEXT;
ALTER TABLE customer_scores ADD COLUMN expected_purchases_90d REAL;
ALTER TABLE customer_scores ADD COLUMN churned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customer_scores ADD COLUMN churn_date TEXT;
CREATE INDEX customer_scores_health ON customer_scores (snapshot_id, health_score);
CREATE INDEX customer_scores_probability ON customer_scores (snapshot_id, churn_probability);
CREATE INDEX customer_scores_tier ON customer_scores (snapshot_id, tier);

CREATE TABLE snapshot_features (
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (snapshot_id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
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
  PRIMARY KEY (snapshot_id, customer_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE health_configs (
  version INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  note TEXT,
  config TEXT NOT NULL
) STRICT;

CREATE TABLE model_runs (
  run_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('logistic', 'tree', 'bgnbd', 'gammaGamma')),
  created_at TEXT NOT NULL,
  snapshot_id INTEGER REFERENCES snapshots (snapshot_id) ON DELETE SET NULL,
  label TEXT CHECK (label IS NULL OR label IN ('implicit', 'active')),
  train_as_of TEXT,
  eval_as_of TEXT,
  horizon_days INTEGER,
  evaluation TEXT NOT NULL CHECK (evaluation IN ('time', 'random', 'none')),
  seed INTEGER,
  train_rows INTEGER NOT NULL DEFAULT 0,
  eval_rows INTEGER NOT NULL DEFAULT 0,
  features TEXT NOT NULL,
  config TEXT NOT NULL,
  params TEXT NOT NULL,
  model TEXT,
  metrics TEXT,
  train_metrics TEXT
) STRICT;
CREATE INDEX model_runs_kind ON model_runs (kind, run_id);
`,
};
