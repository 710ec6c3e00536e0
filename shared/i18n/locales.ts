// The UI languages and how one is chosen. Pure: the renderer passes in navigator.language and
// whatever was stored, so the rule can be tested without a browser.
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** localStorage key that remembers the analyst's explicit choice across launches. */
export const LOCALE_STORAGE_KEY = 'churn-cockpit.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Any BCP 47 tag → a supported locale: every Chinese variant reads the zh-CN UI, all else English. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function chooseLocale(stored: string | null | undefined, systemTag: string | null | undefined): Locale {
  return isLocale(stored) ? stored : localeFromLanguageTag(systemTag);
}
