// Header summary of what the analyst is looking at: workspace name and the data date.
import { Space, Tag, Tooltip, Typography } from 'antd';
import { CalendarOutlined, DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format';
import { useOperation } from '../api/use-operation';
import { useLocale } from '../i18n/use-locale';
import { describeError } from '../components/error-text';

export function WorkspaceStatus() {
  const { t } = useTranslation();
  const locale = useLocale();
  const info = useOperation('workspace.info', {});

  if (info.status === 'error') {
    const noWorkspace = info.error.code === 'NO_WORKSPACE';
    return (
      <Typography.Text type={noWorkspace ? 'secondary' : 'danger'} data-testid="workspace-status" data-code={info.error.code} title={info.error.message}>
        {noWorkspace ? t('header.noWorkspace') : `${info.error.code}: ${describeError(info.error, t).summary}`}
      </Typography.Text>
    );
  }
  const ws = info.data;
  if (!ws) return null;
  return (
    <Space size={16} data-testid="workspace-status">
      <Tooltip title={ws.path}>
        <Typography.Text data-testid="workspace-name">
          <DatabaseOutlined style={{ marginRight: 6 }} />
          {ws.name}
        </Typography.Text>
      </Tooltip>
      <Typography.Text type="secondary" data-testid="data-date" data-value={ws.dataDate ?? ''}>
        <CalendarOutlined style={{ marginRight: 6 }} />
        {t('header.dataDate')}: {ws.dataDate ? formatDate(ws.dataDate, locale) : t('header.noDataDate')}
      </Typography.Text>
      {ws.readOnly ? <Tag>{t('header.readOnly')}</Tag> : null}
    </Space>
  );
}
