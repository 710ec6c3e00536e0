// The refresh's mart step, in two halves. prepareMart runs while the event history is loaded
// (the refresh drops it before writing): spells, their monthly facts and the purchase
// aggregates, all compact. writeMart runs inside the snapshot's transaction, so a failed or
// cancelled refresh leaves the previous mart: customer_mart, customer_spells and both fact
// tables, replaced whole. The mart follows the newest snapshot (by as-of date, then id, as the
// customer list picks it): a refresh as of an earlier day than an existing snapshot leaves
// the mart as it is.
import type { ChurnDefinition } from '../../../shared/scoring/churn-definition';
import { isoOfDay } from '../../../shared/scoring/days';
import type { EventHistory } from '../../../shared/scoring/history';
import { spellTable, type LifecycleColumns, type SpellTable } from '../../../shared/scoring/lifecycle';
import type { Db } from '../database';
import { buildMart } from './build-mart';
import { writeFacts } from './facts-write';
import { orderAggregates, type OrderAggregates } from './order-aggregates';
import { spellFacts, type SpellFacts } from './spell-facts';
import { writeSpells } from './spells-write';

export interface MartPrep {
  /** Customer ids of the history (the spell table's customers). */
  readonly ids: readonly string[];
  readonly spells: SpellTable;
  readonly facts: SpellFacts;
  /** Aligned with the refresh's rows. */
  readonly orders: OrderAggregates;
}

const dimension = (h: EventHistory, name: string): readonly (string | null)[] => h.customers.categorical.get(`cat:${name}`) ?? [];

/**
 * `rows`: the history indexes of the refresh's rows (its feature frame's). Null when a snapshot
 * dated after T exists: the mart stays with that one, so there is nothing to prepare.
 */
export function prepareMart(db: Db, h: EventHistory, def: ChurnDefinition, T: number, rows: ArrayLike<number>): MartPrep | null {
  if (db.prepare('SELECT 1 FROM snapshots WHERE as_of > ? LIMIT 1').get(isoOfDay(T)) !== undefined) return null;
  const spells = spellTable(h, def, T);
  const dims = {
    region: dimension(h, 'region'),
    city: dimension(h, 'city'),
    owner: dimension(h, 'owner'),
    industry: dimension(h, 'industry'),
    segment: dimension(h, 'segment'),
  };
  return { ids: h.customers.ids, spells, facts: spellFacts(spells, dims, T), orders: orderAggregates(h, rows) };
}

export interface MartWrite {
  snapshotId: number;
  asOf: string;
  /** The refresh's rows: their count, customer ids and lifecycles. */
  rows: number;
  id: (row: number) => string;
  lifecycle: LifecycleColumns;
}

/**
 * Replaces the mart from the snapshot just written; `onProgress` gets the fraction done (0–1).
 * Returns false, writing nothing, when a newer snapshot exists (prep is then null).
 */
export function writeMart(db: Db, prep: MartPrep | null, write: MartWrite, onProgress: (fraction: number) => void): boolean {
  const [newest, previous] = db.prepare('SELECT snapshot_id FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 2').pluck().all() as number[];
  if (prep === null || newest !== write.snapshotId) return false;
  // The sorter that builds each mart index keeps its runs in memory up to the cache size;
  // with SQLite's default 2 MB it spills to temporary files and merges them back. Pages are
  // allocated on demand, so small workspaces pay nothing.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (cacheSize > -MART_CACHE_KIB) db.pragma(`cache_size = -${MART_CACHE_KIB}`);
  try {
    replaceMart(db, prep, write, previous ?? null, onProgress);
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return true;
}

const MART_CACHE_KIB = 128 * 1024;

function replaceMart(db: Db, prep: MartPrep, write: MartWrite, previous: number | null, onProgress: (fraction: number) => void): void {
  // Shares by measured time at 1 M customers: the mart's rows ~½ and its indexes ~⅖, spells
  // most of the rest; the facts are a few thousand rows.
  buildMart(
    db,
    { snapshotId: write.snapshotId, previousId: previous, asOf: write.asOf },
    { count: write.rows, id: write.id, lifecycle: write.lifecycle, orders: prep.orders },
    (done) => onProgress((0.5 * done) / write.rows),
  );
  onProgress(0.9);
  writeSpells(db, prep.ids, prep.spells, (done) => onProgress(0.9 + (0.09 * done) / Math.max(1, prep.spells.start.length)));
  onProgress(0.99);
  writeFacts(db, prep.facts);
  onProgress(1);
}
