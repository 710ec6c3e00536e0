// Segment use cases on the service thread: the reads (also served by the read pool) and the
// short writes on the session's connection. Freeze and list import run as jobs (jobs/kinds.ts).
import { AppError } from '../../../shared/contract/errors';
import type { Db } from '../../store/database';
import { onSession, type DomainHandlers, type ServiceContext } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';
import { segmentReads } from './reads';
import { deleteSegment, duplicateSegment, renameSegment, saveSegment } from './writes';

/** The session's connection for a write; a workspace opened read-only refuses it as jobs do. */
function writable(ctx: ServiceContext, operation: string): Db {
  const workspace = ctx.session.workspace;
  if (workspace.readOnly) throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only; open it for writing to run ${operation}`);
  return workspace.db;
}

type SegmentWriteOperation = 'segment.save' | 'segment.rename' | 'segment.duplicate' | 'segment.delete' | 'segment.freeze' | 'segment.importList';

export const segmentWriteHandlers: DomainHandlers<SegmentWriteOperation> = {
  'segment.save': (input, ctx) => saveSegment(writable(ctx, 'segment.save'), input),
  'segment.rename': (input, ctx) => renameSegment(writable(ctx, 'segment.rename'), input),
  'segment.duplicate': (input, ctx) => duplicateSegment(writable(ctx, 'segment.duplicate'), input),
  'segment.delete': (input, ctx) => deleteSegment(writable(ctx, 'segment.delete'), input),
  // Jobs: members copied or a file read and written in one transaction off the service thread.
  'segment.freeze': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'segment.freeze', input, jobId),
  'segment.importList': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'segment.importList', input, jobId),
};

export const segmentHandlers = { ...onSession(segmentReads), ...segmentWriteHandlers };
