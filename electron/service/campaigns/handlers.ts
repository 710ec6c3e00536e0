// Playbook and campaign operations on the service thread: short writes here on the session's
// connection (refused on a read-only workspace), the draw, the outcome import and the call list
// as jobs (jobs/kinds.ts, tasks.ts).
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { Db } from '../../store/database';
import { readCampaign } from '../../store/campaigns/campaign-rows';
import { deleteCampaign, writeCampaign } from '../../store/campaigns/campaign-writes';
import { recordOutcomes } from '../../store/campaigns/outcome-writes';
import { deletePlaybook, savePlaybook } from '../../store/campaigns/playbooks';
import type { DomainHandlers, ServiceContext } from '../context';
import { resolveTarget, type ExportTarget } from '../exports/handlers';
import { runWorkspaceJob } from '../jobs/workspace-job';

export type CampaignCallListJobInput = Omit<OperationParsedInput<'campaign.exportCallList'>, 'jobId' | 'path'> & { readonly target: ExportTarget };

type CampaignOperation =
  'playbook.save' | 'playbook.delete' | 'campaign.save' | 'campaign.delete' | 'campaign.assign' | 'campaign.recordOutcomes' | 'campaign.importOutcomes' | 'campaign.exportCallList';

/** The session's connection for a write; a read-only workspace refuses as the jobs do. */
function writable({ session }: ServiceContext, operation: string): Db {
  const workspace = session.workspace;
  if (workspace.readOnly) throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only; open it for writing to run ${operation}`);
  return workspace.db;
}

export const campaignHandlers: DomainHandlers<CampaignOperation> = {
  'playbook.save': (input, ctx) => {
    const db = writable(ctx, 'playbook.save');
    return db.transaction(() => savePlaybook(db, input))();
  },
  'playbook.delete': (input, ctx) => {
    const db = writable(ctx, 'playbook.delete');
    return { deleted: db.transaction(() => deletePlaybook(db, input.id))() };
  },
  'campaign.save': (input, ctx) => {
    const db = writable(ctx, 'campaign.save');
    return db.transaction(() => readCampaign(db, writeCampaign(db, input)))();
  },
  'campaign.delete': (input, ctx) => {
    const db = writable(ctx, 'campaign.delete');
    return { deleted: db.transaction(() => deleteCampaign(db, input.id))() };
  },
  'campaign.assign': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'campaign.assign', input, jobId),
  'campaign.recordOutcomes': (input, ctx) => {
    const db = writable(ctx, 'campaign.recordOutcomes');
    return db.transaction(() => recordOutcomes(db, input.id, input.outcomes))();
  },
  'campaign.importOutcomes': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'campaign.importOutcomes', input, jobId),
  'campaign.exportCallList': async ({ jobId, path, ...input }, ctx) =>
    runWorkspaceJob(ctx, 'campaign.exportCallList', { ...input, target: await resolveTarget(path, 'campaign.exportCallList') }, jobId),
};
