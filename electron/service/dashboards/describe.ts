// Stored dashboards as the contract describes them. A stored spec that no longer parses (edited
// outside the app, or from a newer version) is listed with no widgets and refused by get, never
// evaluated.
import { AppError } from '../../../shared/contract/errors';
import type { DashboardRecord } from '../../../shared/contract/domains/dashboards';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { Db } from '../../store/database';
import { readDashboardSpec } from '../../store/dashboards/dashboard-read';
import { allDashboardRows, dashboardRow } from '../../store/dashboards/dashboard-rows';

export function dashboardNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `dashboard ${id} does not exist`, { reason: 'dashboardNotFound', params: { id } });
}

export function describeDashboard(db: Db, id: number): DashboardRecord {
  const row = dashboardRow(db, id);
  if (!row) throw dashboardNotFound(id);
  const spec = readDashboardSpec(row);
  if (!spec)
    throw new AppError('INVALID_INPUT', `dashboard ${id} holds a spec this version cannot read`, { reason: 'dashboardInvalidWidget', params: { widget: '', code: 'invalidSpec' } });
  return { id: row.id, name: row.name, spec, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function listDashboards(db: Db): OperationOutput<'dashboard.list'>['dashboards'] {
  return allDashboardRows(db).map((row) => {
    const spec = readDashboardSpec(row);
    return { id: row.id, name: row.name, template: spec?.template ?? null, widgetCount: spec?.widgets.length ?? 0, updatedAt: row.updated_at };
  });
}
