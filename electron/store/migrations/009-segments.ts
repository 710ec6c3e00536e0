// Schema version 9: saved segments (PRODUCT.md §6 "Segments", shared/segments/definition.ts).
// A dynamic segment stores the core's filter AST as JSON with its schema version and is
// evaluated on the newest mart whenever asked; a list stores its customer ids. Sizes are
// recorded at every snapshot for the list page's trend. Names are unique ignoring ASCII case,
// as the analyst reads them. Lists keep ids that are no customer (yet, or any more): they are
// reported, never dropped silently.
import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  name: 'segments',
  up: `
CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('dynamic', 'list')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
  color TEXT NOT NULL DEFAULT 'blue',
  definition TEXT CHECK (definition IS NULL OR json_valid(definition)),
  frozen_from INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind = 'dynamic') = (definition IS NOT NULL))
);
CREATE UNIQUE INDEX segments_name ON segments (name COLLATE NOCASE);

CREATE TABLE segment_list_members (
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  PRIMARY KEY (segment_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE segment_sizes (
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (snapshot_id) ON DELETE CASCADE,
  size INTEGER NOT NULL CHECK (size >= 0),
  PRIMARY KEY (segment_id, snapshot_id)
) WITHOUT ROWID;
`,
};
