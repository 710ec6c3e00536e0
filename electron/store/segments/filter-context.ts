// Everything a filter over the customer mart needs to be compiled or evaluated, saved segments
// included: the workspace's catalog, the as-of date relative dates count from, the resolver of
// saved_segment references and the columnar engine's list masks. Every filter path (query.count,
// query.run, customers.list, previews, exports) takes it from here so they agree.
import type { Catalog, FieldDef } from '../../../shared/catalog';
import { compileFilter, sqliteDialect, type CompileFilterOptions, type FilterNode, type RenderedSql } from '../../../shared/query';
import type { SegmentResolver } from '../../../shared/query/segment-ref';
import type { Db } from '../database';
import { listMask } from '../analytics/column-cache';
import { martState } from '../analytics/mart-state';
import { workspaceCatalog } from '../analytics/workspace-catalog';
import { segmentResolver } from './resolver';

export interface CustomerFilterContext {
  readonly catalog: Catalog;
  readonly asOf: string;
  readonly resolveField: (id: string) => FieldDef | undefined;
  readonly resolveSegment: SegmentResolver;
  readonly listMask: (listId: number) => Uint8Array | undefined;
}

/** Before the first refresh relative dates count from today, as the grid's filters always did. */
export function currentAsOf(db: Db): string {
  return martState(db)?.asOf ?? new Date().toISOString().slice(0, 10);
}

export function customerFilterContext(db: Db, options: { readonly overrides?: ReadonlyMap<number, FilterNode>; readonly asOf?: string } = {}): CustomerFilterContext {
  const catalog = workspaceCatalog(db);
  return {
    catalog,
    asOf: options.asOf ?? currentAsOf(db),
    resolveField: (id) => catalog.field('customer', id),
    resolveSegment: segmentResolver(db, options.overrides),
    listMask: (id) => listMask(db, id),
  };
}

/** The core's compile options with the segment resolver (helper A adds the member to CompileFilterOptions). */
export function compileOptions(context: CustomerFilterContext, alias?: string): CompileFilterOptions & { readonly resolveSegment: SegmentResolver } {
  return {
    resolveField: context.resolveField,
    resolveSegment: context.resolveSegment,
    dialect: sqliteDialect,
    asOf: context.asOf,
    ...(alias !== undefined ? { alias } : {}),
  };
}

/** A WHERE expression over customer_mart (no alias unless given) with its bound values. */
export function compileCustomerFilter(filter: FilterNode, context: CustomerFilterContext, alias?: string): RenderedSql {
  return compileFilter(filter, compileOptions(context, alias));
}
