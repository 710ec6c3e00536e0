// dashboard.export on its job's thread (jobs/tasks.ts). PLACEHOLDER (lead): helper "service" builds it.
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { TaskContext } from '../jobs/tasks';
import type { DashboardExportJobInput } from './handlers';

export function runDashboardExport(_job: TaskContext, _input: DashboardExportJobInput): Promise<OperationOutput<'dashboard.export'>> {
  return Promise.reject(new AppError('INTERNAL', 'dashboard.export: not built yet'));
}
