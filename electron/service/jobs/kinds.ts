// The operations that run as jobs, by name: whether a job writes (then it takes its turn in the
// workspace's writer queue) or only reads (WAL lets it run beside the writer), and how a cancel
// reaches it. The service thread and the job's worker thread both read this table.
import type { ImportResult } from '../../../shared/contract/domains/import';
import type { DemoSummary } from '../../demo/generate';
import type { CallListJobInput } from '../segments/export-handler';
import type { DashboardFileJobInput } from '../dashboard-file/save-handler';
import type { DashboardExportJobInput, MonthlyReportJobInput } from '../exports/handlers';
import type { WarningExportJobInput } from '../warnings/handlers';
import type { CampaignCallListJobInput } from '../campaigns/handlers';
import type { OperationName, OperationOutput, OperationParsedInput } from '../../../shared/contract/operations';

export interface JobKind {
  readonly access: 'read' | 'write';
  /**
   * 'signal': the job hears the cancel, rolls back and answers CANCELLED itself (an import, whose
   * transaction must end before the next writer starts). 'terminate': the thread is ended, which
   * rolls back its one synchronous transaction.
   */
  readonly cancel: 'signal' | 'terminate';
  /** A newer job of this kind on the same workspace ends the older one: the preview of an edit the analyst has since changed. */
  readonly supersedes?: boolean;
}

export const jobKinds = {
  'import.run': { access: 'write', cancel: 'signal' },
  'workspace.createFromFiles': { access: 'write', cancel: 'signal' },
  // Built under a temporary name and renamed on success: a terminated thread leaves nothing at the path.
  'workspace.createDemo': { access: 'write', cancel: 'terminate' },
  'snapshot.refresh': { access: 'write', cancel: 'terminate' },
  'model.train': { access: 'write', cancel: 'terminate' },
  'health.suggestWeights': { access: 'read', cancel: 'terminate' },
  'health.preview': { access: 'read', cancel: 'terminate', supersedes: true },
  'analysis.dimensions': { access: 'read', cancel: 'terminate' },
  'analysis.churnByDimension': { access: 'read', cancel: 'terminate' },
  'analysis.cohorts': { access: 'read', cancel: 'terminate' },
  'analysis.survival': { access: 'read', cancel: 'terminate' },
  // One transaction each: a terminated thread rolls the new list back. Saves answer the segment
  // with its size counted on the new state: on a job's thread, never the service thread's.
  'segment.save': { access: 'write', cancel: 'terminate' },
  'segment.rename': { access: 'write', cancel: 'terminate' },
  'segment.duplicate': { access: 'write', cancel: 'terminate' },
  'segment.freeze': { access: 'write', cancel: 'terminate' },
  'segment.importList': { access: 'write', cancel: 'terminate' },
  // Hears the cancel between pages and removes its temporary file: a cancel leaves no partial call list.
  'segment.export': { access: 'read', cancel: 'signal' },
  // Hears the cancel between tables and removes its temporary file: a cancel leaves no dashboard file.
  'dashboard.saveFile': { access: 'read', cancel: 'signal' },
  // Hear the cancel between sheets and pages and remove their temporary file: a cancel leaves no partial export.
  'dashboard.export': { access: 'read', cancel: 'signal' },
  'report.monthly': { access: 'read', cancel: 'signal' },
  // One transaction each: a terminated thread rolls the evaluation, the draw or the import back.
  'warning.evaluate': { access: 'write', cancel: 'terminate' },
  'campaign.assign': { access: 'write', cancel: 'terminate' },
  'campaign.importOutcomes': { access: 'write', cancel: 'terminate' },
  // Hear the cancel between pages and remove their temporary file, like segment.export.
  'warning.exportByOwner': { access: 'read', cancel: 'signal' },
  'campaign.exportCallList': { access: 'read', cancel: 'signal' },
} as const satisfies Partial<Record<OperationName, JobKind>>;

export type JobOperation = keyof typeof jobKinds;

export function isJobOperation(name: string): name is JobOperation {
  return Object.prototype.hasOwnProperty.call(jobKinds, name);
}

/** Operations whose `path` is the workspace the job builds (the runtime opens it); another operation's path is its own input (a file to read). */
type WorkspacePathOperation = 'workspace.createDemo' | 'workspace.createFromFiles';

/**
 * What the job's thread receives: the operation's input without the caller's jobId, and without
 * the workspace path it opens; an export's path is the file it writes, resolved by its handler.
 */
export type JobInput<K extends JobOperation> = K extends 'segment.export'
  ? CallListJobInput
  : K extends 'dashboard.saveFile'
    ? DashboardFileJobInput
    : K extends 'dashboard.export'
      ? DashboardExportJobInput
      : K extends 'report.monthly'
        ? MonthlyReportJobInput
        : K extends 'warning.exportByOwner'
          ? WarningExportJobInput
          : K extends 'campaign.exportCallList'
            ? CampaignCallListJobInput
            : Omit<OperationParsedInput<K>, K extends WorkspacePathOperation ? 'jobId' | 'path' : 'jobId'>;

/** What the job answers: the operation's output, except a new workspace's import, which the service completes by opening it. */
export type JobResult<K extends JobOperation> = K extends 'workspace.createFromFiles' ? ImportResult : K extends 'workspace.createDemo' ? DemoSummary : OperationOutput<K>;
