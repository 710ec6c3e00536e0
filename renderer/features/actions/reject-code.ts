// An outcome file's reject code in words: the importer's own words (namespace 'campaign-words',
// `rejects.<code>`, shared with the CLI), the code itself for one without words yet.
import type { Locale } from '../../../shared/i18n/locales';
import { campaignWord } from './shared-words';

export function rejectCodeText(code: string, locale: Locale): string {
  return campaignWord(locale, 'rejects', code) ?? code;
}
