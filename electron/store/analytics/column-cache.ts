// Columns of the customer mart held in memory as typed arrays (shared/query/columnar.ts), so a
// broad filter over a large mart is answered by array scans instead of SQLite's row store.
//
// Per connection, loaded on demand (only the columns a filter or sort reads), all valid for one
// state of the database: the key is `PRAGMA data_version` (changes when another connection
// commits) plus `total_changes()` (changes with this connection's own writes). Any change drops
// every column. Row i of every column is the i-th row in rowid order; `rowids` maps back.
// At most MAX_COLUMNS columns (and MAX_BYTES) are kept, least recently used evicted first.
import { sourceTables } from '../../../shared/catalog';
import { TextColumnBuilder, filterColumns, matchRows, numberColumn, type ColumnData, type ColumnKind, type ColumnarOptions } from '../../../shared/query/columnar';
import { sqliteDialect, type FilterNode } from '../../../shared/query';
import type { SegmentResolver } from '../../../shared/query/segment-ref';
import type { Db } from '../database';
import { reachedSegments } from '../segments/referenced';

const TABLE = sourceTables.customer;
const MAX_COLUMNS = 40;
const MAX_BYTES = 512 * 1024 * 1024;
const DEFAULT_MIN_ROWS = 50_000;

/** Marts with fewer rows stay on SQL (fast enough, and no memory spent). Env override for tests. */
export function columnarMinRows(): number {
  const env = process.env.CHURN_COCKPIT_COLUMNAR_MIN_ROWS;
  const value = env === undefined || env === '' ? NaN : Number(env);
  return Number.isFinite(value) ? value : DEFAULT_MIN_ROWS;
}

export interface ColumnarView {
  readonly rowCount: number;
  /** rowid of each row index. */
  readonly rowids: Float64Array;
  /** A column loaded for this view (undefined when it was not asked for). */
  column(name: string): ColumnData | undefined;
}

interface State {
  key: string;
  rowCount: number | undefined;
  rowids: Float64Array | undefined;
  /** `${kind}:${column}` → data, in least-recently-used-first order. */
  columns: Map<string, ColumnData>;
  /** Static list id → one byte per row index, 1 = the row's customer is in the list. */
  lists: Map<number, Uint8Array>;
  /** The database state the list masks were read in (lists change without the mart changing). */
  listsKey: string;
}

const states = new WeakMap<Db, State>();

/** Any commit, by this connection or another. */
function dataKey(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

/**
 * The state of the mart's rows. Every writer of the mart bumps meta 'mart_generation' in its
 * own transaction (build-mart.ts), so commits that leave the mart alone (saving a segment, a
 * health setting) keep the loaded columns: the next preview does not reload a million rows.
 * A workspace whose mart was last written before the generation existed keys on every commit.
 */
function versionKey(db: Db): string {
  const generation = db.prepare(`SELECT value FROM meta WHERE key = 'mart_generation'`).pluck().get() as string | undefined;
  return generation === undefined ? dataKey(db) : `mart:${generation}`;
}

function stateOf(db: Db, key: string): State {
  let state = states.get(db);
  if (!state || state.key !== key) {
    state = { key, rowCount: undefined, rowids: undefined, columns: new Map(), lists: new Map(), listsKey: '' };
    states.set(db, state);
  }
  return state;
}

function bytesOf(column: ColumnData): number {
  return column.kind === 'number' ? column.values.byteLength : column.codes.byteLength + column.dictionary.length * 32;
}

function loadColumn(db: Db, name: string, kind: ColumnKind, rowCount: number): ColumnData {
  const values = db
    .prepare(`SELECT ${sqliteDialect.quoteIdentifier(name)} FROM ${TABLE} ORDER BY rowid`)
    .pluck()
    .all();
  if (values.length !== rowCount) throw new Error(`column ${name}: ${values.length} rows, expected ${rowCount}`);
  if (kind === 'number') return numberColumn(values);
  const builder = new TextColumnBuilder(rowCount);
  for (const value of values) builder.push(value);
  return builder.finish();
}

/**
 * Several columns in one scan of the mart: the mart is wide (≈ 80 columns), so reading its
 * rows once beats one plucked scan per column (CHURN_COCKPIT_COLUMN_LOAD=pluck for that).
 */
function loadColumns(db: Db, wanted: readonly (readonly [string, ColumnKind])[], rowCount: number): Map<string, ColumnData> {
  const out = new Map<string, ColumnData>();
  if (process.env.CHURN_COCKPIT_COLUMN_LOAD === 'pluck' || wanted.length === 1) {
    for (const [name, kind] of wanted) out.set(`${kind}:${name}`, loadColumn(db, name, kind, rowCount));
    return out;
  }
  const numbers = wanted.map(([, kind]) => (kind === 'number' ? new Float64Array(rowCount) : undefined));
  const texts = wanted.map(([, kind]) => (kind === 'text' ? new TextColumnBuilder(rowCount) : undefined));
  const select = db.prepare(`SELECT ${wanted.map(([name]) => sqliteDialect.quoteIdentifier(name)).join(', ')} FROM ${TABLE} ORDER BY rowid`).raw(true);
  let row = 0;
  for (const values of select.iterate() as Iterable<unknown[]>) {
    if (row >= rowCount) throw new Error(`customer mart: more than ${rowCount} rows`);
    for (let c = 0; c < values.length; c += 1) {
      const value = values[c];
      const target = numbers[c];
      if (target) target[row] = typeof value === 'number' ? value : NaN;
      else texts[c]?.push(value);
    }
    row += 1;
  }
  if (row !== rowCount) throw new Error(`customer mart: ${row} rows, expected ${rowCount}`);
  wanted.forEach(([name, kind], c) => {
    const values = numbers[c];
    out.set(`${kind}:${name}`, values ? { kind: 'number', values } : texts[c]!.finish());
  });
  return out;
}

/**
 * The mart's columns `needs` in memory, or null when the mart has fewer than `minRows` rows.
 * Loads what is missing in one read transaction, and retries if a commit slipped in between
 * the version check and the reads.
 */
export function columnarView(db: Db, needs: ReadonlyMap<string, ColumnKind>, minRows: number = columnarMinRows()): ColumnarView | null {
  for (let attempt = 0; ; attempt += 1) {
    const key = versionKey(db);
    const state = stateOf(db, key);
    state.rowCount ??= db.prepare(`SELECT count(*) FROM ${TABLE}`).pluck().get() as number;
    if (state.rowCount < minRows) return null;
    const missing = [...needs].filter(([name, kind]) => !state.columns.has(`${kind}:${name}`));
    if (missing.length > 0 || !state.rowids) {
      const consistent = db.transaction(() => {
        // The first read fixes the transaction's snapshot; it must be the state `key` names.
        db.prepare(`SELECT max(rowid) FROM ${TABLE}`).pluck().get();
        if (versionKey(db) !== key) return false;
        const rowids = state.rowids ?? Float64Array.from(db.prepare(`SELECT rowid FROM ${TABLE} ORDER BY rowid`).pluck().all() as number[]);
        state.rowids = rowids;
        state.rowCount = rowids.length;
        // Nothing to read when only rowids are needed (a filter of list memberships alone).
        if (missing.length > 0) for (const [id, data] of loadColumns(db, missing, rowids.length)) state.columns.set(id, data);
        return true;
      })();
      if (!consistent) {
        if (attempt >= 3) throw new Error('customer mart changed while its columns were loading');
        states.delete(db);
        continue;
      }
    }
    const rowids = state.rowids;
    if (!rowids) throw new Error('column cache: rowids not loaded');
    // Mark as recently used, then evict the least recently used beyond the bounds.
    for (const [name, kind] of needs) {
      const id = `${kind}:${name}`;
      const data = state.columns.get(id);
      if (data) {
        state.columns.delete(id);
        state.columns.set(id, data);
      }
    }
    let bytes = [...state.columns.values()].reduce((sum, c) => sum + bytesOf(c), 0);
    for (const [id, data] of state.columns) {
      if (state.columns.size <= MAX_COLUMNS && bytes <= MAX_BYTES) break;
      const [kind = '', ...rest] = id.split(':');
      if (needs.get(rest.join(':')) === kind) continue;
      state.columns.delete(id);
      bytes -= bytesOf(data);
    }
    const view: Record<string, ColumnData> = {};
    for (const [name, kind] of needs) {
      const data = state.columns.get(`${kind}:${name}`);
      if (data) view[name] = data;
    }
    return { rowCount: rowids.length, rowids, column: (name) => (Object.hasOwn(view, name) ? view[name] : undefined) };
  }
}

export interface ColumnarMatch {
  readonly view: ColumnarView;
  /** One byte per row index, 1 = the row matches. */
  readonly match: Uint8Array;
}

/**
 * The engine's options plus saved-segment references (helper A's ColumnarOptions gains both
 * members; until then they travel beside the existing ones).
 */
export type SegmentColumnarOptions = ColumnarOptions & {
  readonly resolveSegment?: SegmentResolver;
  readonly listMask?: (listId: number) => Uint8Array | undefined;
};

/**
 * The core's column planning, given the resolver so it sees through saved segments (helper A's
 * filterColumns takes it as a third argument; before that lands the argument is ignored and the
 * walk below adds the referenced filters' columns itself).
 */
const planColumns: (node: FilterNode | undefined, resolveField: ColumnarOptions['resolveField'], resolveSegment?: SegmentResolver) => ReturnType<typeof filterColumns> =
  filterColumns;

/** Index of `rowid` in the ascending `rowids`, or -1. */
function rowIndex(rowids: Float64Array, rowid: number): number {
  let low = 0;
  let high = rowids.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = rowids[mid]!;
    if (value === rowid) return mid;
    if (value < rowid) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * Rows of the mart whose customer is in a static list, as one byte per row index, cached with
 * the columns, and read again after any commit (a list changes without the mart). Undefined when no view of the current state is loaded: the
 * caller then answers with SQL.
 */
export function listMask(db: Db, listId: number): Uint8Array | undefined {
  const state = states.get(db);
  if (!state?.rowids || state.key !== versionKey(db)) return undefined;
  const listsKey = dataKey(db);
  if (state.listsKey !== listsKey) {
    state.lists.clear();
    state.listsKey = listsKey;
  }
  const hit = state.lists.get(listId);
  if (hit) return hit;
  const rowids = state.rowids;
  const mask = new Uint8Array(rowids.length);
  const select = db.prepare('SELECT m.rowid FROM segment_list_members l JOIN customer_mart m ON m.customer_id = l.customer_id WHERE l.segment_id = ?').pluck();
  for (const rowid of select.iterate(listId) as Iterable<number>) {
    const index = rowIndex(rowids, rowid);
    if (index >= 0) mask[index] = 1;
  }
  state.lists.set(listId, mask);
  return mask;
}

/**
 * The in-memory columns a filter needs (plus `extra`, e.g. sort keys), or null when SQL should
 * answer: a small mart, a JSON attribute condition, or a field the catalog does not know (SQL
 * reports it). Saved segments referenced by the filter add their own filters' columns; a
 * referenced list needs `listMask`.
 */
export function columnarViewFor(db: Db, filter: FilterNode | undefined, options: SegmentColumnarOptions, extra: ReadonlyMap<string, ColumnKind> = new Map()): ColumnarView | null {
  const reached = reachedSegments(filter, options.resolveSegment);
  if (reached.unresolved || (reached.listIds.length > 0 && !options.listMask)) return null;
  const needs = new Map<string, ColumnKind>();
  for (const node of [filter, ...reached.filters]) {
    const needed = planColumns(node, options.resolveField, options.resolveSegment);
    if (needed.usesAttributes || needed.unresolved) return null;
    for (const [name, kind] of needed.columns) {
      if (needs.has(name) && needs.get(name) !== kind) return null;
      needs.set(name, kind);
    }
  }
  for (const [name, kind] of extra) {
    if (needs.has(name) && needs.get(name) !== kind) return null;
    needs.set(name, kind);
  }
  const view = columnarView(db, needs);
  if (!view) return null;
  for (const id of reached.listIds) if (!options.listMask?.(id)) return null;
  return view;
}

/** The filter evaluated over in-memory columns (see columnarViewFor), or null when SQL should answer. */
export function columnarMatch(db: Db, filter: FilterNode | undefined, options: SegmentColumnarOptions, extra: ReadonlyMap<string, ColumnKind> = new Map()): ColumnarMatch | null {
  const view = columnarViewFor(db, filter, options, extra);
  if (!view) return null;
  return { view, match: matchRows(filter, view.rowCount, (name) => view.column(name), options) };
}

/** Drops a connection's columns (tests; closing a workspace frees them with the connection). */
export function clearColumnCache(db: Db): void {
  states.delete(db);
}
