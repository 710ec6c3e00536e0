// customer_mart rows: built at refresh from the new snapshot (buildMart), or rebuilt from the
// newest snapshot after customers change (rebuildMartProfiles). Scores, features and the
// previous snapshot's scores are copied inside SQLite by key lookups; only what the refresh
// alone knows (lifecycle, purchase aggregates as of the snapshot day) crosses from JS, eight
// values a customer. The mart's indexes are dropped while it fills and rebuilt after: one sort
// per index instead of a random b-tree insert per row and index (200 k customers: ~2 s for
// rows and indexes, ~5 s filling with the indexes in place).
import { dayOf, isoOfDay } from '../../../shared/scoring/days';
import { CHURN_KINDS, LIFECYCLE_STATES, NO_KIND, type LifecycleColumns } from '../../../shared/scoring/lifecycle';
import type { Db } from '../database';
import { workspaceDataDate } from '../scoring/data-date';
import { insertBatched, rowGroups } from './batch-insert';
import { SUPPLIED, martInsertSql, type Supplied } from './mart-columns';
import type { OrderAggregates } from './order-aggregates';
import { basisComparer, snapshotBases } from '../scoring/health-basis';

export interface MartSnapshot {
  snapshotId: number;
  /** The snapshot before it (for prev_ columns), null when none. */
  previousId: number | null;
  /** Its day T ('YYYY-MM-DD'): purchase aggregates of customers it does not score stop there. */
  asOf: string;
}

export interface MartRows {
  /** Number of scored customers (the snapshot's rows), in SQLite's order of customer ids. */
  count: number;
  id: (row: number) => string;
  lifecycle: LifecycleColumns;
  orders: OrderAggregates;
}

const SUPPLIED_FROM_X = Object.fromEntries(SUPPLIED.map((name) => [name, `x.${name}`])) as Record<Supplied, string>;

/** Replaces every mart row: the snapshot's customers from `rows`, then customers it does not score. */
export function buildMart(db: Db, snapshot: MartSnapshot, rows: MartRows, onRows?: (done: number) => void): void {
  withoutIndexes(db, () => {
    db.prepare('DELETE FROM customer_mart').run();
    const width = SUPPLIED.length + 1;
    const previous = { id: snapshot.previousId, healthComparable: comparableHealth(db, snapshot) };
    // Each row's key: its score row's rowid when the snapshot's rows lie in row order (one
    // b-tree descent instead of two), else the customer id.
    const first = firstScoreRowid(db, snapshot.snapshotId, rows);
    const from =
      first === null
        ? 'x CROSS JOIN customers c ON c.customer_id = x.customer_key'
        : 'x CROSS JOIN customer_scores s ON s.rowid = x.customer_key CROSS JOIN customers c ON c.customer_id = s.customer_id';
    const sql = (k: number) =>
      `WITH x (customer_key, ${SUPPLIED.join(', ')}) AS (VALUES ${rowGroups(k, width)})\n${martInsertSql(SUPPLIED_FROM_X, from, snapshot.snapshotId, previous, first !== null)}`;
    const dates = new Map<number, string>();
    const iso = (day: number): string | null => {
      if (!Number.isFinite(day)) return null;
      let s = dates.get(day);
      if (s === undefined) dates.set(day, (s = isoOfDay(day)));
      return s;
    };
    const { lifecycle: life, orders } = rows;
    insertBatched(
      db,
      sql,
      width,
      rows.count,
      (r, p, at) => {
        const kind = life.kind[r]!;
        p[at] = first === null ? rows.id(r) : first + r;
        p[at + 1] = LIFECYCLE_STATES[life.state[r]!]!;
        p[at + 2] = iso(life.churnDay[r]!);
        p[at + 3] = kind === NO_KIND ? null : CHURN_KINDS[kind]!;
        p[at + 4] = orders.count[r]!;
        p[at + 5] = orders.amount[r]!;
        p[at + 6] = iso(orders.firstDay[r]!);
        p[at + 7] = iso(orders.lastDay[r]!);
      },
      onRows,
    );
    // Usually every customer is scored: two counts spare the anti-join over all customers.
    const customers = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    if (customers > rows.count) insertUnscored(db, snapshot, { keep: false });
  });
}

/**
 * The rowid of row 0's score row when the snapshot's score rows are rowids first … first+n−1
 * in row order — as writeSnapshot inserts them, row by row in one transaction; null otherwise.
 */
function firstScoreRowid(db: Db, snapshotId: number, rows: MartRows): number | null {
  if (rows.count === 0) return null;
  const range = db.prepare('SELECT min(rowid) AS lo, max(rowid) AS hi, count(*) AS n FROM customer_scores WHERE snapshot_id = ?').get(snapshotId) as {
    lo: number | null;
    hi: number | null;
    n: number;
  };
  if (range.lo === null || range.hi === null || range.n !== rows.count || range.hi - range.lo + 1 !== rows.count) return null;
  const idAt = db.prepare('SELECT customer_id FROM customer_scores WHERE rowid = ?').pluck();
  return idAt.get(range.lo) === rows.id(0) && idAt.get(range.hi) === rows.id(rows.count - 1) ? range.lo : null;
}

/**
 * Rebuilds every mart row from `customers` and the newest snapshot, e.g. after an import added
 * or changed customers. Lifecycles the last refresh decided for the newest snapshot are kept;
 * any other customer is 'churned' when that snapshot says so (churn kind read back from the
 * customer row), else 'active' with an order not cancelled by the data date and 'prospect'
 * without one. The choice: a customer the snapshot does not know has no churn decided yet,
 * and one who has bought is treated as a live customer until the next refresh decides.
 * Purchase aggregates are as of the data date. Without a snapshot the mart lists every
 * customer's profile and purchase totals with no lifecycle (NULL) and no scores.
 */
export function rebuildMartProfiles(db: Db): void {
  const [newest, previous] = db.prepare('SELECT snapshot_id FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 2').pluck().all() as number[];
  db.transaction(() => {
    if (newest === undefined) {
      // Before any refresh the grid still lists what was imported: profiles and purchase
      // totals, no lifecycle decided yet and no scores (snapshot 0 does not exist).
      withoutIndexes(db, () => {
        db.prepare('DELETE FROM customer_mart').run();
        insertUnscored(db, { snapshotId: 0, previousId: null, asOf: workspaceDataDate(db)?.iso ?? '9999-12-30' }, { keep: false, undecided: true });
      });
      return;
    }
    db.exec(`DROP TABLE IF EXISTS temp.mart_kept;
      CREATE TEMP TABLE mart_kept AS SELECT customer_id, lifecycle, churn_date, churn_kind FROM customer_mart WHERE snapshot_id = ${Math.trunc(newest)};
      CREATE UNIQUE INDEX temp.mart_kept_id ON mart_kept (customer_id);`);
    try {
      withoutIndexes(db, () => {
        db.prepare('DELETE FROM customer_mart').run();
        const asOf = workspaceDataDate(db)?.iso ?? (db.prepare('SELECT max(as_of) FROM snapshots').pluck().get() as string);
        insertUnscored(db, { snapshotId: newest, previousId: previous ?? null, asOf }, { keep: true });
      });
    } finally {
      db.exec('DROP TABLE IF EXISTS temp.mart_kept');
    }
  })();
}

/**
 * Inserts mart rows for the customers without one yet, purchase aggregates up to `asOf`. With
 * `keep`, lifecycles come from temp.mart_kept first, then from the snapshot's churn flag.
 */
function insertUnscored(db: Db, snapshot: MartSnapshot, options: { keep: boolean; undecided?: boolean }): void {
  const next = isoOfDay(dayOf(snapshot.asOf) + 1);
  const bought = 'coalesce(o.order_count, 0) > 0';
  const fallback = `CASE WHEN s.churned = 1 THEN 'churned' WHEN ${bought} THEN 'active' ELSE 'prospect' END`;
  const churnDate = `CASE WHEN s.churned = 1 THEN s.churn_date END`;
  // A refresh's churn date is the cancel date, the contract end, none (flag) or else implicit.
  const kind = `CASE WHEN s.churned = 1 THEN CASE
      WHEN c.status = 'cancelled' AND (c.cancel_date IS NULL OR substr(c.cancel_date, 1, 10) = s.churn_date) THEN 'cancelled'
      WHEN substr(c.contract_end, 1, 10) = s.churn_date THEN 'contract_end'
      WHEN s.churn_date IS NULL THEN 'flag' ELSE 'implicit' END END`;
  const decided = (sql: string) => (options.undecided ? 'NULL' : sql);
  const supplied: Record<Supplied, string> = {
    lifecycle: options.undecided ? 'NULL' : options.keep ? `coalesce(k.lifecycle, ${fallback})` : fallback,
    churn_date: decided(options.keep ? `CASE WHEN k.customer_id IS NOT NULL THEN k.churn_date ELSE ${churnDate} END` : churnDate),
    churn_kind: decided(options.keep ? `CASE WHEN k.customer_id IS NOT NULL THEN k.churn_kind ELSE ${kind} END` : kind),
    order_count: 'coalesce(o.order_count, 0)',
    total_amount: 'coalesce(o.total_amount, 0)',
    first_order_date: 'o.first_order_date',
    last_order_date: 'o.last_order_date',
  };
  const from = `u CROSS JOIN customers c ON c.customer_id = u.customer_id LEFT JOIN o ON o.customer_id = c.customer_id${
    options.keep ? ' LEFT JOIN temp.mart_kept k ON k.customer_id = c.customer_id' : ''
  }`;
  // Same aggregates as order-aggregates.ts: purchases counted and dated, net spend (credit notes subtract, shared/domain/order-net.ts netAmount).
  db.prepare(
    `WITH u AS MATERIALIZED (SELECT customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_mart m WHERE m.customer_id = c.customer_id)),
o AS MATERIALIZED (
  SELECT o.customer_id, sum(o.status = 'completed') AS order_count,
         coalesce(sum(CASE o.status WHEN 'completed' THEN o.amount WHEN 'refunded' THEN min(o.amount, 0) END), 0) AS total_amount,
         min(CASE WHEN o.status = 'completed' THEN substr(o.order_date, 1, 10) END) AS first_order_date,
         max(CASE WHEN o.status = 'completed' THEN substr(o.order_date, 1, 10) END) AS last_order_date
  FROM u JOIN orders o ON o.customer_id = u.customer_id
  WHERE o.status <> 'cancelled' AND o.order_date < :next
  GROUP BY o.customer_id)
${martInsertSql(supplied, from, snapshot.snapshotId, { id: snapshot.previousId, healthComparable: comparableHealth(db, snapshot) })}`,
  ).run({ next });
}

/** Whether the snapshot and the one before it scored health on the same basis. */
function comparableHealth(db: Db, snapshot: MartSnapshot): boolean {
  if (snapshot.previousId === null) return true;
  const bases = snapshotBases(db);
  const now = bases.get(snapshot.snapshotId);
  const before = bases.get(snapshot.previousId);
  return now !== undefined && before !== undefined && basisComparer(db)(before, now);
}

/** Runs `fill` with the mart's indexes dropped, then recreates them as the schema declares them. */
function withoutIndexes(db: Db, fill: () => void): void {
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customer_mart' AND sql IS NOT NULL`).all() as {
    name: string;
    sql: string;
  }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`);
  fill();
  for (const { sql } of indexes) db.exec(sql);
  // Every mart write passes here: readers key their in-memory columns on this (column-cache.ts).
  db.prepare(`INSERT INTO meta (key, value) VALUES ('mart_generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`).run();
}
