// Providers around the shell: antd theme and locale (following the UI language) and a last
// error boundary for anything the page boundaries do not catch.
import { App as AntdApp, ConfigProvider } from 'antd';
import { antdLocales } from '../i18n/antd-locale';
import { useLocale } from '../i18n/use-locale';
import { antdTheme } from '../theme/antd-theme';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Shell } from './Shell';

export function App() {
  const locale = useLocale();
  return (
    <ConfigProvider theme={antdTheme} locale={antdLocales[locale]} componentSize="middle">
      <AntdApp style={{ height: '100%' }}>
        <ErrorBoundary>
          <Shell />
        </ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}
