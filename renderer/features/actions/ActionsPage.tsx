// The Actions page: campaigns, their PDCA review and the playbook library. Lead's scaffold: the
// actions-UI helper builds it.
import { useTranslation } from 'react-i18next';
import { Typography } from 'antd';

export function ActionsPage() {
  const { t } = useTranslation('campaigns');
  return (
    <div data-testid="actions-page">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
    </div>
  );
}
