// Header summary of what the analyst is looking at: the workspace (its switcher) and the data date.
import { Space, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format';
import { useOperation } from '../api/use-operation';
import { useLocale } from '../i18n/use-locale';
import { describeError } from '../components/error-text';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher';
import { workspaceNameOfFile } from '../../shared/domain/workspace-name';

/** The name the analyst gave it: the file name without `.churn`. */
const displayName = (file: string): string => workspaceNameOfFile(file) ?? file;

export function WorkspaceStatus() {
  const { t } = useTranslation();
  const locale = useLocale();
  const info = useOperation('workspace.info', {});

  if (info.status === 'error') {
    const noWorkspace = info.error.code === 'NO_WORKSPACE';
    // With none open (or a broken one) the switcher is how the analyst gets to a workspace.
    return (
      <Space size={16} data-testid="workspace-status" data-code={info.error.code}>
        <WorkspaceSwitcher current={null} />
        {noWorkspace ? null : (
          <Typography.Text type="danger" title={info.error.message}>
            {`${info.error.code}: ${describeError(info.error, t).summary}`}
          </Typography.Text>
        )}
      </Space>
    );
  }
  const ws = info.data;
  if (!ws) return null;
  return (
    <Space size={16} data-testid="workspace-status">
      <WorkspaceSwitcher current={{ name: displayName(ws.name), path: ws.path }} />
      <Typography.Text type="secondary" data-testid="data-date" data-value={ws.dataDate ?? ''}>
        <CalendarOutlined style={{ marginRight: 6 }} />
        {t('header.dataDate')}: {ws.dataDate ? formatDate(ws.dataDate, locale) : t('header.noDataDate')}
      </Typography.Text>
      {ws.readOnly ? <Tag>{t('header.readOnly')}</Tag> : null}
    </Space>
  );
}
