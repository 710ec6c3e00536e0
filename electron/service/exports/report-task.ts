// report.monthly on its job's thread (jobs/tasks.ts). PLACEHOLDER (lead): helper "service" builds it.
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { TaskContext } from '../jobs/tasks';
import type { MonthlyReportJobInput } from './handlers';

export function runMonthlyReport(_job: TaskContext, _input: MonthlyReportJobInput): Promise<OperationOutput<'report.monthly'>> {
  return Promise.reject(new AppError('INTERNAL', 'report.monthly: not built yet'));
}
