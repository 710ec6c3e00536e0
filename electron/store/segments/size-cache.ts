// A dynamic segment's size now, counted once per state of the database: segment.list, the value
// picker's saved_segment profile and segment.get ask again and again while nothing changes. The
// key is the same as the column cache's (another connection's commit bumps data_version, this
// one's writes total_changes()), plus the rule as stored and the as-of date.
import type { FilterNode } from '../../../shared/query';
import type { Db } from '../database';
import { countMatching } from '../analytics/run-query';
import type { CustomerFilterContext } from './filter-context';

const MAX_ENTRIES = 500;
const caches = new WeakMap<Db, { key: string; sizes: Map<string, number> }>();

function stateKey(db: Db): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String(db.prepare('SELECT total_changes()').pluck().get())}`;
}

export function dynamicSegmentSize(db: Db, filter: FilterNode, context: CustomerFilterContext): number {
  const key = stateKey(db);
  let cache = caches.get(db);
  if (!cache || cache.key !== key) caches.set(db, (cache = { key, sizes: new Map() }));
  // The filter may reference other segments, whose rules are part of the same database state.
  const id = `${context.asOf}:${JSON.stringify(filter)}`;
  const hit = cache.sizes.get(id);
  if (hit !== undefined) return hit;
  const size = countMatching(db, 'customer', filter, context.asOf, context.catalog, context);
  if (cache.sizes.size >= MAX_ENTRIES) cache.sizes.clear();
  cache.sizes.set(id, size);
  return size;
}
