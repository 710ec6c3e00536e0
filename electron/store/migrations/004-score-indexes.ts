// Schema version 4: customer_scores loses its index on customer_id alone. Every snapshot
// adds a million entries to it, spread across the whole index, so each refresh rewrote all
// of its pages (the cost grew with every snapshot kept). The one reader, a customer's score
// history, now walks the snapshots and looks each one up by the primary key
// (snapshot_id, customer_id) — one probe per snapshot.
// The customer list sorts and filters on the latest snapshot's scores, so each sortable score
// gets a (snapshot_id, score) index: without one, sorting 1 M customers by CLV took 14 s a page.
// The tier index carries the churn probability too, because "at risk, most likely to churn
// first" is the list analysts open most. Indexes customer_scores keeps: the primary key
// (snapshot_id, customer_id), health_score, churn_probability, (tier, churn_probability),
// clv and p_alive — each after snapshot_id.
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'score-indexes',
  up: `
DROP INDEX IF EXISTS customer_scores_customer;
DROP INDEX IF EXISTS customer_scores_tier;
CREATE INDEX customer_scores_tier ON customer_scores (snapshot_id, tier, churn_probability);
CREATE INDEX customer_scores_clv ON customer_scores (snapshot_id, clv);
CREATE INDEX customer_scores_p_alive ON customer_scores (snapshot_id, p_alive);
`,
};
