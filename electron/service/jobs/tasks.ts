// What each job kind does on its worker thread. Scoring jobs compute on the connection the
// thread opens for them (read-only for the reads); imports open their own and stream from the
// parse worker. `after` runs once the result is out: folding the job's WAL pages into the
// workspace file, work nobody has to wait for.
import type { Db } from '../../store/database';
import { connect } from '../../store/database';
import { buildNewWorkspace } from '../../store/new-workspace';
import { runImport } from '../../import/run-import';
import { createDemoWorkspace } from '../../demo/generate';
import type { Progress } from '../scoring/progress';
import { runRefresh } from '../scoring/refresh';
import { runTraining } from '../scoring/train';
import { runSuggestWeights } from '../scoring/suggest-weights';
import { previewHealth } from '../scoring/preview';
import { churnByDimension, cohorts, listDimensions, survival } from '../scoring/analysis';
import { freezeSegment } from '../segments/freeze';
import { importSegmentList } from '../segments/import-list';
import { runCallListExport } from '../segments/export-task';
import { runDashboardFileSave } from '../dashboard-file/save-task';
import { runDashboardExport } from '../exports/export-task';
import { runMonthlyReport } from '../exports/report-task';
import { runWarningEvaluation, runWarningExport } from '../warnings/tasks';
import { runCampaignAssign, runCampaignCallList, runOutcomeImport } from '../campaigns/tasks';
import { duplicateSegment, renameSegment, saveSegment } from '../segments/writes';
import type { JobInput, JobOperation, JobResult } from './kinds';
import type { ProgressUpdate } from './protocol';

export interface TaskContext {
  /** The workspace the job works on (for a new workspace: the path it builds). */
  readonly path: string;
  /** Aborted when the job is cancelled (kinds that cancel by signal watch it). */
  readonly signal: AbortSignal;
  readonly progress: Progress;
  /** A full progress report: the import's rows, bytes, rate and time left. */
  readonly report: (update: ProgressUpdate) => void;
  /** The job's own connection, opened on first use (read-only for a reading job) and closed when the task ends. */
  db(): Db;
}

export interface Task<K extends JobOperation> {
  run(job: TaskContext, input: JobInput<K>): JobResult<K> | Promise<JobResult<K>>;
  readonly after?: (path: string) => void;
}

/**
 * PASSIVE never waits for, or blocks, the app's readers. An import also gives the WAL file's
 * gigabytes back to the disk, unless a reader still uses it: with no busy timeout TRUNCATE
 * answers busy at once, and the file is reused and cut back later.
 */
function foldWal(path: string, truncate: boolean): void {
  const db = connect(path, { readonly: false, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('wal_checkpoint(PASSIVE)');
    if (truncate) db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export const tasks: { [K in JobOperation]: Task<K> } = {
  'import.run': {
    run: (job, input) => runImport(job.path, input, { signal: job.signal, onProgress: job.report, checkpointLater: true }),
    after: (path) => foldWal(path, true),
  },
  // Built under a temporary name that nobody else can open, with a rollback journal: nothing to fold afterwards.
  'workspace.createFromFiles': {
    run: (job, input) => buildNewWorkspace(job.path, 'new workspace', (temp) => runImport(temp, input, { signal: job.signal, onProgress: job.report, newWorkspace: true })),
  },
  'workspace.createDemo': {
    run: (job, input) => createDemoWorkspace(job.path, { seed: input.seed, customers: input.customers, onProgress: (done, total) => job.progress('writing', done, total) }),
  },
  // commitSnapshot leaves the snapshot's WAL pages for after the result.
  'snapshot.refresh': { run: (job, input) => runRefresh(job.db(), input, job.progress), after: (path) => foldWal(path, false) },
  'model.train': { run: (job, input) => runTraining(job.db(), input, job.progress) },
  'health.suggestWeights': { run: (job, input) => runSuggestWeights(job.db(), input, job.progress) },
  'health.preview': { run: (job, input) => previewHealth(job.db(), input.config) },
  'analysis.dimensions': { run: (job) => listDimensions(job.db()) },
  'analysis.churnByDimension': { run: (job, input) => churnByDimension(job.db(), input) },
  'analysis.cohorts': { run: (job, input) => cohorts(job.db(), input) },
  'analysis.survival': { run: (job, input) => survival(job.db(), input) },
  'segment.save': { run: (job, input) => saveSegment(job.db(), input) },
  'segment.rename': { run: (job, input) => renameSegment(job.db(), input) },
  'segment.duplicate': { run: (job, input) => duplicateSegment(job.db(), input) },
  'segment.freeze': { run: (job, input) => freezeSegment(job.db(), input, job.progress) },
  'segment.importList': { run: (job, input) => importSegmentList(job.db(), input, { signal: job.signal, progress: job.progress }) },
  'segment.export': { run: (job, input) => runCallListExport(job, input) },
  'dashboard.saveFile': { run: (job, input) => runDashboardFileSave(job, input) },
  'dashboard.export': { run: (job, input) => runDashboardExport(job, input) },
  'report.monthly': { run: (job, input) => runMonthlyReport(job, input) },
  'warning.evaluate': { run: (job) => runWarningEvaluation(job) },
  'warning.exportByOwner': { run: (job, input) => runWarningExport(job, input) },
  'campaign.assign': { run: (job, input) => runCampaignAssign(job, input) },
  'campaign.importOutcomes': { run: (job, input) => runOutcomeImport(job, input) },
  'campaign.exportCallList': { run: (job, input) => runCampaignCallList(job, input) },
};
