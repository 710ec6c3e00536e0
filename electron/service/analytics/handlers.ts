// catalog.describe, query.run, query.count and customers.list: the analytic core's use cases.
// Every id is resolved through the workspace's catalog and compiled by the core's compiler.
// All four are reads: they answer on the read pool's connections (read-pool/) when a workspace
// is open, and the same functions serve the service thread.
import { onSession, type ReadHandlers } from '../context';
import { describeCatalog } from '../catalog-description';
import { martState } from '../../store/analytics/mart-state';
import { countMatching, runQuery } from '../../store/analytics/run-query';
import { workspaceCatalog } from '../../store/analytics/workspace-catalog';
import { listCustomerPage } from '../../store/analytics/customer-page';
import { customerFilterContext } from '../../store/segments/filter-context';

type AnalyticsOperation = 'catalog.describe' | 'query.run' | 'query.count' | 'customers.list';

export const analyticsReads: ReadHandlers<AnalyticsOperation> = {
  'catalog.describe': (_input, { db }) => {
    const catalog = workspaceCatalog(db);
    return describeCatalog(catalog.fields, catalog.measures);
  },
  'query.run': (input, { db }) => {
    const state = martState(db);
    if (!state) return { asOf: null, columns: [], rows: [] };
    // Filters may reference saved segments (the saved_segment field).
    const context = customerFilterContext(db, { asOf: state.asOf });
    return { asOf: state.asOf, ...runQuery(db, input.spec, state.asOf, context.catalog, context) };
  },
  'query.count': (input, { db }) => {
    const state = martState(db);
    const context = customerFilterContext(db);
    return {
      count: countMatching(db, 'customer', input.filter, context.asOf, context.catalog, context),
      total: countMatching(db, 'customer', undefined, context.asOf, context.catalog),
      asOf: state?.asOf ?? null,
    };
  },
  'customers.list': (input, { db }) => listCustomerPage(db, input),
};

export const analyticsHandlers = onSession(analyticsReads);
