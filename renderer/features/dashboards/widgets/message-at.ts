// A message by its full key ('dashboards:templates.cockpit.title') as stored in a widget spec:
// looked up in the resources rather than passed to a typed t(), and null when the key does not
// exist, so a hostile or stale key shows nothing rather than itself.
import { resources } from '../../../../shared/i18n/resources';
import type { Locale } from '../../../../shared/i18n/locales';

export function messageAt(locale: Locale, key: string): string | null {
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  let node: unknown = resources[locale];
  for (const part of [key.slice(0, colon), ...key.slice(colon + 1).split('.')]) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}
