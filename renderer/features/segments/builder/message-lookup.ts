// Text of an i18n key that arrives as data ('catalog:fields.region', a template's labelKey),
// read straight from the resources: typed `t` only takes keys known at compile time, and the
// palette searches a field's name in both languages at once, not only in the current one.
import type { Locale } from '../../../../shared/i18n/locales';
import { resources } from '../../../../shared/i18n/resources';

function walk(node: unknown, path: readonly string[]): string | undefined {
  let current = node;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === 'string' ? current : undefined;
}

/** `ns:a.b.c` (or `a.b.c` in the default namespace) in one language; undefined when missing. */
export function lookupMessage(locale: Locale, key: string): string | undefined {
  const colon = key.indexOf(':');
  const ns = colon > 0 ? key.slice(0, colon) : 'translation';
  const path = (colon > 0 ? key.slice(colon + 1) : key).split('.');
  return walk(resources[locale], [ns, ...path]);
}

/** A key's text in the current language, then in the other, then the key itself (never blank). */
export function messageText(locale: Locale, key: string): string {
  return lookupMessage(locale, key) ?? lookupMessage(locale === 'en' ? 'zh-CN' : 'en', key) ?? key;
}
