// The heavy scoring tasks by name, run against a connection: shared by the worker thread
// and by the in-process fallback.
import type { Db } from '../../store/database';
import { runRefresh, type RefreshInput } from './refresh';
import { runTraining, type TrainInput } from './train';
import { runSuggestWeights, type SuggestInput } from './suggest-weights';
import type { Progress } from './progress';

export interface JobInputs {
  refresh: RefreshInput;
  train: TrainInput;
  suggestWeights: SuggestInput;
}
export type JobName = keyof JobInputs;

export function runJob(db: Db, task: JobName, input: unknown, progress: Progress): unknown {
  switch (task) {
    case 'refresh':
      return runRefresh(db, input as RefreshInput, progress);
    case 'train':
      return runTraining(db, input as TrainInput, progress);
    case 'suggestWeights':
      return runSuggestWeights(db, input as SuggestInput, progress);
  }
}
