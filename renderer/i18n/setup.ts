// Starts i18next before the first render (resources are bundled, so init is synchronous) and
// keeps everything that depends on the language — storage, <html lang>, dayjs — in step.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { chooseLocale, LOCALE_STORAGE_KEY, type Locale, isLocale } from '../../shared/i18n/locales';
import { namespaces, resources } from '../../shared/i18n/resources';

function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}

export function initI18n(): typeof i18n {
  const initial = chooseLocale(storedLocale(), navigator.language);
  void i18n.use(initReactI18next).init({
    resources,
    ns: [...namespaces],
    defaultNS: 'translation',
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    // Without this, i18next would look up 'zh' before 'zh-CN' and log a miss.
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  applyLocale(initial);
  i18n.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyLocale(lng);
  });
  return i18n;
}

/** Switch language and remember it; an explicit choice beats the OS locale from now on. */
export function setLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembering is acceptable; switching still works for this session.
  }
  void i18n.changeLanguage(locale);
}
