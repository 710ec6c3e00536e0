// The campaign jobs on their worker thread (jobs/tasks.ts): the draw, the outcome import and the
// call list by owner.
import type { OperationOutput, OperationParsedInput } from '../../../shared/contract/operations';
import { assignCampaign } from '../../store/campaigns/assign';
import { readCampaign } from '../../store/campaigns/campaign-rows';
import type { TaskContext } from '../jobs/tasks';
import { importOutcomes, type OutcomeImportInput } from './import-outcomes';

export { runCampaignCallList } from './call-list-xlsx';

export function runCampaignAssign(job: TaskContext, input: Omit<OperationParsedInput<'campaign.assign'>, 'jobId'>): OperationOutput<'campaign.assign'> {
  const db = job.db();
  job.progress('assigningGroups', 0, null);
  const plan = assignCampaign(db, input.id);
  job.progress('assigningGroups', plan.treatment + plan.control, plan.treatment + plan.control);
  return { campaign: readCampaign(db, input.id), plan };
}

export function runOutcomeImport(job: TaskContext, input: OutcomeImportInput): Promise<OperationOutput<'campaign.importOutcomes'>> {
  return importOutcomes(job.db(), input, { signal: job.signal, progress: job.progress });
}
