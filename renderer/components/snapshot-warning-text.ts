// A snapshot warning in the analyst's language: its code's label (namespace 'jobs') with the
// params filled in, plus the label of an error reason it carries (a first model that failed).
// Sentences stored by older versions are shown as they are.
import type { TFunction } from 'i18next';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import type { StoredSnapshotWarning } from '../../shared/contract/domains/snapshot-warnings';
import { ErrorReasonSchema } from '../../shared/contract/error-reasons';

export function snapshotWarningText(warning: StoredSnapshotWarning, t: TFunction): string {
  if (typeof warning === 'string') return warning;
  const params = warning.params ?? {};
  const text = t(`warnings.${warning.code}`, { ...params, ns: 'jobs' });
  const reason = ErrorReasonSchema.safeParse(params.reason);
  return reason.success ? `${text} (${t(`reasons.${reason.data}`, { ...params, ns: 'jobs' })})` : text;
}

const CHURN_CODES = new Set(['churnModelSkipped', 'firstModelFailed', 'noChurnModel', 'churnScoringFailed']);

/** Why a snapshot has no churn probability (its warning), or null when it has them (or there is no snapshot). */
export function churnSkipWarning(summary: Pick<SnapshotSummary, 'modelRunId' | 'warnings'> | null | undefined): StoredSnapshotWarning | null {
  if (!summary) return null;
  const warning = summary.warnings.find((w) => typeof w !== 'string' && CHURN_CODES.has(w.code));
  if (warning) return warning;
  return summary.modelRunId === null ? { code: 'noChurnModel' } : null;
}
