// Schema version 10: named dashboards (PRODUCT.md §6 "Dashboards", shared/dashboards/dashboard.ts).
// The spec is the DashboardSpec JSON with its schema version; it is re-parsed with the schema on
// every read, so a spec edited outside the app is refused, never trusted. Names are unique after
// trimming and lower-casing (name_key, written by the store), as the analyst reads them.
import type { Migration } from './migration';

export const migration010: Migration = {
  version: 10,
  name: 'dashboards',
  up: `
CREATE TABLE dashboards (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key TEXT NOT NULL UNIQUE CHECK (name_key = lower(trim(name))),
  spec TEXT NOT NULL CHECK (json_valid(spec)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
