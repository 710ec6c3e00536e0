// Schema version 1: the canonical tables of PRODUCT.md §4 plus imports, settings and
// snapshots. Dates are ISO-8601 TEXT ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS') so that string
// order is time order and SQLite's date functions apply. Extra source columns go to the
// JSON `attributes` column so nothing an analyst imported is lost.
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
  customer_id TEXT PRIMARY KEY,
  name TEXT,
  region TEXT,
  city TEXT,
  industry TEXT,
  segment TEXT,
  owner TEXT,
  signup_date TEXT,
  contract_end TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
  cancel_date TEXT,
  cancel_reason TEXT,
  attributes TEXT
) STRICT;
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_region ON customers (region, city);
CREATE INDEX customers_industry ON customers (industry);
CREATE INDEX customers_segment ON customers (segment);
CREATE INDEX customers_owner ON customers (owner);
CREATE INDEX customers_signup_date ON customers (signup_date);
CREATE INDEX customers_status ON customers (status, cancel_date);

CREATE TABLE orders (
  order_id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL,
  order_date TEXT NOT NULL,
  amount REAL,
  quantity REAL,
  product TEXT,
  category TEXT,
  channel TEXT,
  discount REAL,
  status TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('completed', 'refunded', 'cancelled')),
  attributes TEXT
) STRICT;
CREATE INDEX orders_customer_date ON orders (customer_id, order_date);
CREATE INDEX orders_date ON orders (order_date);

CREATE TABLE activities (
  activity_id INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  activity_date TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 1,
  duration REAL,
  attributes TEXT
) STRICT;
CREATE INDEX activities_customer_date ON activities (customer_id, activity_date);
CREATE INDEX activities_date ON activities (activity_date);

CREATE TABLE tickets (
  ticket_id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  first_response_at TEXT,
  resolved_at TEXT,
  kind TEXT,
  severity TEXT,
  satisfaction REAL,
  attributes TEXT
) STRICT;
CREATE INDEX tickets_customer_date ON tickets (customer_id, opened_at);
CREATE INDEX tickets_date ON tickets (opened_at);

CREATE TABLE surveys (
  survey_id INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  survey_date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('csat', 'nps')),
  score REAL NOT NULL,
  comment TEXT,
  attributes TEXT
) STRICT;
CREATE INDEX surveys_customer_date ON surveys (customer_id, survey_date);
CREATE INDEX surveys_date ON surveys (survey_date);

CREATE TABLE market_signals (
  signal_id INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  signal_date TEXT NOT NULL,
  competitor TEXT,
  kind TEXT NOT NULL,
  attributes TEXT
) STRICT;
CREATE INDEX market_signals_customer_date ON market_signals (customer_id, signal_date);
CREATE INDEX market_signals_date ON market_signals (signal_date);

CREATE TABLE campaigns (
  campaign_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  playbook TEXT,
  channel TEXT,
  cost_per_contact REAL,
  start_date TEXT,
  end_date TEXT,
  control_share REAL CHECK (control_share IS NULL OR (control_share >= 0 AND control_share <= 1)),
  seed INTEGER,
  attributes TEXT
) STRICT;

CREATE TABLE actions (
  action_id INTEGER PRIMARY KEY,
  campaign_id TEXT,
  customer_id TEXT NOT NULL,
  action_date TEXT NOT NULL,
  owner TEXT,
  kind TEXT,
  cost REAL,
  grp TEXT NOT NULL CHECK (grp IN ('treatment', 'control')),
  outcome TEXT,
  attributes TEXT
) STRICT;
CREATE INDEX actions_customer_date ON actions (customer_id, action_date);
CREATE INDEX actions_campaign ON actions (campaign_id, grp);
CREATE INDEX actions_date ON actions (action_date);

CREATE TABLE imports (
  import_id INTEGER PRIMARY KEY,
  source_file TEXT NOT NULL,
  source_sheet TEXT,
  imported_at TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('append', 'upsert', 'replace', 'raw', 'demo')),
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  summary TEXT
) STRICT;

CREATE TABLE raw_tables (
  raw_table TEXT PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports (import_id) ON DELETE CASCADE,
  source_file TEXT NOT NULL,
  source_sheet TEXT,
  columns TEXT NOT NULL
) STRICT;

CREATE TABLE snapshots (
  snapshot_id INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  created_at TEXT NOT NULL,
  config TEXT
) STRICT;
CREATE INDEX snapshots_as_of ON snapshots (as_of);

CREATE TABLE customer_scores (
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (snapshot_id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  health_score REAL,
  tier TEXT,
  churn_probability REAL,
  p_alive REAL,
  clv REAL,
  reasons TEXT,
  PRIMARY KEY (snapshot_id, customer_id)
) STRICT;
CREATE INDEX customer_scores_customer ON customer_scores (customer_id);
`,
};
