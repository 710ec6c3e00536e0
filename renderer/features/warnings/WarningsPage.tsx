// The Warnings page: the inbox and the rules. Lead's scaffold: the warnings-UI helper builds it.
import { useTranslation } from 'react-i18next';
import { Typography } from 'antd';

export function WarningsPage() {
  const { t } = useTranslation('warnings');
  return (
    <div data-testid="warnings-page">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
    </div>
  );
}
