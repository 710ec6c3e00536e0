// Statements over the segments table: the saved segments and lists as stored (definition and
// tags as JSON text). Interpretation of a definition lives in definition-read.ts.
import type { Db } from '../database';

export interface SegmentRow {
  readonly id: number;
  readonly kind: 'dynamic' | 'list';
  readonly name: string;
  readonly description: string;
  readonly tags: string;
  readonly color: string;
  readonly definition: string | null;
  readonly frozen_from: number | null;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface SegmentWrite {
  readonly kind: 'dynamic' | 'list';
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly color: string;
  readonly definition: string | null;
  readonly frozenFrom: number | null;
}

const COLUMNS = 'id, kind, name, description, tags, color, definition, frozen_from, created_at, updated_at';

export function allSegmentRows(db: Db): SegmentRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM segments ORDER BY name COLLATE NOCASE, id`).all() as SegmentRow[];
}

export function segmentRow(db: Db, id: number): SegmentRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM segments WHERE id = ?`).get(id) as SegmentRow | undefined;
}

/** Names compare as the unique index does (ASCII case ignored). */
export function segmentRowByName(db: Db, name: string): SegmentRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM segments WHERE name = ? COLLATE NOCASE`).get(name) as SegmentRow | undefined;
}

export function insertSegmentRow(db: Db, row: SegmentWrite, now: string): number {
  const result = db
    .prepare(`INSERT INTO segments (kind, name, description, tags, color, definition, frozen_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(row.kind, row.name, row.description, JSON.stringify(row.tags), row.color, row.definition, row.frozenFrom, now, now);
  return Number(result.lastInsertRowid);
}

/** Changes the details (and a dynamic segment's definition when given); the kind never changes. */
export function updateSegmentRow(
  db: Db,
  id: number,
  change: { readonly name: string; readonly description: string; readonly tags: readonly string[]; readonly color: string; readonly definition?: string },
  now: string,
): void {
  db.prepare(`UPDATE segments SET name = ?, description = ?, tags = ?, color = ?, definition = coalesce(?, definition), updated_at = ? WHERE id = ?`).run(
    change.name,
    change.description,
    JSON.stringify(change.tags),
    change.color,
    change.definition ?? null,
    now,
    id,
  );
}

export function deleteSegmentRow(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM segments WHERE id = ?').run(id).changes > 0;
}

export function segmentTags(row: SegmentRow): string[] {
  const parsed: unknown = JSON.parse(row.tags);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}
