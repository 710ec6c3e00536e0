// Training a churn-risk model (PRODUCT.md §5): features as of an earlier day, labels =
// churned within the horizon after it; evaluated on a later, disjoint window (features as
// of trainDay + horizon, labels in the horizon after that). When the data has no usable
// history (a churn flag without dates), a stratified random split with a recorded seed.
import type { ModelMetrics } from '../contract/domains/scoring-schemas';
import { AppError } from '../contract/errors';
import type { JobPhase } from '../contract/job-phases';
import type { ChurnDefinition } from './churn-definition';
import type { LabelKind } from './churn';
import { trainLogistic, trainTree, predict, type ChurnModelState } from './churn-model';
import { isoOfDay } from './days';
import { availableSources, buildDesign, designColumns, fitDesign } from './design';
import { computeFeatures, startDay, type FeatureFrame } from './features';
import type { EventHistory } from './history';
import { labelAt, type Labelled } from './labels';
import { evaluateScores } from './model-metrics';
import { mulberry32, shuffle } from './rng';

export interface TrainOptions {
  model: 'logistic' | 'tree';
  label: LabelKind;
  features: 'all' | readonly string[];
  horizonDays: number;
  lambda: number;
  maxDepth: number;
  minLeaf: number;
  seed: number;
  evalAsOfDay?: number;
}

export interface TrainResult {
  state: ChurnModelState;
  evaluation: 'time' | 'random';
  trainAsOf: string;
  evalAsOf: string;
  seed: number | null;
  trainRows: number;
  evalRows: number;
  sources: string[];
  metrics: ModelMetrics;
  trainMetrics: ModelMetrics;
  /** Logistic solver diagnostics (null for trees). */
  solver: { iterations: number; converged: boolean; gradNorm: number } | null;
}

const MIN_HISTORY_DAYS = 90;
const MIN_CLASS = 10;
/** Each class needs MIN_CLASS rows in training and again in evaluation. */
export const MIN_CLASS_TOTAL = 2 * MIN_CLASS;
export const TRAIN_SHARE = 0.7;

/** The steps training reports (progress phase codes of the job contract). */
export type TrainingPhase = Extract<JobPhase, 'featuresTraining' | 'featuresEvaluation' | 'features' | 'fitting' | 'evaluating'>;

export function trainChurnModel(h: EventHistory, def: ChurnDefinition, o: TrainOptions, step: (phase: TrainingPhase) => void = () => undefined): TrainResult {
  const sources = selectSources(h, o.features);
  const timed = timeWindows(h, o);
  let train: { frame: FeatureFrame; set: Labelled };
  let test: { frame: FeatureFrame; set: Labelled };
  let evaluation: 'time' | 'random' = 'time';
  // The time windows' populations when they were tried: their counts explain a refusal best.
  let windows: Labelled[] | null = null;
  if (timed) {
    step('featuresTraining');
    const trainFrame = computeFeatures(h, timed.trainDay);
    const trainSet = labelAt(h, def, o.label, trainFrame, o.horizonDays);
    step('featuresEvaluation');
    const evalFrame = computeFeatures(h, timed.evalDay);
    const evalSet = labelAt(h, def, o.label, evalFrame, o.horizonDays);
    windows = [trainSet, evalSet];
    if (usable(trainSet) && usable(evalSet)) {
      train = { frame: trainFrame, set: trainSet };
      test = { frame: evalFrame, set: evalSet };
    } else {
      ({ train, test } = randomSplit(h, def, o));
      evaluation = 'random';
    }
  } else {
    step('features');
    ({ train, test } = randomSplit(h, def, o));
    evaluation = 'random';
  }
  if (!usable(train.set) || !usable(test.set)) {
    // The counts behind the refusal, so the analyst reads why (and the service can look for a
    // horizon that works): the scarcer class over training and evaluation together.
    const sets = windows ?? [train.set, test.set];
    const churned = sets.reduce((acc, set) => acc + positives(set), 0);
    const retained = sets.reduce((acc, set) => acc + set.labels.length, 0) - churned;
    throw new AppError(
      'INVALID_INPUT',
      `too few churned and retained customers to train (need ≥ ${MIN_CLASS} of each in training and evaluation; found ${churned} churned, ${retained} retained)`,
      {
        reason: windows ? 'tooFewChurnersInWindow' : 'tooFewChurnersFlagged',
        params: { needed: MIN_CLASS_TOTAL, churned, retained, horizon: o.horizonDays },
      },
    );
  }
  step('fitting');
  const spec = fitDesign(train.frame, h, sources, train.set.rows);
  if (designColumns(spec).length === 0) throw new AppError('INVALID_INPUT', 'no usable features selected', { reason: 'noUsableFeatures' });
  const Xtr = buildDesign(spec, train.frame, h, train.set.rows);
  let state: ChurnModelState;
  let solver: TrainResult['solver'] = null;
  if (o.model === 'logistic') {
    const fitted = trainLogistic(spec, Xtr.X, Xtr.n, Xtr.p, train.set.labels, o.lambda);
    state = fitted.state;
    solver = { iterations: fitted.fit.iterations, converged: fitted.fit.converged, gradNorm: fitted.fit.gradNorm };
  } else {
    state = trainTree(spec, Xtr.X, Xtr.n, Xtr.p, train.set.labels, o.maxDepth, o.minLeaf);
  }
  step('evaluating');
  const Xte = buildDesign(spec, test.frame, h, test.set.rows);
  return {
    state,
    evaluation,
    trainAsOf: isoOfDay(train.frame.asOfDay),
    evalAsOf: isoOfDay(test.frame.asOfDay),
    seed: evaluation === 'random' ? o.seed : null,
    trainRows: Xtr.n,
    evalRows: Xte.n,
    sources: [...new Set(designColumns(spec).map((c) => c.source))],
    metrics: evaluateScores(predict(state, Xte.X, Xte.n), test.set.labels),
    trainMetrics: evaluateScores(predict(state, Xtr.X, Xtr.n), train.set.labels),
    solver,
  };
}

function positives(set: Labelled): number {
  let pos = 0;
  for (const y of set.labels) pos += y;
  return pos;
}

export function usable(set: Labelled): boolean {
  const pos = positives(set);
  return pos >= MIN_CLASS && set.labels.length - pos >= MIN_CLASS;
}

function selectSources(h: EventHistory, features: 'all' | readonly string[]): string[] {
  const all = availableSources(h);
  if (features === 'all') return all;
  const known = new Set(all);
  const unknown = features.filter((f) => !known.has(f));
  if (unknown.length) {
    throw new AppError('INVALID_INPUT', `unknown features: ${unknown.join(', ')} (available: ${all.join(', ')})`, {
      reason: 'unknownFeatures',
      params: { features: unknown.join(', ') },
    });
  }
  return [...features];
}

/** Train on day D − 2H, evaluate on D − H, when the first of these has 90 days of history before it. */
export function timeWindows(h: EventHistory, o: Pick<TrainOptions, 'evalAsOfDay' | 'horizonDays'>): { trainDay: number; evalDay: number } | null {
  const evalDay = o.evalAsOfDay ?? h.limitDay - o.horizonDays;
  const trainDay = evalDay - o.horizonDays;
  if (evalDay + o.horizonDays > h.limitDay) return null;
  let earliest = Infinity;
  for (let c = 0; c < h.customers.ids.length; c++) earliest = Math.min(earliest, startDay(h, c));
  return trainDay - earliest >= MIN_HISTORY_DAYS ? { trainDay, evalDay } : null;
}

/**
 * All customers known at the data limit (undated ones included), labelled churned when they
 * are churned on that day (the flag, a cancellation or an ended contract); 70 % / 30 % within
 * each class.
 */
function randomSplit(h: EventHistory, def: ChurnDefinition, o: TrainOptions): { train: { frame: FeatureFrame; set: Labelled }; test: { frame: FeatureFrame; set: Labelled } } {
  const frame = computeFeatures(h, h.limitDay, { undated: true });
  const labels = new Uint8Array(frame.rows.length);
  for (let r = 0; r < frame.rows.length; r++) {
    const c = frame.rows[r]!;
    const cancel = h.customers.cancelDay[c]!;
    const end = h.customers.contractEndDay[c]!;
    labels[r] = h.customers.flagged[c] || h.customers.cancelled[c] || (def.active.contractEndCounts && end <= h.limitDay) || cancel <= h.limitDay ? 1 : 0;
  }
  const random = mulberry32(o.seed);
  const trainRows: number[] = [];
  const testRows: number[] = [];
  for (const cls of [0, 1]) {
    const members: number[] = [];
    for (let r = 0; r < labels.length; r++) if (labels[r] === cls) members.push(r);
    shuffle(members, random);
    const cut = Math.round(members.length * TRAIN_SHARE);
    trainRows.push(...members.slice(0, cut));
    testRows.push(...members.slice(cut));
  }
  trainRows.sort((a, b) => a - b);
  testRows.sort((a, b) => a - b);
  const set = (rows: number[]): Labelled => ({ rows: Int32Array.from(rows), labels: Uint8Array.from(rows, (r) => labels[r]!) });
  return { train: { frame, set: set(trainRows) }, test: { frame, set: set(testRows) } };
}
