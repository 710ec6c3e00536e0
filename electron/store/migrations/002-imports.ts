// Schema version 2: what an import leaves behind besides its rows — counts per source table,
// every rejected cell with its location, and the analyst's saved column mappings.
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'imports',
  up: `
CREATE TABLE import_tables (
  import_id INTEGER NOT NULL REFERENCES imports (import_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  source_file TEXT NOT NULL,
  source_table TEXT NOT NULL,
  source_sheet TEXT,
  target TEXT NOT NULL,
  raw_table TEXT NOT NULL,
  mapping_source TEXT NOT NULL,
  mapping_name TEXT,
  mapping TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (import_id, seq)
) STRICT;

CREATE TABLE import_rejects (
  reject_id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports (import_id) ON DELETE CASCADE,
  source_file TEXT NOT NULL,
  source_table TEXT NOT NULL,
  source_sheet TEXT,
  source_row INTEGER NOT NULL,
  source_column TEXT,
  value TEXT,
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX import_rejects_import ON import_rejects (import_id, reject_id);

CREATE TABLE mappings (
  name TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE mapping_signatures (
  signature TEXT NOT NULL,
  name TEXT NOT NULL REFERENCES mappings (name) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (signature, name)
) STRICT;
`,
};
