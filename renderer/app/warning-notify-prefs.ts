// Whether the analyst wants a desktop notification when a refresh raises warnings, remembered
// in localStorage. The desktop app notifies by default (Electron's Notification needs no
// permission); the browser only after the analyst turned it on with a click, which is also the
// only moment the page asks the browser for permission (PRODUCT.md: never on load).
import { electronBridge } from '../api/bridge';

const KEY = 'churn-cockpit.warning-notifications';

export type NotifyPermission = 'granted' | 'denied' | 'default' | 'unsupported';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function browserPermission(): NotifyPermission {
  if (electronBridge()) return 'granted';
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export function notificationsWanted(): boolean {
  const stored = storage()?.getItem(KEY);
  if (stored === null || stored === undefined) return electronBridge() !== undefined;
  return stored === 'on';
}

/** Turning on in the browser asks for permission (this runs inside the click's handler). */
export async function setNotificationsWanted(on: boolean): Promise<NotifyPermission> {
  storage()?.setItem(KEY, on ? 'on' : 'off');
  if (!on || electronBridge()) return browserPermission();
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission === 'default') return Notification.requestPermission();
  return Notification.permission;
}
