// The heavy scoring tasks by name, run against a connection: shared by the worker thread
// and by the in-process fallback. Reads (analysis, health preview) load the whole event
// history or every stored feature too — seconds at 100,000 customers — so they run off the
// service thread like the writing jobs, on a read-only connection.
import type { Db } from '../../store/database';
import type { LabelKind } from '../../../shared/scoring/churn';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { runRefresh, type RefreshInput } from './refresh';
import { runTraining, type TrainInput } from './train';
import { runSuggestWeights, type SuggestInput } from './suggest-weights';
import { previewHealth } from './preview';
import { churnByDimension, cohorts, listDimensions, survival } from './analysis';
import type { Progress } from './progress';

export interface JobInputs {
  refresh: RefreshInput;
  train: TrainInput;
  suggestWeights: SuggestInput;
  preview: { config: HealthConfig };
  dimensions: Record<string, never>;
  churnByDimension: { dimension?: string; months: number; label?: LabelKind };
  cohorts: { basis: 'signup' | 'firstOrder'; cohorts: number; label?: LabelKind };
  survival: { dimension?: string; label?: LabelKind; maxGroups: number; projectionPeriods: number };
}
export type JobName = keyof JobInputs;

/** Jobs that only read: they run on a read-only connection and on read-only workspaces. */
export const readOnlyJobs: ReadonlySet<JobName> = new Set<JobName>(['preview', 'dimensions', 'churnByDimension', 'cohorts', 'survival']);

export function runJob(db: Db, task: JobName, input: unknown, progress: Progress): unknown {
  switch (task) {
    case 'refresh':
      return runRefresh(db, input as RefreshInput, progress);
    case 'train':
      return runTraining(db, input as TrainInput, progress);
    case 'suggestWeights':
      return runSuggestWeights(db, input as SuggestInput, progress);
    case 'preview':
      return previewHealth(db, (input as JobInputs['preview']).config);
    case 'dimensions':
      return listDimensions(db);
    case 'churnByDimension':
      return churnByDimension(db, input as JobInputs['churnByDimension']);
    case 'cohorts':
      return cohorts(db, input as JobInputs['cohorts']);
    case 'survival':
      return survival(db, input as JobInputs['survival']);
  }
}
