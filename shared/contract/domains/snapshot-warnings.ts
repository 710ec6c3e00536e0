// What a refresh could not do fully (no churn model, a CLV model not fitted or not converged),
// as codes with params, stored in the snapshot's summary and labelled by the UI in the
// analyst's language (shared/i18n/messages/jobs.*.ts).
import { z } from 'zod';
import { ErrorReasonSchema } from '../error-reasons';
import { MessageParamsSchema } from '../message-params';

export const snapshotWarningCodes = [
  /** The first churn model could not be trained; params {reason}: an error reason, when known. */
  'firstModelFailed',
  /** No churn model yet, and the refresh was told not to train one. */
  'noChurnModel',
  /** params {min}: customers with orders needed. */
  'bgnbdNotFitted',
  'bgnbdNotConverged',
  'bgnbdAtBound',
  /** params {min}: repeat buyers with spend needed. */
  'gammaGammaNotFitted',
  'gammaGammaNotConverged',
  'gammaGammaAtBound',
  /** The BG/NBD optimum is its boundary a/(a+b) → 0: fitted as the NBD (no dropout), P(alive) = 1. */
  'bgnbdFittedAsNbd',
  /** params {customers}: nobody in the fitted sample bought again; P(alive) is 1 and expected purchases ~0. */
  'bgnbdNoRepeatBuyers',
  /** params {count}: customers whose P(alive) / CLV could not be evaluated (left empty). */
  'bgnbdPredictionFailed',
  /** params {count}: repeat buyers with zero or negative net spend, left out of the Gamma-Gamma fit. */
  'gammaGammaExcluded',
  /** Fitted q ≤ 1: the population mean spend is infinite; customers without one valued at the sample mean. */
  'gammaGammaNoMeanSpend',
  /** params {model, customers}: a fit that failed on this data was skipped; the rest of the snapshot stands. */
  'modelSkipped',
  /** params {churned, retained, needed, horizon}: the first churn model was not trained, too few churners in its windows. */
  'churnModelSkipped',
  /** The stored churn model could not score this data: no churn probabilities in this snapshot. */
  'churnScoringFailed',
  /** No orders or activities: the snapshot is dated by the customer table; no recency, P(alive) or CLV. */
  'noEventHistory',
] as const;

export const SnapshotWarningCodeSchema = z.enum(snapshotWarningCodes);
export type SnapshotWarningCode = z.infer<typeof SnapshotWarningCodeSchema>;

export const SnapshotWarningSchema = z.object({ code: SnapshotWarningCodeSchema, params: MessageParamsSchema.optional() });
export type SnapshotWarning = z.infer<typeof SnapshotWarningSchema>;

/** A warning as a summary returns it: snapshots written before warnings had codes stored English sentences. */
export const StoredSnapshotWarningSchema = z.union([SnapshotWarningSchema, z.string()]);
export type StoredSnapshotWarning = z.infer<typeof StoredSnapshotWarningSchema>;

/** The warning for a first model that failed to train, with the error's reason when it has a known one. */
export function firstModelFailed(error: unknown): SnapshotWarning {
  const detail = typeof error === 'object' && error !== null && 'params' in error ? MessageParamsSchema.safeParse(error.params) : null;
  const p = detail?.success ? detail.data : {};
  const reason = typeof error === 'object' && error !== null && 'reason' in error ? error.reason : undefined;
  if (reason === 'tooFewChurnersInWindow') {
    return { code: 'churnModelSkipped', params: { churned: p.churned ?? 0, retained: p.retained ?? 0, needed: p.needed ?? 0, horizon: p.horizon ?? 0 } };
  }
  const known = ErrorReasonSchema.safeParse(reason);
  // The reason's own params (counts) come along: its label is filled in from them.
  return known.success ? { code: 'firstModelFailed', params: { ...p, reason: known.data } } : { code: 'firstModelFailed' };
}
