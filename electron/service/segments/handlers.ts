// Segment use cases on the service thread: the reads (also served by the read pool) and the
// short writes on the session's connection. Freeze and list import run as jobs (jobs/kinds.ts).
import { onSession, type DomainHandlers } from '../context';
import { runWorkspaceJob } from '../jobs/workspace-job';
import { segmentReads } from './reads';
import { deleteSegment, duplicateSegment, renameSegment, saveSegment } from './writes';

type SegmentWriteOperation = 'segment.save' | 'segment.rename' | 'segment.duplicate' | 'segment.delete' | 'segment.freeze' | 'segment.importList';

export const segmentWriteHandlers: DomainHandlers<SegmentWriteOperation> = {
  'segment.save': (input, { session }) => saveSegment(session.workspace.db, input),
  'segment.rename': (input, { session }) => renameSegment(session.workspace.db, input),
  'segment.duplicate': (input, { session }) => duplicateSegment(session.workspace.db, input),
  'segment.delete': (input, { session }) => deleteSegment(session.workspace.db, input),
  // Jobs: members copied or a file read and written in one transaction off the service thread.
  'segment.freeze': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'segment.freeze', input, jobId),
  'segment.importList': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'segment.importList', input, jobId),
};

export const segmentHandlers = { ...onSession(segmentReads), ...segmentWriteHandlers };
