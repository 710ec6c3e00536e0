// Past imports, newest first: when, how, which files, counts; expand for the per-table counts,
// open the rejected rows of any import.
import { useEffect, useRef, useState } from 'react';
import { Button, Empty, Modal, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportHistoryEntry } from '../../../shared/contract/domains/import';
import { formatInteger } from '../../../shared/i18n/format';
import { tierColors } from '../../../shared/domain/tiers';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { baseName, formatTimestamp } from './labels';
import { RejectsTable } from './RejectsTable';
import { TablesCountTable } from './TablesCountTable';

const HISTORY_LIMIT = 200;

/** `version` changes after each import so the list reloads without a manual refresh. */
export function ImportHistory({ version }: { version: number }) {
  const { t } = useTranslation('data');
  const history = useOperation('import.history', { limit: HISTORY_LIMIT });
  const [rejectsOf, setRejectsOf] = useState<number | null>(null);
  const { reload } = history;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);

  const modeLabel = (mode: string) => (mode === 'append' || mode === 'upsert' || mode === 'replace' ? t(`mode.${mode}`) : mode);
  const num = (n: number, danger = false) => <span style={{ fontVariantNumeric: 'tabular-nums', color: danger && n > 0 ? tierColors.atRisk : undefined }}>{formatInteger(n)}</span>;

  if (history.error && history.error.code !== 'NO_WORKSPACE') {
    return <ErrorAlert error={history.error} title={t('errors.historyFailed')} onRetry={reload} />;
  }
  const entries = history.data?.imports ?? [];

  return (
    <div data-testid="import-history" data-count={history.data ? entries.length : ''}>
      <div style={{ display: 'flex', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>{t('history.title')}</Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} style={{ marginLeft: 'auto' }} onClick={reload} loading={history.status === 'loading'}>
          {t('history.refresh')}
        </Button>
      </div>
      <Table<ImportHistoryEntry>
        size="small"
        bordered
        loading={history.status === 'loading' && !history.data}
        dataSource={entries}
        rowKey="importId"
        pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} /> }}
        expandable={{
          expandedRowRender: (entry) => <TablesCountTable tables={entry.tables} />,
          rowExpandable: (entry) => entry.tables.length > 0,
        }}
        onRow={(entry) => ({ 'data-import-id': entry.importId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'id', dataIndex: 'importId', title: '#', width: 60, align: 'right' },
          { key: 'when', dataIndex: 'importedAt', title: t('cols.when'), width: 140, render: (iso: string) => formatTimestamp(iso) },
          { key: 'mode', dataIndex: 'mode', title: t('cols.mode'), width: 100, render: (mode: string) => <Tag>{modeLabel(mode)}</Tag> },
          {
            key: 'files',
            dataIndex: 'files',
            title: t('cols.files'),
            ellipsis: true,
            render: (files: string[], entry) => (
              <span title={files.join('\n')}>
                {files.map(baseName).join(', ')}
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {t('history.tables', { n: entry.tables.length })}
                </Typography.Text>
              </span>
            ),
          },
          { key: 'read', dataIndex: 'rowsRead', title: t('cols.read'), width: 100, align: 'right', render: (n: number) => num(n) },
          { key: 'imported', dataIndex: 'rowsImported', title: t('cols.imported'), width: 100, align: 'right', render: (n: number) => num(n) },
          { key: 'rejected', dataIndex: 'rowsRejected', title: t('cols.rejected'), width: 100, align: 'right', render: (n: number) => num(n, true) },
          {
            key: 'actions',
            title: '',
            width: 130,
            render: (_: unknown, entry) =>
              entry.rowsRejected > 0 ? (
                <Button size="small" type="link" onClick={() => setRejectsOf(entry.importId)}>
                  {t('rejects.view')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal open={rejectsOf !== null} title={t('history.rejectsOf', { id: rejectsOf ?? '' })} onCancel={() => setRejectsOf(null)} footer={null} width={1080} destroyOnHidden>
        {rejectsOf !== null ? <RejectsTable importId={rejectsOf} /> : null}
      </Modal>
    </div>
  );
}
