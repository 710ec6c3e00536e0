// Schema version 8: reject reasons as codes with params (shared/contract/domains/import-rejects.ts)
// instead of one bilingual sentence, so the rejects of an import group by reason (a guest
// checkout, an unpaid order, a value of the wrong type…) and every reader sees them in their
// own language. import_rejects gains `code` and `params` (JSON, keys sorted: one spelling per
// reason) and loses `reason`; the sentences already stored become code 'legacy' with the
// sentence as params.text, shown as before. The index serves the summary by reason and the
// paging of one group.
import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  name: 'reject-codes',
  up: `
ALTER TABLE import_rejects ADD COLUMN code TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE import_rejects ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
UPDATE import_rejects SET params = json_object('text', reason);
ALTER TABLE import_rejects DROP COLUMN reason;
CREATE INDEX import_rejects_reason ON import_rejects (import_id, code, params, reject_id);
`,
};
