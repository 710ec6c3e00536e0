// What a long job is doing, as a code from a closed list: each has a label in both languages
// (shared/i18n/messages/jobs.*.ts), and the CLI prints the code itself.
import { z } from 'zod';

export const jobPhases = [
  /** Waiting for another write on the same workspace to finish; params {position} (1 = next). */
  'queued',
  'starting',
  'loading',
  /** params {table}: a canonical table name. */
  'loadingTable',
  'features',
  'featuresTraining',
  'featuresEvaluation',
  'churnState',
  'rfm',
  'health',
  'churnModel',
  'trainingFirstModel',
  'fitting',
  'evaluating',
  'clv',
  'mart',
  'writing',
  // The import's phases: rows streaming in, then relations and missing customers, then the
  // deferred index rebuild, then the commit.
  'reading',
  'finishing',
  'indexing',
  'committing',
  /** The result is out; the job folds its write-ahead log back into the workspace file. */
  'checkpoint',
  /** A call-list export writing its rows (done / total members). */
  'exportingRows',
  /** A dashboard file writing one of its tables; params {table} (cube_customer, list_1 …). */
  'packagingTable',
  // Exports (domains/exports.ts): computing the widgets, drawing the charts, writing a sheet
  // (params {sheet}) and its rows (done / total), packaging the workbook, laying out the PDF.
  'evaluatingWidgets',
  'renderingCharts',
  'writingSheet',
  'packagingWorkbook',
  'writingPdf',
  // Warnings and campaigns: evaluating the rules after a refresh (params {rule} when known),
  // drawing the groups, reading an outcome file's rows, writing a call list's sheets.
  'evaluatingWarnings',
  'assigningGroups',
  'importingOutcomes',
  'done',
] as const;

export const JobPhaseSchema = z.enum(jobPhases);
export type JobPhase = z.infer<typeof JobPhaseSchema>;
