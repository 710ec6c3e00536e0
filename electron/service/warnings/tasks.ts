// The warning jobs on their worker thread (jobs/tasks.ts): evaluating the rules now, and the
// high-risk list by owner. Lead's scaffold: the warnings helper replaces the bodies.
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { TaskContext } from '../jobs/tasks';
import type { WarningExportJobInput } from './handlers';

export function runWarningEvaluation(job: TaskContext): OperationOutput<'warning.evaluate'> {
  void job;
  throw new AppError('INTERNAL', 'warning.evaluate: not built yet');
}

export function runWarningExport(job: TaskContext, input: WarningExportJobInput): Promise<OperationOutput<'warning.exportByOwner'>> {
  void job;
  void input;
  return Promise.reject(new AppError('INTERNAL', 'warning.exportByOwner: not built yet'));
}
