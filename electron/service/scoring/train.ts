// model.train: load history to the data date, train and evaluate, store the run.
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring-schemas';
import type { ChurnDefinition } from '../../../shared/scoring/churn-definition';
import { dayOf } from '../../../shared/scoring/days';
import type { EventHistory } from '../../../shared/scoring/history';
import { trainChurnModel, type TrainOptions } from '../../../shared/scoring/training';
import type { Db } from '../../store/database';
import { loadHistory } from '../../store/scoring/history-load';
import { customersDataDay, scoringDataDay } from '../../store/scoring/data-date';
import { getChurnDefinition } from '../../store/scoring/settings';
import { insertModelRun, listModelRuns } from '../../store/scoring/model-runs';
import type { Progress } from './progress';
import { AppError } from '../../../shared/contract/errors';
import type { TrainingPhase } from '../../../shared/scoring/training';
import { withTrainingAdvice } from './training-advice';

export interface TrainInput {
  model: 'logistic' | 'tree';
  label?: 'implicit' | 'active';
  features: 'all' | string[];
  horizonDays: number;
  lambda: number;
  maxDepth: number;
  minLeaf: number;
  seed: number;
  evalAsOf?: string;
}

export function runTraining(db: Db, input: TrainInput, progress: Progress): ModelRunSummary {
  const def = getChurnDefinition(db);
  // Without orders or activities there is no time window: a churn flag alone trains on a
  // stratified random split, dated by the customer table itself.
  const eventsDay = scoringDataDay(db);
  const limit = Number.isNaN(eventsDay) ? customersDataDay(db) : eventsDay;
  if (Number.isNaN(limit)) throw new AppError('INVALID_INPUT', 'the workspace has no customers, orders or activities to train on', { reason: 'noData' });
  progress('loading', 0, 5);
  const history = loadHistory(db, limit, {
    flagAttribute: def.active.flagAttribute,
    onTable: (t) => progress('loadingTable', 0, 5, { table: t }),
    undated: Number.isNaN(eventsDay),
  });
  try {
    return trainAndStore(db, history, def, input, progress);
  } catch (error) {
    throw withTrainingAdvice(db, history, def, input.label ?? def.kind, input.horizonDays, error);
  }
}

/** Trains on an already-loaded history (a refresh reuses its own) and records the run. */
export function trainAndStore(db: Db, history: EventHistory, def: ChurnDefinition, input: TrainInput, progress: Progress): ModelRunSummary {
  const options: TrainOptions = {
    model: input.model,
    label: input.label ?? def.kind,
    features: input.features,
    horizonDays: input.horizonDays,
    lambda: input.lambda,
    maxDepth: input.maxDepth,
    minLeaf: input.minLeaf,
    seed: input.seed,
    evalAsOfDay: input.evalAsOf ? dayOf(input.evalAsOf) : undefined,
  };
  const phases: TrainingPhase[] = ['featuresTraining', 'featuresEvaluation', 'features', 'fitting', 'evaluating'];
  const result = trainChurnModel(history, def, options, (phase) => progress(phase, phases.indexOf(phase) + 1, 5));
  const params: Record<string, number | string | null> =
    result.state.kind === 'logistic'
      ? {
          intercept: result.state.intercept,
          lambda: result.state.lambda,
          iterations: result.solver?.iterations ?? null,
          converged: result.solver?.converged ? 'yes' : 'no',
          gradNorm: result.solver?.gradNorm ?? null,
        }
      : { maxDepth: input.maxDepth, minLeaf: input.minLeaf, leaves: result.state.tree.nodes.filter((n) => n.feature === undefined).length };
  const runId = insertModelRun(db, {
    kind: input.model,
    label: options.label,
    trainAsOf: result.trainAsOf,
    evalAsOf: result.evalAsOf,
    horizonDays: input.horizonDays,
    evaluation: result.evaluation,
    seed: result.seed,
    trainRows: result.trainRows,
    evalRows: result.evalRows,
    features: result.sources,
    config: { ...input, label: options.label, churnDefinition: def },
    params,
    model: result.state,
    metrics: result.metrics,
    trainMetrics: result.trainMetrics,
  });
  const run = listModelRuns(db).find((r) => r.runId === runId);
  if (!run) throw new Error(`model run ${runId} was not stored`);
  return run;
}
