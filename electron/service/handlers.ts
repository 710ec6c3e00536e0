// The use cases behind each operation. Inputs arrive already validated by the service edge.
import { AppError } from '../../shared/contract/errors';
import { onSession, type Handlers } from './context';
import { importHandlers } from './import/handlers';
import { scoringHandlers } from './scoring/handlers';
import { analyticsHandlers } from './analytics/handlers';
import { segmentHandlers } from './segments/handlers';
import { segmentExportHandlers } from './segments/export-handler';
import { dashboardReads } from './dashboards/reads';
import { dashboardWriteHandlers } from './dashboards/handlers';
import { dashboardFileHandlers } from './dashboard-file/handlers';
import { exportHandlers } from './exports/handlers';
import { warningHandlers } from './warnings/handlers';
import { warningReads } from './warnings/reads';
import { campaignReads } from './campaigns/reads';
import { campaignHandlers } from './campaigns/handlers';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { coreReads } from './core-reads';
import { describeWorkspace } from './workspace';
import { workspaceFolderHandlers } from './workspace-folder-handlers';
import { APP_NAME, APP_VERSION } from './app-version';

export type { ServiceContext, Handlers } from './context';

export const handlers: Handlers = {
  'app.version': () => ({ name: APP_NAME, version: APP_VERSION, schemaVersion: LATEST_SCHEMA_VERSION }),
  'workspace.info': (_input, { session }) => describeWorkspace(session.workspace),
  'workspace.open': async (input, { session }) => describeWorkspace(await session.open(input.path, { create: input.create })),
  'workspace.createDemo': async ({ path, ...input }, ctx) => {
    // On a job thread like every long write: the service stays answerable while millions of rows are generated.
    await ctx.runtime.run({ operation: 'workspace.createDemo', input, workspacePath: path });
    return describeWorkspace(await ctx.session.open(path, { freshlyBuilt: true }));
  },
  // The job builds the workspace under a temporary name and renames it into place on success.
  'workspace.createFromFiles': async ({ path, jobId, ...input }, ctx) => {
    const result = await ctx.runtime.run({ operation: 'workspace.createFromFiles', input, workspacePath: path, jobId });
    return { workspace: describeWorkspace(await ctx.session.open(path, { freshlyBuilt: true })), import: result };
  },
  ...workspaceFolderHandlers,
  ...onSession(coreReads),
  'job.cancel': (input, { jobs, runtime }) => {
    if (runtime.cancel(input.jobId)) return { cancelled: true };
    const job = jobs.get(input.jobId);
    job?.abort();
    return { cancelled: job !== undefined };
  },
  'job.list': (_input, { runtime }) => ({ jobs: runtime.list() }),
  // The Save dialog is the desktop app's main process's; it answers this call before the service sees it.
  'export.pickSavePath': () => {
    throw new AppError('FORBIDDEN', 'the Save dialog belongs to the desktop app; in a browser the file is downloaded', { reason: 'desktopOnly' });
  },
  ...importHandlers,
  ...scoringHandlers,
  ...analyticsHandlers,
  ...segmentHandlers,
  ...segmentExportHandlers,
  ...onSession(dashboardReads),
  ...dashboardWriteHandlers,
  ...dashboardFileHandlers,
  ...exportHandlers,
  ...warningHandlers,
  ...onSession(warningReads),
  ...campaignHandlers,
  ...onSession(campaignReads),
};
