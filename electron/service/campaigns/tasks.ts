// The campaign jobs on their worker thread (jobs/tasks.ts): the draw, the outcome import and the
// call list by owner. Lead's scaffold: the campaigns helper replaces the bodies.
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput, OperationParsedInput } from '../../../shared/contract/operations';
import type { TaskContext } from '../jobs/tasks';
import type { CampaignCallListJobInput } from './handlers';

export function runCampaignAssign(job: TaskContext, input: Omit<OperationParsedInput<'campaign.assign'>, 'jobId'>): OperationOutput<'campaign.assign'> {
  void job;
  void input;
  throw new AppError('INTERNAL', 'campaign.assign: not built yet');
}

export function runOutcomeImport(job: TaskContext, input: Omit<OperationParsedInput<'campaign.importOutcomes'>, 'jobId'>): OperationOutput<'campaign.importOutcomes'> {
  void job;
  void input;
  throw new AppError('INTERNAL', 'campaign.importOutcomes: not built yet');
}

export function runCampaignCallList(job: TaskContext, input: CampaignCallListJobInput): Promise<OperationOutput<'campaign.exportCallList'>> {
  void job;
  void input;
  return Promise.reject(new AppError('INTERNAL', 'campaign.exportCallList: not built yet'));
}
