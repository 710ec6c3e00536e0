// The use cases behind each operation. Inputs arrive already validated by the service edge.
import type { Handlers } from './context';
import { importHandlers, importProgress } from './import/handlers';
import { importIntoNewWorkspace } from './import/create-workspace';
import { scoringHandlers } from './scoring/handlers';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { listCustomers } from '../store/customers';
import { runReadOnlyQuery } from '../store/read-only-query';
import { createDemoWorkspace } from '../demo/generate';
import { churnTrend, kpis } from './dashboard';
import { describeWorkspace } from './workspace';
import { APP_NAME, APP_VERSION } from './app-version';

export type { ServiceContext, Handlers } from './context';

export const handlers: Handlers = {
  'app.version': () => ({ name: APP_NAME, version: APP_VERSION, schemaVersion: LATEST_SCHEMA_VERSION }),
  'workspace.info': (_input, { session }) => describeWorkspace(session.workspace),
  'workspace.open': async (input, { session }) =>
    describeWorkspace(await session.open(input.path, { create: input.create })),
  'workspace.createDemo': async (input, { session }) => {
    await createDemoWorkspace(input.path, { seed: input.seed, customers: input.customers });
    return describeWorkspace(await session.open(input.path, { freshlyBuilt: true }));
  },
  'workspace.createFromFiles': async (input, ctx) => {
    const { path, jobId, ...rest } = input;
    const result = await importIntoNewWorkspace(path, rest, { signal: ctx.signal, onProgress: importProgress(ctx, jobId) });
    return { workspace: describeWorkspace(await ctx.session.open(path, { freshlyBuilt: true })), import: result };
  },
  'workspace.query': (input, { session }) => runReadOnlyQuery(session.workspace.path, input.sql, input.maxRows),
  'customers.list': (input, { session }) => listCustomers(session.workspace.db, input),
  'dashboard.kpis': (_input, { session }) => kpis(session.workspace.db),
  'dashboard.churnTrend': (input, { session }) => churnTrend(session.workspace.db, input.months),
  'job.cancel': (input, { jobs }) => {
    const job = jobs.get(input.jobId);
    job?.abort();
    return { cancelled: job !== undefined };
  },
  ...importHandlers,
  ...scoringHandlers,
};
