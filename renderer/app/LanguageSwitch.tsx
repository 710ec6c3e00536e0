// 中文 / English toggle in the header; the choice is remembered (see i18n/setup.ts).
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLocale, locales, type Locale } from '../../shared/i18n/locales';
import { setLocale } from '../i18n/setup';
import { useLocale } from '../i18n/use-locale';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('header.language')}
      data-testid="language-switch"
      value={locale}
      options={locales.map((value) => ({ value, label: t(`language.${value}`) }))}
      onChange={(value) => {
        if (isLocale(value)) setLocale(value);
      }}
    />
  );
}
