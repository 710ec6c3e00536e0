// Statements over the dashboards table (migration 010): specs stored as JSON text, read back
// through DashboardSpecSchema (dashboard-read.ts), never trusted as stored. name_key is the name
// trimmed and lower-cased, the unique key the analyst reads names by.
import type { Db } from '../database';

export interface DashboardRow {
  readonly id: number;
  readonly name: string;
  readonly spec: string;
  readonly created_at: string;
  readonly updated_at: string;
}

const COLUMNS = 'id, name, spec, created_at, updated_at';

/** The unique key of a name: trimmed, lower-cased as SQLite's lower() does (ASCII only). */
export function dashboardNameKey(name: string): string {
  return name.trim().replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/**
 * A workspace of an older version opened read-only is not migrated: it has no dashboards table,
 * and reads answer as if it held none.
 */
function hasTable(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'dashboards'`).get() !== undefined;
}

export function allDashboardRows(db: Db): DashboardRow[] {
  if (!hasTable(db)) return [];
  return db.prepare(`SELECT ${COLUMNS} FROM dashboards ORDER BY name_key, id`).all() as DashboardRow[];
}

export function dashboardRow(db: Db, id: number): DashboardRow | undefined {
  if (!hasTable(db)) return undefined;
  return db.prepare(`SELECT ${COLUMNS} FROM dashboards WHERE id = ?`).get(id) as DashboardRow | undefined;
}

export function dashboardRowByName(db: Db, name: string): DashboardRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM dashboards WHERE name_key = ?`).get(dashboardNameKey(name)) as DashboardRow | undefined;
}

export function insertDashboardRow(db: Db, name: string, spec: string, now: string): number {
  const trimmed = name.trim();
  return Number(
    db.prepare('INSERT INTO dashboards (name, name_key, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(trimmed, dashboardNameKey(trimmed), spec, now, now)
      .lastInsertRowid,
  );
}

/** False when no such dashboard. */
export function updateDashboardRow(db: Db, id: number, name: string, spec: string, now: string): boolean {
  const trimmed = name.trim();
  return db.prepare('UPDATE dashboards SET name = ?, name_key = ?, spec = ?, updated_at = ? WHERE id = ?').run(trimmed, dashboardNameKey(trimmed), spec, now, id).changes > 0;
}

export function deleteDashboardRow(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM dashboards WHERE id = ?').run(id).changes > 0;
}
