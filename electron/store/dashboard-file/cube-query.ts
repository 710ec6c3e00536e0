// The one GROUP BY query of a cube (shared/dashboards/cube.ts) over the workspace. The measure
// expressions are the core compiler's (compileQuery over the source with no dimensions: filters,
// whitelisted columns, bound values); the dimensions are put in front of them here because a
// cube groups by more fields than a widget query may (MAX_DIMENSIONS). Dates are truncated to
// the first day of their month: the packaged grain.
import { sourceTables, type Catalog, type MeasureDef } from '../../../shared/catalog';
import type { CubePlan } from '../../../shared/dashboards/cube';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { compileQuery, renderSql, sqliteDialect, type Fragment } from '../../../shared/query';
import { join, sql } from '../../../shared/query/fragment';
import type { SegmentResolver } from '../../../shared/query/segment-ref';
import type { Db } from '../database';

export interface CubeQueryOptions {
  readonly catalog: Catalog;
  readonly asOf: string;
  readonly resolveSegment?: SegmentResolver;
}

/** Rows: dimensions, then components, then the group size. */
export function queryCube(db: Db, plan: CubePlan, options: CubeQueryOptions): Cell[][] {
  const byId = new Map<string, MeasureDef>();
  for (const c of plan.components) byId.set(c.column, c.measure);
  for (const part of plan.sizeParts) byId.set(part.id, part);
  const compiled = compileQuery(
    { source: plan.source, measures: [...byId.keys()], dimensions: [] },
    {
      resolveField: (id) => options.catalog.field(plan.source, id),
      resolveMeasure: (id) => byId.get(id),
      dialect: sqliteDialect,
      asOf: options.asOf,
      table: sourceTables[plan.source],
      ...(options.resolveSegment ? { resolveSegment: options.resolveSegment } : {}),
    },
  );
  if (!compiled.sql.startsWith('SELECT ')) throw new Error('cube query: unexpected compiled SQL');
  const dims: Fragment[] = plan.dimensions.map(({ field, time }) => {
    const column = sqliteDialect.identifier(field.column);
    const value = field.attributeKey === undefined ? column : sqliteDialect.jsonText(column, field.attributeKey);
    return field.type === 'date' && time ? sql`date(${value}, 'start of month')` : value;
  });
  const rendered = dims.length > 0 ? renderSql(join(dims, ', '), sqliteDialect) : null;
  const text = rendered ? `SELECT ${rendered.sql}, ${compiled.sql.slice('SELECT '.length)} GROUP BY ${dims.map((_, i) => String(i + 1)).join(', ')}` : compiled.sql;
  const params = [...(rendered?.params ?? []), ...compiled.params];
  const rows = db
    .prepare(text)
    .raw(true)
    .all(...params) as Cell[][];
  const nd = plan.dimensions.length;
  const nc = plan.components.length;
  return rows.map((row) => {
    let size = 0;
    for (let i = nd + nc; i < row.length; i++) size += Number(row[i] ?? 0);
    return [...row.slice(0, nd + nc), size];
  });
}
