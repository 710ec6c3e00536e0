// Playbook and campaign operations on the service thread: reads and short writes here, the draw,
// the outcome import and the call list as jobs. Lead's scaffold: the campaigns helper replaces the bodies.
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DomainHandlers } from '../context';
import { resolveTarget, type ExportTarget } from '../exports/handlers';
import { runWorkspaceJob } from '../jobs/workspace-job';

export type CampaignCallListJobInput = Omit<OperationParsedInput<'campaign.exportCallList'>, 'jobId' | 'path'> & { readonly target: ExportTarget };

type CampaignOperation =
  'playbook.save' | 'playbook.delete' | 'campaign.save' | 'campaign.delete' | 'campaign.assign' | 'campaign.recordOutcomes' | 'campaign.importOutcomes' | 'campaign.exportCallList';

function notYet(name: string): never {
  throw new AppError('INTERNAL', `${name}: not built yet`);
}

export const campaignHandlers: DomainHandlers<CampaignOperation> = {
  'playbook.save': () => notYet('playbook.save'),
  'playbook.delete': () => notYet('playbook.delete'),
  'campaign.save': () => notYet('campaign.save'),
  'campaign.delete': () => notYet('campaign.delete'),
  'campaign.assign': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'campaign.assign', input, jobId),
  'campaign.recordOutcomes': () => notYet('campaign.recordOutcomes'),
  'campaign.importOutcomes': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'campaign.importOutcomes', input, jobId),
  'campaign.exportCallList': async ({ jobId, path, ...input }, ctx) =>
    runWorkspaceJob(ctx, 'campaign.exportCallList', { ...input, target: await resolveTarget(path, 'campaign.exportCallList') }, jobId),
};
