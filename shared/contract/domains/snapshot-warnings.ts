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
  const known = ErrorReasonSchema.safeParse(typeof error === 'object' && error !== null && 'reason' in error ? error.reason : undefined);
  return known.success ? { code: 'firstModelFailed', params: { reason: known.data } } : { code: 'firstModelFailed' };
}
