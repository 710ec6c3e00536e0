// Saved column mappings: a name, the per-table mappings, and the header signatures they were
// made for, so a later file with the same headers finds its mapping without being asked.
import { SavedMappingSchema, type SavedMapping } from '../../shared/contract/domains/import';
import type { Db } from '../store/database';

export function listMappings(db: Db): SavedMapping[] {
  const rows = db.prepare('SELECT name, definition, updated_at FROM mappings ORDER BY name').all() as { name: string; definition: string; updated_at: string }[];
  const out: SavedMapping[] = [];
  for (const r of rows) {
    const parsed = SavedMappingSchema.safeParse({ ...(JSON.parse(r.definition) as object), name: r.name, updatedAt: r.updated_at });
    // A definition this version cannot read is left alone rather than breaking every import.
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function saveMapping(db: Db, mapping: SavedMapping, now = new Date()): SavedMapping {
  const updatedAt = now.toISOString();
  const definition = JSON.stringify({ tables: mapping.tables });
  db.transaction(() => {
    db.prepare(
      'INSERT INTO mappings (name, definition, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at',
    ).run(mapping.name, definition, updatedAt);
    db.prepare('DELETE FROM mapping_signatures WHERE name = ?').run(mapping.name);
    const add = db.prepare('INSERT OR IGNORE INTO mapping_signatures (signature, name) VALUES (?, ?)');
    for (const t of mapping.tables) if (t.signature) add.run(t.signature, mapping.name);
  })();
  return { ...mapping, updatedAt };
}

export function deleteMapping(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM mappings WHERE name = ?').run(name).changes > 0;
}
