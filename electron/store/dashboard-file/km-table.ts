// A Kaplan–Meier widget's counts for a dashboard file (km_<n>: time, customers, events): the
// widget's two count measures grouped by its duration field under its own filter, through the
// core's compiler. No other dimension: the viewer draws the packaged curve as it is.
import { sourceTables } from '../../../shared/catalog';
import type { KmPlan } from '../../../shared/dashboards/cube';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { compileQuery, sqliteDialect } from '../../../shared/query';
import type { Db } from '../database';
import type { CubeQueryOptions } from './cube-query';

export function queryKm(db: Db, plan: KmPlan, options: CubeQueryOptions): Cell[][] {
  const source = plan.duration.source;
  const compiled = compileQuery(
    {
      source,
      dimensions: [{ field: plan.duration.id }],
      measures: [plan.customers.id, plan.events.id],
      ...(plan.widget.filter ? { filter: plan.widget.filter } : {}),
    },
    {
      resolveField: (id) => options.catalog.field(source, id),
      resolveMeasure: (id) => options.catalog.measure(source, id),
      dialect: sqliteDialect,
      asOf: options.asOf,
      table: sourceTables[source],
      ...(options.resolveSegment ? { resolveSegment: options.resolveSegment } : {}),
    },
  );
  const rows = db
    .prepare(compiled.sql)
    .raw(true)
    .all(...compiled.params) as Cell[][];
  // A customer without a duration cannot be placed on the curve.
  return rows.filter((r) => typeof r[0] === 'number');
}
