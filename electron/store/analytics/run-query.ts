// Runs the core's query specs and filters against the workspace: the catalog resolves every
// id, the compiler writes the SQL (whitelisted identifiers, bound values), this module only
// executes it. Every screen's numbers come through here, so they cannot disagree.
import { sourceTables, type Catalog, type MeasureDef, type SourceId } from '../../../shared/catalog';
import { compileFilter, compileQuery, sqliteDialect, type CompileFilterOptions, type CompileQueryOptions, type FilterNode, type QuerySpec } from '../../../shared/query';
import type { SegmentResolver } from '../../../shared/query/segment-ref';
import { countMatches } from '../../../shared/query/columnar';
import type { Db } from '../database';
import { columnarMatch } from './column-cache';
import { workspaceCatalog } from './workspace-catalog';

export type Cell = string | number | null;

export interface QueryResult {
  columns: { key: string; kind: 'dimension' | 'measure' }[];
  rows: Cell[][];
}

/**
 * Saved-segment references for filters (the saved_segment field): the resolver, and list masks
 * for the columnar engine. Helper A's option types gain both members; until then they travel
 * beside the existing options.
 */
export interface SegmentRefs {
  readonly resolveSegment?: SegmentResolver;
  readonly listMask?: (listId: number) => Uint8Array | undefined;
}

export function runQuery(db: Db, spec: QuerySpec, asOf: string, catalog: Catalog = workspaceCatalog(db), segments: SegmentRefs = {}): QueryResult {
  const options: CompileQueryOptions & SegmentRefs = {
    resolveField: (id) => catalog.field(spec.source, id),
    resolveMeasure: (id) => catalog.measure(spec.source, id),
    dialect: sqliteDialect,
    asOf,
    table: sourceTables[spec.source],
    ...(segments.resolveSegment ? { resolveSegment: segments.resolveSegment } : {}),
  };
  const compiled = compileQuery(spec, options);
  const rows = db
    .prepare(compiled.sql)
    .raw(true)
    .all(...compiled.params) as Cell[][];
  return { columns: compiled.columns, rows };
}

/** Rows of a source matching a filter (no filter: all rows). */
export function countMatching(db: Db, source: SourceId, filter: FilterNode | undefined, asOf: string, catalog: Catalog = workspaceCatalog(db), segments: SegmentRefs = {}): number {
  const resolveField = (id: string) => catalog.field(source, id);
  if (source === 'customer' && filter) {
    // A large mart: scanning in-memory columns beats SQLite's row store (column-cache.ts).
    const columnar = columnarMatch(db, filter, { resolveField, asOf, ...segments });
    if (columnar) return countMatches(columnar.match);
  }
  const options: CompileFilterOptions & SegmentRefs = {
    resolveField,
    dialect: sqliteDialect,
    asOf,
    ...(segments.resolveSegment ? { resolveSegment: segments.resolveSegment } : {}),
  };
  const where = filter ? compileFilter(filter, options) : null;
  return db
    .prepare(`SELECT count(*) FROM ${sourceTables[source]}${where ? ` WHERE ${where.sql}` : ''}`)
    .pluck()
    .get(...(where?.params ?? [])) as number;
}

/**
 * One measure, optionally grouped, with the measure's own filter moved into WHERE: the same
 * number as the measure inside a wider query, but an index on the filtered columns can answer
 * it instead of a scan of every row (at-risk customers, CLV at risk …).
 */
export function runMeasure(
  db: Db,
  source: SourceId,
  measureId: string,
  options: { asOf: string; filter?: FilterNode; dimensions?: QuerySpec['dimensions']; catalog?: Catalog; segments?: SegmentRefs },
): QueryResult {
  const catalog = options.catalog ?? workspaceCatalog(db);
  const measure = catalog.measure(source, measureId);
  if (!measure?.filter) {
    const spec = { source, measures: [measureId], dimensions: options.dimensions ?? [], ...(options.filter ? { filter: options.filter } : {}) };
    return runQuery(db, spec, options.asOf, catalog, options.segments);
  }
  const { filter: own, ...unfiltered } = measure;
  const filter: FilterNode = options.filter ? { kind: 'group', op: 'and', children: [options.filter, own] } : own;
  const spec: QuerySpec = { source, measures: [measureId], dimensions: options.dimensions ?? [], filter };
  const compileOptions: CompileQueryOptions & SegmentRefs = {
    resolveField: (id) => catalog.field(source, id),
    resolveMeasure: (id): MeasureDef | undefined => (id === measureId ? unfiltered : catalog.measure(source, id)),
    dialect: sqliteDialect,
    asOf: options.asOf,
    table: sourceTables[source],
    ...(options.segments?.resolveSegment ? { resolveSegment: options.segments.resolveSegment } : {}),
  };
  const compiled = compileQuery(spec, compileOptions);
  const rows = db
    .prepare(compiled.sql)
    .raw(true)
    .all(...compiled.params) as Cell[][];
  return { columns: compiled.columns, rows };
}

/** A measure without dimensions as one number (0 for an empty count, null for an empty sum). */
export function measureValue(
  db: Db,
  source: SourceId,
  measureId: string,
  options: { asOf: string; filter?: FilterNode; catalog?: Catalog; segments?: SegmentRefs },
): number | null {
  const value = runMeasure(db, source, measureId, options).rows[0]?.[0];
  return typeof value === 'number' ? value : null;
}
