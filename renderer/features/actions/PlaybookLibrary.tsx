// The playbook library: name, channel, cost per contact, where each applies (value × risk groups
// and churn reason types) and the campaigns using it; add, edit, delete (a playbook in use is
// refused with playbookInUse, shown as such).
import { useState } from 'react';
import { Button, Popconfirm, Space, Table, Tag, Typography, message } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Playbook } from '../../../shared/contract/domains/campaigns';
import type { AppError } from '../../../shared/contract/errors';
import { formatCurrency, formatInteger } from '../../../shared/i18n/format';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { PlaybookModal } from './PlaybookModal';
import { playbookDescription, playbookName } from './shared-words';

export interface PlaybookLibraryProps {
  playbooks: readonly Playbook[];
  loading: boolean;
  error: AppError | undefined;
  onChanged: () => void;
}

export function PlaybookLibrary({ playbooks, loading, error, onChanged }: PlaybookLibraryProps) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation('campaign-words');
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const [editing, setEditing] = useState<Playbook | null | undefined>(undefined);
  const [deleteError, setDeleteError] = useState<AppError | null>(null);

  const remove = async (p: Playbook) => {
    setDeleteError(null);
    try {
      await invoke('playbook.delete', { id: p.id });
      void message.success(t('playbooks.deleted'));
      onChanged();
    } catch (e) {
      setDeleteError(asAppError(e));
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="playbook-add">
        {t('playbooks.add')}
      </Button>
      {error ? <ErrorAlert error={error} title={t('common.loadFailed')} onRetry={onChanged} /> : null}
      {deleteError ? <ErrorAlert error={deleteError} title={t('playbooks.deleteFailed')} /> : null}
      <Table<Playbook>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={[...playbooks]}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="playbook-table"
        columns={[
          {
            key: 'name',
            title: t('playbooks.name'),
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <Space size={4}>
                  <Typography.Text strong>{playbookName(p, locale)}</Typography.Text>
                  {p.builtin ? <Tag>{t('playbooks.builtin')}</Tag> : null}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {playbookDescription(p, locale)}
                </Typography.Text>
              </Space>
            ),
          },
          { key: 'channel', title: t('playbooks.channel'), width: 100, render: (_, p) => tc(`channels.${p.channel}`) },
          { key: 'cost', title: t('playbooks.cost'), width: 110, align: 'right', render: (_, p) => formatCurrency(p.costPerContact, locale) },
          {
            key: 'applies',
            title: `${t('playbooks.valueRisk')} / ${t('playbooks.reasonTypes')}`,
            render: (_, p) => (
              <div>
                {p.valueRisk.length === 0 ? (
                  <Tag>{t('common.unrestricted')}</Tag>
                ) : (
                  p.valueRisk.map((v) => (
                    <Tag key={v} color="blue">
                      {ts(`valueRisk.${v}`)}
                    </Tag>
                  ))
                )}
                {p.reasonTypes.map((r) => (
                  <Tag key={r}>{ts(`reasonTypes.${r}`)}</Tag>
                ))}
              </div>
            ),
          },
          { key: 'campaigns', title: t('playbooks.campaigns'), width: 110, align: 'right', render: (_, p) => formatInteger(p.campaigns, locale) },
          {
            key: 'actions',
            width: 90,
            render: (_, p) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(p)} data-testid={`playbook-edit-${p.id}`} />
                <Popconfirm
                  title={t('playbooks.deleteConfirm', { name: playbookName(p, locale) })}
                  onConfirm={() => void remove(p)}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                >
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid={`playbook-delete-${p.id}`} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <PlaybookModal playbook={editing} onClose={() => setEditing(undefined)} onSaved={onChanged} />
    </Space>
  );
}
