// What a "too few churners" refusal of model.train offers (issue 10 §6), read from the error's
// params: the counts behind it and the settings the service found would work. Renderer-free.
import { AppError } from '../../../shared/contract/errors';

export interface TrainingAdvice {
  churned: number;
  retained: number;
  needed: number;
  /** A shorter horizon (days) whose windows hold enough churners. */
  horizon: number | null;
  /** A customer attribute that looks like a churn flag: label 'active' on it, random split. */
  flag: string | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The advice carried by a training error, or null when the error is something else. */
export function trainingAdvice(error: unknown): TrainingAdvice | null {
  if (!(error instanceof AppError) || (error.reason !== 'tooFewChurnersInWindow' && error.reason !== 'tooFewChurnersFlagged')) return null;
  const p = error.params ?? {};
  const flag = p.suggestedFlag;
  return {
    churned: num(p.churned) ?? 0,
    retained: num(p.retained) ?? 0,
    needed: num(p.needed) ?? 0,
    horizon: num(p.suggestedHorizon),
    flag: typeof flag === 'string' && flag.length > 0 ? flag : null,
  };
}
