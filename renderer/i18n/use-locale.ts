// The current UI locale as a typed value for formatting calls.
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../shared/i18n/locales';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : 'en';
}
