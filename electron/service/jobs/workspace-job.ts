// A job on the session's open workspace: writers are refused when it is open read-only.
import { AppError } from '../../../shared/contract/errors';
import type { ServiceContext } from '../context';
import { jobKinds, type JobInput, type JobOperation, type JobResult } from './kinds';

export function runWorkspaceJob<K extends JobOperation>(ctx: ServiceContext, operation: K, input: JobInput<K>, jobId?: string): Promise<JobResult<K>> {
  const workspace = ctx.session.workspace;
  if (workspace.readOnly && jobKinds[operation].access === 'write') {
    throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only; open it for writing to run ${operation}`);
  }
  return ctx.runtime.run({ operation, input, workspacePath: workspace.path, jobId });
}
