// Loads the event history up to a day (inclusive) with one sequential scan per fact table.
// Only rows dated ≤ the limit are read, so a snapshot as of T cannot see later data; a
// ticket's response or satisfaction recorded after T is treated as not yet known.
import { dayOf, hoursBetween, isoOfDay } from '../../../shared/scoring/days';
import { EventBuilder, type EventParts } from '../../../shared/scoring/events';
import { ACTIVITY_KIND, type CustomerTable, type EventHistory } from '../../../shared/scoring/history';
import { TRUTHY_FLAGS } from '../../../shared/scoring/churn-definition';
import { netAmount } from '../../../shared/domain/order-net';
import type { Db } from '../database';
import { joinHelper, startHelper } from './load-helper';

export interface LoadOptions {
  /** Attribute holding an explicit churn flag (excluded from features). */
  flagAttribute: string | null;
  onTable?: (table: string) => void;
  /** Only what churn spells need (orders, and activities when they count): for rates and curves. */
  churnOnly?: { activities: boolean };
  /** Scan part of the fact tables on a helper thread: default when the tables are large. */
  parallel?: boolean;
  /** Told whether a started helper thread delivered its share (false: rescanned here). */
  onHelper?: (delivered: boolean) => void;
  /**
   * Customers with neither a signup date nor an order count as known: a churn-flag table with
   * nothing dated (training's random split). Loads on this thread only.
   */
  undated?: boolean;
}

const CATEGORICAL_COLUMNS = ['region', 'city', 'industry', 'segment', 'owner'] as const;
/** Attributes that describe the churn itself would leak the label into the models. */
const LEAK_PATTERN = /reason|churn|cancel|流失|原因|退订/i;
const MAX_ATTRIBUTES = 50;
const COMPLAINT_KINDS = new Set(['complaint', '投诉']);
const SEVERE = new Set(['high', 'critical', 'urgent', 'severe', '高', '严重', '紧急']);

type Row = unknown[];
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);
const numOr = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function loadHistory(db: Db, limitDay: number, options: LoadOptions): EventHistory {
  const skipActivities = options.churnOnly !== undefined && !options.churnOnly.activities;
  const skipService = options.churnOnly !== undefined;
  const tables = FACT_TABLES.filter((t) => (t === 'activities' ? !skipActivities : t === 'orders' || !skipService));
  const ranges = tables.map((t) => rowidRange(db, t));
  // The helper thread starts first: it finds the customers itself, so its share of the
  // fact scans runs while this thread is still reading the customer table.
  const helper = options.undated ? null : startHelper(db, limitDay, options.parallel, tables, ranges);
  options.onTable?.('customers');
  const { table, index } = loadCustomers(db, limitDay, options.flagAttribute, options.undated ?? false);
  const n = table.ids.length;

  const builders = new Map<FactTable, EventBuilder>();
  tables.forEach((t, k) => {
    options.onTable?.(t);
    const range = ranges[k]!;
    const to = helper ? helper.split[k]! : range.hi;
    // Sized to the rowid span (an upper bound on the rows), so it never regrows and copies.
    const builder = new EventBuilder(FACT_COLUMNS[t], Math.max(1024, to - range.lo));
    scanFacts(db, t, limitDay, index, range.lo, to, builder);
    builders.set(t, builder);
  });
  const helperParts = new Map<FactTable, EventParts>();
  if (helper) {
    const parts = joinHelper(helper, table.ids);
    options.onHelper?.(parts !== null);
    tables.forEach((t, k) => {
      // After this thread's lower rowids: the same scan order as one full scan.
      if (parts) helperParts.set(t, parts[k]!);
      else scanFacts(db, t, limitDay, index, helper.split[k]!, ranges[k]!.hi, builders.get(t)!);
    });
  }
  const events = (t: FactTable) => {
    const more = helperParts.get(t);
    const built = (builders.get(t) ?? new EventBuilder(FACT_COLUMNS[t], 1)).build(n, more ? [more] : []);
    // Dropped table by table so at most one table's raw rows and sorted copy coexist.
    builders.delete(t);
    helperParts.delete(t);
    return built;
  };
  return {
    limitDay,
    customers: table,
    orders: events('orders'),
    activities: events('activities'),
    tickets: events('tickets'),
    surveys: events('surveys'),
    signals: events('market_signals'),
  };
}

export const FACT_TABLES = ['orders', 'activities', 'tickets', 'surveys', 'market_signals'] as const;
export type FactTable = (typeof FACT_TABLES)[number];
export const FACT_COLUMNS: Record<FactTable, number> = { orders: 3, activities: 2, tickets: 4, surveys: 2, market_signals: 1 };
/** Rowids per statement call: `.all()` on a slice costs ~25 % less per row than `.iterate()`; small slices keep the row arrays in the young generation. */
const CHUNK = 4096;

// Fact tables are read with NOT INDEXED: nearly every row qualifies, and a sequential scan
// beats walking the date index with one random table lookup per row by ~5×. The rowid
// range still uses the table's own b-tree, so slices cost nothing to find.
const FACT_SQL: Record<FactTable, string> = {
  orders: `SELECT customer_id, order_date, amount, discount, status FROM orders NOT INDEXED WHERE rowid > ? AND rowid <= ? AND order_date < ? AND status <> 'cancelled'`,
  activities: `SELECT customer_id, activity_date, kind, count FROM activities NOT INDEXED WHERE rowid > ? AND rowid <= ? AND activity_date < ?`,
  tickets: `SELECT customer_id, opened_at, kind, severity, first_response_at, satisfaction, resolved_at FROM tickets NOT INDEXED WHERE rowid > ? AND rowid <= ? AND opened_at < ?`,
  surveys: `SELECT customer_id, survey_date, kind, score FROM surveys NOT INDEXED WHERE rowid > ? AND rowid <= ? AND survey_date < ?`,
  market_signals: `SELECT customer_id, signal_date, kind FROM market_signals NOT INDEXED WHERE rowid > ? AND rowid <= ? AND signal_date < ?`,
};

export interface RowidRange {
  /** Scan rowids in (lo, hi]. */
  lo: number;
  hi: number;
}

function rowidRange(db: Db, table: FactTable): RowidRange {
  // Two subqueries: SQLite answers a lone min() or max() from the b-tree's ends, but scans
  // the whole table for both in one select.
  const [min, max] = db.prepare(`SELECT (SELECT min(rowid) FROM ${table}), (SELECT max(rowid) FROM ${table})`).raw(true).get() as [number | null, number | null];
  return min === null || max === null ? { lo: 0, hi: 0 } : { lo: min - 1, hi: max };
}

/** Pushes the table's rows with rowid in (lo, hi] dated ≤ the limit day, in rowid order. */
export function scanFacts(db: Db, table: FactTable, limitDay: number, index: ReadonlyMap<string, number>, lo: number, hi: number, out: EventBuilder): void {
  const limitNext = isoOfDay(limitDay + 1);
  const limitIso = `${isoOfDay(limitDay)} 99`;
  const statement = db.prepare(FACT_SQL[table]).raw(true);
  for (let from = lo; from < hi; from += CHUNK) {
    const rows = statement.all(from, Math.min(hi, from + CHUNK), limitNext) as Row[];
    for (const row of rows) {
      const c = index.get(row[0] as string);
      if (c === undefined) continue;
      const day = dayOf(row[1] as string);
      if (!(day <= limitDay)) continue;
      switch (table) {
        case 'orders': {
          // Net spend: a purchase its amount, a credit note its negative amount, a refunded purchase nothing (order-net.ts).
          const status = row[4] as string;
          out.push(c, day, netAmount(status, numOr(row[2], 0)), numOr(row[3], 0), status === 'completed' ? 1 : 0);
          break;
        }
        case 'activities':
          out.push(c, day, activityKind(row[2] as string), numOr(row[3], 1));
          break;
        case 'tickets': {
          const responded = str(row[4]);
          const hours = responded !== null && responded <= limitIso ? hoursBetween(row[1] as string, responded) : NaN;
          const resolved = str(row[6]);
          const satisfaction = resolved === null || resolved <= limitIso ? numOr(row[5], NaN) : NaN;
          const complaint = COMPLAINT_KINDS.has((str(row[2]) ?? '').toLowerCase()) ? 1 : 0;
          const severe = complaint && SEVERE.has((str(row[3]) ?? '').toLowerCase()) ? 1 : 0;
          out.push(c, day, complaint, severe, hours >= 0 ? hours : NaN, satisfaction);
          break;
        }
        case 'surveys':
          out.push(c, day, row[2] === 'nps' ? 1 : 0, numOr(row[3], NaN));
          break;
        case 'market_signals':
          out.push(c, day, /price|比价|价格/i.test(str(row[2]) ?? '') ? 1 : 0);
          break;
      }
    }
  }
}

function rows(db: Db, sql: string, ...params: unknown[]): IterableIterator<Row> {
  return db
    .prepare(sql)
    .raw(true)
    .iterate(...params) as IterableIterator<Row>;
}

function activityKind(kind: string): number {
  switch (kind) {
    case 'page_view':
      return ACTIVITY_KIND.pageView;
    case 'email_open':
      return ACTIVITY_KIND.emailOpen;
    case 'call':
      return ACTIVITY_KIND.call;
    default:
      return ACTIVITY_KIND.other;
  }
}

/**
 * Customers known at the limit day: signed up on or before it (or, without a signup date,
 * with an order on or before it). Sorted by id so every run numbers them the same way.
 */
function loadCustomers(db: Db, limitDay: number, flagAttribute: string | null, undated: boolean): { table: CustomerTable; index: Map<string, number> } {
  const firstOrder = customersWithFirstOrder(db, limitDay);
  const ids: string[] = [];
  const signup: number[] = [];
  const contractEnd: number[] = [];
  const cancel: number[] = [];
  const cancelled: number[] = [];
  const flagged: number[] = [];
  const cats = new Map<string, (string | null)[]>(CATEGORICAL_COLUMNS.map((c) => [`cat:${c}`, []]));
  const attrs: Record<string, unknown>[] = [];
  for (const row of rows(
    db,
    `SELECT customer_id, signup_date, contract_end, status, cancel_date, region, city, industry, segment, owner, attributes FROM customers ORDER BY customer_id`,
  )) {
    const id = row[0] as string;
    const signupDay = dayOf(str(row[1]));
    if (!isKnown(id, signupDay, limitDay, firstOrder, undated)) continue;
    ids.push(id);
    signup.push(signupDay);
    contractEnd.push(dayOf(str(row[2])));
    const cancelDay = dayOf(str(row[4]));
    const isCancelled = row[3] === 'cancelled';
    // A cancellation dated after the limit has not happened yet as of the limit.
    cancelled.push(isCancelled && !(cancelDay > limitDay) ? 1 : 0);
    cancel.push(isCancelled && cancelDay <= limitDay ? cancelDay : NaN);
    CATEGORICAL_COLUMNS.forEach((c, k) => cats.get(`cat:${c}`)!.push(str(row[5 + k])));
    let parsed: Record<string, unknown> = {};
    const text = str(row[10]);
    if (text) {
      try {
        const value: unknown = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value)) parsed = value as Record<string, unknown>;
      } catch {
        // A damaged attributes cell only loses its attributes.
      }
    }
    attrs.push(parsed);
    const flag = flagAttribute ? parsed[flagAttribute] : undefined;
    flagged.push(TRUTHY_FLAGS.has((str(flag) ?? '').trim().toLowerCase()) ? 1 : 0);
  }
  const numeric = new Map<string, Float64Array>();
  for (const [key, kind] of attributeKinds(attrs, flagAttribute)) {
    if (kind === 'numeric')
      numeric.set(
        `attr:${key}`,
        Float64Array.from(attrs, (a) => attributeNumber(a[key])),
      );
    else
      cats.set(
        `attr:${key}`,
        attrs.map((a) => (a[key] === undefined || a[key] === null ? null : String(a[key] as string | number | boolean))),
      );
  }
  const table: CustomerTable = {
    ids,
    signupDay: Float64Array.from(signup),
    contractEndDay: Float64Array.from(contractEnd),
    cancelDay: Float64Array.from(cancel),
    cancelled: Uint8Array.from(cancelled),
    flagged: Uint8Array.from(flagged),
    categorical: cats,
    numeric,
  };
  return { table, index: new Map(ids.map((id, i) => [id, i])) };
}

/** Customers without a signup date who have a purchase (a completed order) on or before the limit day. */
function customersWithFirstOrder(db: Db, limitDay: number): Set<string> {
  const out = new Set<string>();
  for (const row of rows(
    db,
    `SELECT c.customer_id FROM customers c WHERE c.signup_date IS NULL AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.order_date < ? AND o.status = 'completed')`,
    isoOfDay(limitDay + 1),
  )) {
    out.add(row[0] as string);
  }
  return out;
}

function isKnown(id: string, signupDay: number, limitDay: number, firstOrder: ReadonlySet<string>, undated = false): boolean {
  return !(signupDay > limitDay || (Number.isNaN(signupDay) && !firstOrder.has(id) && !undated));
}

/** The ids loadCustomers keeps, in the same order (the helper thread numbers customers with it). */
export function knownCustomerIds(db: Db, limitDay: number): string[] {
  const firstOrder = customersWithFirstOrder(db, limitDay);
  const ids: string[] = [];
  for (const row of rows(db, `SELECT customer_id, signup_date FROM customers ORDER BY customer_id`)) {
    const id = row[0] as string;
    if (isKnown(id, dayOf(str(row[1])), limitDay, firstOrder)) ids.push(id);
  }
  return ids;
}

/**
 * An attribute value as a number: numbers, and numeric text as CSV and Excel imports store it
 * ("1.08", "-3e2"); NaN otherwise. Codes with a leading zero ("010") stay text.
 */
function attributeNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  return /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/.test(text) ? Number(text) : NaN;
}

/** Attribute keys in first-seen order: numeric when every present value is a number. */
function attributeKinds(attrs: Record<string, unknown>[], flagAttribute: string | null): Map<string, 'numeric' | 'categorical'> {
  const kinds = new Map<string, 'numeric' | 'categorical'>();
  for (const a of attrs) {
    for (const [key, value] of Object.entries(a)) {
      if (key === flagAttribute || LEAK_PATTERN.test(key) || value === null || value === '' || typeof value === 'object') continue;
      const kind = Number.isFinite(attributeNumber(value)) ? 'numeric' : 'categorical';
      const seen = kinds.get(key);
      if (seen === undefined) {
        if (kinds.size < MAX_ATTRIBUTES) kinds.set(key, kind);
      } else if (seen !== kind) kinds.set(key, 'categorical');
    }
  }
  return kinds;
}
