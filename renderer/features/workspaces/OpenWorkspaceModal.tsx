// "Open…" in a browser: the workspaces of the host's workspace folder, opened by name (the page
// never names a path). The desktop app opens any file through its native dialog instead.
import { useState } from 'react';
import { Alert, Button, Modal, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceEntry } from '../../../shared/contract/domains/workspace';
import { formatInteger } from '../../../shared/i18n/format';
import { asAppError, useOperation } from '../../api/use-operation';
import { describeError } from '../../components/error-text';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { formatFileSize } from './file-size';
import { formatModified } from './modified-time';
import { openListed } from './switch-workspace';

export interface OpenWorkspaceModalProps {
  open: boolean;
  onClose: () => void;
}

export function OpenWorkspaceModal({ open, onClose }: OpenWorkspaceModalProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useOperation('workspace.list', {});
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const dash = t('workspaces.unknown');

  const openEntry = (entry: WorkspaceEntry) => {
    setOpening(entry.path);
    setError(null);
    openListed(entry).catch((e: unknown) => {
      setOpening(null);
      setError(asAppError(e));
    });
  };
  const shown = error ? describeError(error, t) : null;

  return (
    <Modal open={open} title={t('workspaces.openTitle')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {list.data ? (
        <Typography.Paragraph type="secondary" ellipsis={{ tooltip: list.data.folder }} style={{ marginBottom: 8 }} data-testid="workspace-folder">
          {t('workspaces.folder', { folder: list.data.folder })}
        </Typography.Paragraph>
      ) : null}
      {list.status === 'error' ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {shown ? <Alert type="error" showIcon title={shown.summary} description={shown.detail} style={{ marginBottom: 8 }} data-testid="open-workspace-error" /> : null}
      <Table<WorkspaceEntry>
        size="small"
        rowKey="path"
        loading={list.status === 'loading'}
        dataSource={list.data?.workspaces ?? []}
        pagination={false}
        scroll={{ y: 360 }}
        locale={{ emptyText: t('workspaces.emptyFolder') }}
        data-testid="workspace-table"
        onRow={(entry) => ({ 'data-name': entry.name ?? '', onDoubleClick: () => (entry.current ? undefined : openEntry(entry)) }) as object}
        columns={[
          {
            key: 'name',
            title: t('workspaces.columnName'),
            ellipsis: { showTitle: false },
            render: (_v, entry) => (
              <Typography.Text ellipsis={{ tooltip: entry.path }}>
                {entry.name ?? entry.file}
                {entry.current ? (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    {t('workspaces.isCurrent')}
                  </Tag>
                ) : null}
              </Typography.Text>
            ),
          },
          { key: 'customers', title: t('workspaces.columnCustomers'), width: 110, align: 'right', render: (_v, e) => (e.customers === null ? dash : formatInteger(e.customers)) },
          { key: 'size', title: t('workspaces.columnSize'), width: 100, align: 'right', render: (_v, e) => formatFileSize(e.size) ?? dash },
          { key: 'modified', title: t('workspaces.columnModified'), width: 170, render: (_v, e) => formatModified(e.modified, locale) ?? dash },
          {
            key: 'open',
            title: '',
            width: 96,
            render: (_v, entry) => (
              <Button
                size="small"
                type={entry.current ? 'default' : 'primary'}
                disabled={entry.current || (opening !== null && opening !== entry.path)}
                loading={opening === entry.path}
                onClick={() => openEntry(entry)}
                data-testid={`open-workspace-${entry.name ?? entry.file}`}
              >
                {t('workspaces.openAction')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}
