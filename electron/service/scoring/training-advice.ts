// A training refused for too few churners comes back with settings that would work (issue 10
// §6): the longest shorter horizon whose windows hold enough churners, and a customer attribute
// that looks like a churn flag (a random split on it). The Models page offers them with Apply.
import { AppError } from '../../../shared/contract/errors';
import type { ChurnDefinition } from '../../../shared/scoring/churn-definition';
import type { LabelKind } from '../../../shared/scoring/churn';
import type { EventHistory } from '../../../shared/scoring/history';
import { suggestHorizon } from '../../../shared/scoring/training-suggestion';
import { MIN_CLASS_TOTAL, TRAIN_SHARE } from '../../../shared/scoring/training';
import type { Db } from '../../store/database';
import { flagCandidates } from '../../store/scoring/flag-candidates';

const TOO_FEW = new Set(['tooFewChurnersInWindow', 'tooFewChurnersFlagged']);

/** The error itself when it is not a "too few churners" refusal; else a copy with suggestedHorizon / suggestedFlag params. */
export function withTrainingAdvice(db: Db, history: EventHistory, def: ChurnDefinition, label: LabelKind, horizonDays: number, error: unknown): unknown {
  if (!(error instanceof AppError) || !error.reason || !TOO_FEW.has(error.reason)) return error;
  const params = { ...error.params };
  const horizon = suggestHorizon(history, def, label, horizonDays);
  if (horizon !== null) params.suggestedHorizon = horizon;
  // A 70/30 split needs MIN_CLASS_TOTAL / 2 of each class in its smaller part.
  const min = Math.ceil(MIN_CLASS_TOTAL / 2 / (1 - TRAIN_SHARE));
  const flag = flagCandidates(db, min).find((c) => !(label === 'active' && c.attribute === def.active.flagAttribute));
  if (flag) params.suggestedFlag = flag.attribute;
  return new AppError(error.code, error.message, { reason: error.reason, params });
}
