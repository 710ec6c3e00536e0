// The catalog of one workspace: the built-in fields plus the imported attributes found in the
// customer mart. Discovery samples the mart (attribute keys are the same on every row of one
// import), and the result is kept until the database changes (another connection's commit
// bumps data_version, this one's total_changes()).
import { buildCatalog, type Catalog, type DiscoveredAttribute } from '../../../shared/catalog';
import type { Db } from '../database';

const SAMPLE_ROWS = 2000;
const cache = new WeakMap<Db, { key: string; catalog: Catalog }>();

export function discoverAttributes(db: Db): DiscoveredAttribute[] {
  const rows = db
    .prepare(
      `SELECT j.key AS name, sum(j.type IN ('integer', 'real')) AS numbers, sum(j.type NOT IN ('integer', 'real', 'null')) AS texts
       FROM (SELECT attributes FROM customer_mart WHERE attributes IS NOT NULL AND json_valid(attributes) LIMIT ${SAMPLE_ROWS}) m, json_each(m.attributes) j
       GROUP BY j.key ORDER BY min(j.id), j.key`,
    )
    .all() as { name: string; numbers: number; texts: number }[];
  return rows.map((r) => ({ name: r.name, type: r.numbers > 0 && r.texts === 0 ? 'number' : 'text' }));
}

export function workspaceCatalog(db: Db): Catalog {
  const key = `${String(db.pragma('data_version', { simple: true }))}:${String(db.prepare('SELECT total_changes()').pluck().get())}`;
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.catalog;
  const catalog = buildCatalog(discoverAttributes(db));
  cache.set(db, { key, catalog });
  return catalog;
}
