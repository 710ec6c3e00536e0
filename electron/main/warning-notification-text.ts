// The desktop notification's words for new warnings, in the language the page asked for, from
// the same i18n resources the page uses (namespace 'warnings', notify.*). Pure: unit-tested
// without Electron.
import type { Locale } from '../../shared/i18n/locales';
import { resources } from '../../shared/i18n/resources';

export interface WarningNotice {
  readonly raised: number;
  readonly high: number;
  readonly language: Locale;
}

function fill(template: string, params: Record<string, number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function warningNotificationText({ raised, high, language }: WarningNotice): { title: string; body: string } {
  const words = resources[language].warnings.notify;
  return { title: fill(words.title, { raised }), body: high > 0 ? fill(words.body, { high }) : words.bodyNoHigh };
}
