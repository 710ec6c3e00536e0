// The QueryRunner of dashboard.data over the open workspace: aggregates through runQuery (the
// same executor as every screen) — over the in-memory columns for a large customer mart, with the
// same answers — and lists through compileList, all with the saved-segment resolver and list masks
// the segment service uses, so a widget filtered by a saved segment counts like the segment's
// own preview.
import { sourceTables, type Catalog } from '../../../shared/catalog';
import type { QueryRunner } from '../../../shared/dashboards/evaluate';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { compileList, compileQuery, sqliteDialect, type CompileListOptions, type ListSpec, type QuerySpec } from '../../../shared/query';
import type { Db } from '../../store/database';
import { runQuery } from '../../store/analytics/run-query';
import { columnarCustomerAggregate, requestMatches } from '../../store/dashboards/columnar-aggregate';
import { columnarCustomerList } from '../../store/dashboards/columnar-list';
import type { CustomerFilterContext } from '../../store/segments/filter-context';

export function workspaceRunner(db: Db, context: CustomerFilterContext, asOf: string): QueryRunner {
  const segments = { resolveSegment: context.resolveSegment, listMask: context.listMask };
  // The widgets of one request share filters (a linkage click, tier = atRisk): match them once.
  const columnar = { ...segments, catalog: context.catalog, asOf, matches: requestMatches() };
  return {
    aggregate: (spec: QuerySpec) => {
      const result = columnarCustomerAggregate(db, spec, columnar) ?? runQuery(db, spec, asOf, context.catalog, segments);
      return { columns: result.columns.map((c) => ({ key: c.key, kind: c.kind })), rows: result.rows };
    },
    list: (spec: ListSpec) => columnarCustomerList(db, spec, columnar) ?? listRows(db, spec, context.catalog, asOf, context),
  };
}

/** How a list spec compiles over this workspace: its catalog's fields, SQLite, the source's table, saved segments. */
export function listCompileOptions(spec: ListSpec, catalog: Catalog, asOf: string, context: Pick<CustomerFilterContext, 'resolveSegment'>): CompileListOptions {
  return { resolveField: (id) => catalog.field(spec.source, id), dialect: sqliteDialect, asOf, table: sourceTables[spec.source], resolveSegment: context.resolveSegment };
}

export function listRows(db: Db, spec: ListSpec, catalog: Catalog, asOf: string, context: Pick<CustomerFilterContext, 'resolveSegment'>) {
  const compiled = compileList(spec, listCompileOptions(spec, catalog, asOf, context));
  const rows = db
    .prepare(compiled.sql)
    .raw(true)
    .all(...compiled.params) as Cell[][];
  return { columns: compiled.columns.map((key) => ({ key, kind: 'field' as const })), rows: rows.slice(0, spec.limit), truncated: rows.length > spec.limit };
}

/**
 * Compiles and prepares every spec and runs nothing: what save uses to check a widget against
 * the catalog (and the prepared statement against the tables) without reading the mart.
 */
export function compilingRunner(db: Db, context: CustomerFilterContext, asOf: string): QueryRunner {
  return {
    aggregate: (spec: QuerySpec) => {
      const compiled = compileQuery(spec, {
        resolveField: (id) => context.catalog.field(spec.source, id),
        resolveMeasure: (id) => context.catalog.measure(spec.source, id),
        dialect: sqliteDialect,
        asOf,
        table: sourceTables[spec.source],
        resolveSegment: context.resolveSegment,
      });
      db.prepare(compiled.sql);
      return { columns: compiled.columns.map((c) => ({ key: c.key, kind: c.kind })), rows: [] };
    },
    list: (spec: ListSpec) => {
      const compiled = compileList(spec, listCompileOptions(spec, context.catalog, asOf, context));
      db.prepare(compiled.sql);
      return { columns: compiled.columns.map((key) => ({ key, kind: 'field' as const })), rows: [], truncated: false };
    },
  };
}
