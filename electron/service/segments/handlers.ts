// Segment use cases on the service thread: the reads (also served by the read pool), delete on
// the session's connection, and the jobs. Save, rename and duplicate answer the segment with its
// size now, which at 1 M customers means reading columns of the mart: they run as write jobs
// (jobs/kinds.ts), like freeze and list import, so the service thread stays answerable.
import { AppError } from '../../../shared/contract/errors';
import { onSession, type DomainHandlers } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';
import { segmentReads } from './reads';
import { deleteSegment } from './writes';

type SegmentWriteOperation = 'segment.save' | 'segment.rename' | 'segment.duplicate' | 'segment.delete' | 'segment.freeze' | 'segment.importList';

export const segmentWriteHandlers: DomainHandlers<SegmentWriteOperation> = {
  'segment.save': (input, ctx) => runWorkspaceJob(ctx, 'segment.save', input),
  'segment.rename': (input, ctx) => runWorkspaceJob(ctx, 'segment.rename', input),
  'segment.duplicate': (input, ctx) => runWorkspaceJob(ctx, 'segment.duplicate', input),
  'segment.delete': (input, { session }) => {
    // Refused on a read-only workspace as the jobs are, instead of a raw SQLite error.
    const workspace = session.workspace;
    if (workspace.readOnly) throw new AppError('READ_ONLY_VIOLATION', `${workspace.path}: is open read-only; open it for writing to run segment.delete`);
    return deleteSegment(workspace.db, input);
  },
  'segment.freeze': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'segment.freeze', input, jobId),
  'segment.importList': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'segment.importList', input, jobId),
};

export const segmentHandlers = { ...onSession(segmentReads), ...segmentWriteHandlers };
