// When the app announces new warnings: once per evaluation that raised some, not for what was
// there when it opened, not again after a reload.
import { describe, expect, it } from 'vitest';
import type { WarningSummary } from '../../../shared/contract/domains/warnings';
import { evaluationKey, noticeFor } from '../../../renderer/app/warning-notice';

const summary = (snapshotId: number | null, raisedLast: number, evaluatedOn: string | null = '2025-12-31', runAt = `run-${snapshotId}`): WarningSummary => ({
  open: 10,
  acknowledged: 2,
  bySeverity: { high: 3, medium: 7, low: 0 },
  raisedLast,
  evaluatedOn,
  snapshotId,
  lastRun: snapshotId === null ? null : { evaluatedAt: runAt, raised: raisedLast, high: 1 },
});

describe('noticeFor', () => {
  it('never announces before any evaluation', () => {
    expect(noticeFor(summary(null, 0, null), null, null)).toEqual({ notify: false, remember: null });
  });

  it('takes the first evaluation ever seen as the baseline', () => {
    const s = summary(1, 12);
    expect(noticeFor(s, null, null)).toEqual({ notify: false, remember: evaluationKey(s) });
  });

  it('announces a new evaluation that raised warnings, once', () => {
    const before = summary(1, 12);
    const after = summary(2, 5);
    const first = noticeFor(after, evaluationKey(before), evaluationKey(before));
    expect(first).toEqual({ notify: true, remember: evaluationKey(after) });
    // The same summary read again (navigation, a second window): old news.
    expect(noticeFor(after, first.remember, evaluationKey(before))).toEqual({ notify: false, remember: null });
  });

  it('announces Evaluate now on the same snapshot as a new run, with that run’s count', () => {
    const refresh = summary(2, 12, '2025-12-31', 'first');
    const again = { ...summary(2, 3, '2025-12-31', 'second'), raisedLast: 15 };
    expect(evaluationKey(again)).not.toBe(evaluationKey(refresh));
    expect(noticeFor(again, evaluationKey(refresh), evaluationKey(refresh))).toEqual({ notify: true, remember: evaluationKey(again) });
  });

  it('stays quiet for a new evaluation that raised nothing, but remembers it', () => {
    const after = summary(2, 0);
    expect(noticeFor(after, evaluationKey(summary(1, 4)), null)).toEqual({ notify: false, remember: evaluationKey(after) });
  });

  it('does not announce what the window found when it opened', () => {
    const opened = summary(3, 7);
    expect(noticeFor(opened, evaluationKey(summary(2, 1)), evaluationKey(opened)).notify).toBe(false);
  });
});
