// antd's built-in component texts (pagination, date pickers, Empty…) follow the UI language.
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale as AntdLocale } from 'antd/es/locale';
import type { Locale } from '../../shared/i18n/locales';

export const antdLocales: Record<Locale, AntdLocale> = {
  'zh-CN': zhCN,
  en: enUS,
};
