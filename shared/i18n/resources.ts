// i18next resources for both UI languages, keyed by the locale tags in locales.ts.
import type { Locale } from './locales';
import { en } from './messages/en';
import { zhCN, type Messages } from './messages/zh-CN';

export type { Messages };

export const resources: Record<Locale, { translation: Messages }> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};
