// When the app announces new warnings: once per evaluation that raised some, never for the
// counts the app found when it opened (the analyst did not just refresh), and never twice for
// the same evaluation (a reload, a second window). The last announced evaluation is remembered.
import type { WarningSummary } from '../../shared/contract/domains/warnings';

/** One evaluation run's identity: the snapshot, its date and when the run happened (Evaluate now on the same snapshot is a new run). */
export function evaluationKey(summary: Pick<WarningSummary, 'snapshotId' | 'evaluatedOn' | 'lastRun'>): string {
  return `${summary.snapshotId ?? ''}|${summary.evaluatedOn ?? ''}|${summary.lastRun?.evaluatedAt ?? ''}`;
}

export interface NoticeDecision {
  readonly notify: boolean;
  /** What to remember as seen (null: nothing to remember). */
  readonly remember: string | null;
}

/**
 * `seen` is the evaluation last remembered (null on a first start), `baseline` the one this
 * window saw when it opened: a summary equal to either is old news.
 */
export function noticeFor(summary: WarningSummary, seen: string | null, baseline: string | null): NoticeDecision {
  if (summary.evaluatedOn === null || summary.snapshotId === null) return { notify: false, remember: null };
  const key = evaluationKey(summary);
  if (key === seen || key === baseline) return { notify: false, remember: key === seen ? null : key };
  // First start ever: what is there now is the baseline, not news.
  if (seen === null && baseline === null) return { notify: false, remember: key };
  return { notify: (summary.lastRun?.raised ?? 0) > 0, remember: key };
}
