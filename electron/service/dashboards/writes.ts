// Short writes on saved dashboards, on the session's connection (service thread): save (create
// or replace) and delete. Every widget is checked against the workspace's catalog before it is
// stored — each measure and field of its source, list fields, filter fields and values — by
// compiling (and preparing, never running) its queries: dashboardInvalidWidget {widget, code}.
// Names are unique after trimming, ignoring ASCII case: dashboardNameTaken.
import { AppError } from '../../../shared/contract/errors';
import type { DashboardRecord } from '../../../shared/contract/domains/dashboards';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import { DashboardFiltersSchema, type DashboardSpec } from '../../../shared/dashboards/dashboard';
import { evaluateWidget } from '../../../shared/dashboards/evaluate';
import type { Db } from '../../store/database';
import { currentAsOf, customerFilterContext } from '../../store/segments/filter-context';
import { dashboardRow, dashboardRowByName, deleteDashboardRow, insertDashboardRow, updateDashboardRow } from '../../store/dashboards/dashboard-rows';
import { dashboardNotFound, describeDashboard } from './describe';
import { compilingRunner } from './runner';

const now = () => new Date().toISOString();
const NO_FILTERS = DashboardFiltersSchema.parse({});

/** Throws dashboardInvalidWidget for the first widget whose queries do not compile here. */
export function assertWidgetsValid(db: Db, spec: DashboardSpec): void {
  const asOf = currentAsOf(db);
  const context = customerFilterContext(db, { asOf });
  const run = compilingRunner(db, context, asOf);
  for (const widget of spec.widgets) {
    const result = evaluateWidget(widget, { asOf, catalog: context.catalog, filters: NO_FILTERS, run });
    if (result.status === 'error') {
      const { code, params } = result.problem ?? { code: 'INTERNAL', params: {} };
      throw new AppError('INVALID_INPUT', `widget ${widget.id}: ${code}`, { reason: 'dashboardInvalidWidget', params: { ...params, widget: widget.id, code } });
    }
  }
}

export function saveDashboard(db: Db, input: OperationParsedInput<'dashboard.save'>): DashboardRecord {
  if (input.id !== undefined && !dashboardRow(db, input.id)) throw dashboardNotFound(input.id);
  assertWidgetsValid(db, input.spec);
  const id = db.transaction(() => {
    const other = dashboardRowByName(db, input.name);
    if (other && other.id !== input.id)
      throw new AppError('INVALID_INPUT', `a dashboard named ${input.name} already exists`, { reason: 'dashboardNameTaken', params: { name: input.name.trim() } });
    const spec = JSON.stringify(input.spec);
    if (input.id === undefined) return insertDashboardRow(db, input.name, spec, now());
    if (!updateDashboardRow(db, input.id, input.name, spec, now())) throw dashboardNotFound(input.id);
    return input.id;
  })();
  return describeDashboard(db, id);
}

export function deleteDashboard(db: Db, input: OperationParsedInput<'dashboard.delete'>): { deleted: true } {
  if (!deleteDashboardRow(db, input.id)) throw dashboardNotFound(input.id);
  return { deleted: true };
}
