// warning.notify, answered here rather than by the service: only the main process can show
// Electron's Notification. One summary notification; its click brings the window forward and
// asks the page to open the inbox (app.command open-warnings).
import { Notification, type BrowserWindow } from 'electron';
import type { InvokeResult } from '../../shared/contract/errors';
import { operations } from '../../shared/contract/operations';
import { warningNotificationText } from './warning-notification-text';

/** Held so the notification is not collected before it is clicked (and a newer one replaces it). */
let shown: Notification | null = null;

export function showWarningNotification(mainWindow: BrowserWindow | null, input: unknown, openInbox: () => void): InvokeResult<unknown> {
  const parsed = operations['warning.notify'].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'warning.notify: expected {raised, high, language}' } };
  if (!Notification.isSupported()) return { ok: true, result: { shown: false } };
  const { title, body } = warningNotificationText(parsed.data);
  shown?.close();
  const notice = new Notification({ title, body });
  shown = notice;
  notice.on('click', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
    openInbox();
  });
  notice.on('close', () => {
    if (shown === notice) shown = null;
  });
  notice.show();
  return { ok: true, result: { shown: true } };
}
