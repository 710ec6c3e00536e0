// The read registry: operations that only read the open workspace and answer on the read pool's
// read-only connections, so a slow one never holds up the service thread (job.cancel, progress,
// saves) or another read. The pool's workers and the service thread share this table.
import type { ReadHandlers } from '../context';
import { analyticsReads } from '../analytics/handlers';
import { coreReads } from '../core-reads';
import { importReads } from '../import/reads';
import { scoringReads } from '../scoring/reads';
import { segmentReads } from '../segments/reads';
import { dashboardReads } from '../dashboards/reads';
import { warningReads } from '../warnings/reads';
import { campaignReads } from '../campaigns/reads';

const reads = { ...coreReads, ...analyticsReads, ...scoringReads, ...importReads, ...segmentReads, ...dashboardReads, ...warningReads, ...campaignReads };

export type ReadOperation = keyof typeof reads;

export const readHandlers: ReadHandlers<ReadOperation> = reads;

export function isReadOperation(name: string): name is ReadOperation {
  return Object.prototype.hasOwnProperty.call(readHandlers, name);
}
