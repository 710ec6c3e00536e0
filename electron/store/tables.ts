// Table inventory for `workspace.info` and the CLI `info` command.
import type { Db } from './database';

export function tableCounts(db: Db): { name: string; rows: number }[] {
  const names = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  // Names come from sqlite_schema itself, and are quoted as identifiers.
  return names.map((name) => ({
    name,
    rows:
      (db
        .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number) ?? 0,
  }));
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
