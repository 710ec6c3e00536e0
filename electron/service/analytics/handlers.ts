// catalog.describe, query.run, query.count and customers.list: the analytic core's use cases.
// Every id is resolved through the workspace's catalog and compiled by the core's compiler.
// All four are reads: they answer on the read pool's connections (read-pool/) when a workspace
// is open, and the same functions serve the service thread.
import { onSession, type ReadHandlers } from '../context';
import { fieldOperators } from '../../../shared/query';
import { martState } from '../../store/analytics/mart-state';
import { countMatching, runQuery } from '../../store/analytics/run-query';
import { workspaceCatalog } from '../../store/analytics/workspace-catalog';
import { listCustomerPage } from '../../store/analytics/customer-page';

type AnalyticsOperation = 'catalog.describe' | 'query.run' | 'query.count' | 'customers.list';

export const analyticsReads: ReadHandlers<AnalyticsOperation> = {
  'catalog.describe': (_input, { db }) => {
    const catalog = workspaceCatalog(db);
    return {
      fields: catalog.fields.map((f) => ({
        id: f.id,
        source: f.source,
        group: f.group,
        labelKey: f.labelKey,
        ...(f.rawLabel !== undefined ? { rawLabel: f.rawLabel } : {}),
        type: f.type,
        format: f.format,
        ...(f.values ? { values: [...f.values] } : {}),
        ...(f.valueLabelPrefix ? { valueLabelPrefix: f.valueLabelPrefix } : {}),
        operators: [...fieldOperators(f)],
      })),
      measures: catalog.measures.map((m) => ({ id: m.id, source: m.source, labelKey: m.labelKey, ...(m.helpKey ? { helpKey: m.helpKey } : {}), format: m.format })),
    };
  },
  'query.run': (input, { db }) => {
    const state = martState(db);
    if (!state) return { asOf: null, columns: [], rows: [] };
    return { asOf: state.asOf, ...runQuery(db, input.spec, state.asOf) };
  },
  'query.count': (input, { db }) => {
    const state = martState(db);
    const asOf = state?.asOf ?? new Date().toISOString().slice(0, 10);
    return { count: countMatching(db, 'customer', input.filter, asOf), total: countMatching(db, 'customer', undefined, asOf), asOf: state?.asOf ?? null };
  },
  'customers.list': (input, { db }) => listCustomerPage(db, input),
};

export const analyticsHandlers = onSession(analyticsReads);
