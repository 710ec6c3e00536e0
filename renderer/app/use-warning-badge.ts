// The Warnings entry's badge (open warnings, from warning.summary) and the notification of new
// ones. The summary is read when the app opens, on every navigation, when the Warnings page
// changes something, and after any job finishes (job.progress 'done' is sent once the job's
// transaction committed: a refresh has evaluated the rules by then).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarningSummary } from '../../shared/contract/domains/warnings';
import { electronBridge } from '../api/bridge';
import { invoke, on } from '../api/client';
import { useLocale } from '../i18n/use-locale';
import { navigate } from './use-hash-route';
import { evaluationKey, noticeFor } from './warning-notice';
import { browserPermission, notificationsWanted } from './warning-notify-prefs';
import { onWarningsChanged } from './warnings-changed';

const SEEN_KEY = 'churn-cockpit.warnings-announced';
/** Several jobs may end together (a refresh, then its checkpoint): one read after they settle. */
const SETTLE_MS = 400;

function readSeen(): string | null {
  try {
    return localStorage.getItem(SEEN_KEY);
  } catch {
    return null;
  }
}

function writeSeen(key: string): void {
  try {
    localStorage.setItem(SEEN_KEY, key);
  } catch {
    // private mode: the baseline of this window still prevents repeats
  }
}

export function useWarningBadge(route: string): WarningSummary | null {
  const { t } = useTranslation('warnings');
  const locale = useLocale();
  const [summary, setSummary] = useState<WarningSummary | null>(null);
  const baseline = useRef<string | null | undefined>(undefined);
  const texts = useRef({ t, locale });
  texts.current = { t, locale };

  const announce = useCallback((next: WarningSummary) => {
    if (!notificationsWanted()) return;
    const { t: tr, locale: language } = texts.current;
    const raised = next.lastRun?.raised ?? 0;
    const high = next.lastRun?.high ?? 0;
    if (electronBridge()) {
      // The main process shows Electron's Notification; clicking it sends app.command open-warnings.
      invoke('warning.notify', { raised, high, language }).catch(() => undefined);
      return;
    }
    if (browserPermission() !== 'granted') return;
    try {
      const notice = new Notification(tr('notify.title', { raised }), {
        body: high > 0 ? tr('notify.body', { high }) : tr('notify.bodyNoHigh'),
        tag: 'churn-cockpit-warnings',
      });
      notice.onclick = () => {
        window.focus();
        navigate('warnings');
        notice.close();
      };
    } catch {
      // Some browsers allow notifications only from a service worker: the badge still shows the count.
    }
  }, []);

  const load = useCallback(() => {
    invoke('warning.summary', {}).then(
      (next) => {
        setSummary(next);
        const firstRead = baseline.current === undefined;
        if (firstRead) baseline.current = next.evaluatedOn === null ? null : evaluationKey(next);
        const decision = noticeFor(next, readSeen(), firstRead ? null : (baseline.current ?? null));
        if (decision.remember !== null) writeSeen(decision.remember);
        if (decision.notify && !firstRead) announce(next);
      },
      // No workspace yet, or an older service: no badge rather than an error in the frame.
      () => setSummary(null),
    );
  }, [announce]);

  useEffect(() => {
    load();
  }, [load, route]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(load, SETTLE_MS);
    };
    const offJobs = on('job.progress', (progress) => {
      if (progress.phase === 'done') later();
    });
    const offLocal = onWarningsChanged(later);
    return () => {
      clearTimeout(timer);
      offJobs();
      offLocal();
    };
  }, [load]);

  return summary;
}
