// Dashboard aggregates over the customer mart answered from the in-memory column cache
// (column-cache.ts) when the mart is large: the cockpit's dozen GROUP BYs each scan a million
// rows, which SQLite's row store does column by column far slower than typed arrays. The result
// equals compileQuery's (shared/query/columnar-aggregate.ts, tested on random specs); a spec the
// columns cannot answer (a grain, a JSON attribute, a small mart) returns null and runs as SQL.
import type { Catalog } from '../../../shared/catalog';
import type { QuerySpec } from '../../../shared/query';
import { aggregateColumns, columnarAggregate, type ColumnarAggregateOptions, type MatchCache } from '../../../shared/query/columnar-aggregate';
import type { SegmentResolver } from '../../../shared/query/segment-ref';
import type { Db } from '../database';
import { columnarViewFor } from '../analytics/column-cache';
import type { QueryResult } from '../analytics/run-query';

export interface ColumnarContext {
  readonly catalog: Catalog;
  readonly asOf: string;
  readonly resolveSegment?: SegmentResolver;
  readonly listMask?: (listId: number) => Uint8Array | undefined;
  /** Filter results shared by one request's queries (see requestMatches). */
  readonly matches?: RequestMatches;
}

/** One request's filter results, valid for one loaded state of the columns (their rowids array). */
export interface RequestMatches {
  rowids: Float64Array | undefined;
  readonly map: MatchCache;
}

export function requestMatches(): RequestMatches {
  return { rowids: undefined, map: new Map() };
}

/** The cache for this view: emptied when the columns were reloaded since (a commit between two widgets). */
export function matchesFor(matches: RequestMatches | undefined, rowids: Float64Array): MatchCache | undefined {
  if (!matches) return undefined;
  if (matches.rowids !== rowids) {
    matches.map.clear();
    matches.rowids = rowids;
  }
  return matches.map;
}

export function columnarCustomerAggregate(db: Db, spec: QuerySpec, context: ColumnarContext): QueryResult | null {
  if (spec.source !== 'customer' || process.env.CHURN_COCKPIT_DASHBOARD_COLUMNAR === 'off') return null;
  const options: ColumnarAggregateOptions = {
    resolveField: (id) => context.catalog.field('customer', id),
    resolveMeasure: (id) => context.catalog.measure('customer', id),
    asOf: context.asOf,
    ...(context.resolveSegment ? { resolveSegment: context.resolveSegment } : {}),
    ...(context.listMask ? { listMask: context.listMask } : {}),
  };
  const needs = aggregateColumns(spec, options);
  if (!needs) return null;
  const view = columnarViewFor(db, spec.filter, options, needs);
  if (!view) return null;
  const matches = matchesFor(context.matches, view.rowids);
  return columnarAggregate(spec, view.rowCount, (name) => view.column(name), matches ? { ...options, matches } : options);
}
