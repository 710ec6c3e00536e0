// Every row an import rejected — file, sheet, source table, row, column, value, reason — paged
// from the host, with "Export CSV".
import { useState } from 'react';
import { App, Button, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '../../../shared/contract/domains/import';
import { formatInteger } from '../../../shared/i18n/format';
import { rejectReasonText } from './reject-reason-text';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/error-text';
import { useLocale } from '../../i18n/use-locale';
import { exportRejectsCsv } from './export-rejects';
import { useShortcutAction } from '../../app/shortcuts';

const PAGE_SIZE = 50;

export function RejectsTable({ importId }: { importId: number }) {
  const { t } = useTranslation('data');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [exporting, setExporting] = useState(false);
  const rejects = useOperation('import.rejects', { importId, offset: (page - 1) * pageSize, limit: pageSize });
  const total = rejects.data?.total ?? 0;

  const onExport = async () => {
    setExporting(true);
    try {
      const count = await exportRejectsCsv(
        importId,
        t('rejects.fileName', { id: importId }),
        {
          file: t('cols.file'),
          sheet: t('cols.sheet'),
          table: t('cols.table'),
          row: t('cols.row'),
          column: t('cols.column'),
          value: t('cols.value'),
          reason: t('cols.reason'),
        },
        locale,
      );
      void message.success(t('rejects.exported', { formatted: formatInteger(count) }));
    } catch (error) {
      void message.error(`${t('errors.exportFailed')}: ${describeError(error, tCommon).detail}`);
    } finally {
      setExporting(false);
    }
  };

  // Ctrl/Cmd+E exports the rejects while they are on screen (the Export button's action).
  useShortcutAction('export', () => void onExport(), total > 0 && !exporting);

  return (
    <div data-testid="rejects" data-total={rejects.data ? total : ''}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
        <Typography.Text strong>{t('rejects.title')}</Typography.Text>
        <Typography.Text type="secondary" data-testid="rejects-total" data-value={total}>
          {rejects.data ? (total > 0 ? t('rejects.total', { formatted: formatInteger(total) }) : t('rejects.none')) : null}
        </Typography.Text>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          style={{ marginLeft: 'auto' }}
          disabled={total === 0}
          loading={exporting}
          onClick={() => void onExport()}
          data-testid="rejects-export"
        >
          {exporting ? t('rejects.exporting') : t('rejects.export')}
        </Button>
      </div>
      {rejects.error ? <ErrorAlert error={rejects.error} title={t('errors.rejectsFailed')} onRetry={rejects.reload} /> : null}
      <Table<RejectedRow>
        size="small"
        bordered
        loading={rejects.status === 'loading'}
        dataSource={rejects.data?.rows ?? []}
        rowKey={(r) => `${r.file}|${r.table}|${r.row}|${r.column ?? ''}|${r.reason}`}
        locale={{ emptyText: t('rejects.none') }}
        scroll={{ x: 960 }}
        pagination={{
          current: page,
          pageSize,
          total,
          size: 'small',
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => t('rejects.total', { formatted: formatInteger(n) }),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          { key: 'file', dataIndex: 'file', title: t('cols.file'), width: 180, ellipsis: true },
          { key: 'sheet', dataIndex: 'sheet', title: t('cols.sheet'), width: 110, ellipsis: true },
          { key: 'table', dataIndex: 'table', title: t('cols.table'), width: 120, ellipsis: true },
          { key: 'row', dataIndex: 'row', title: t('cols.row'), width: 80, align: 'right', render: (n: number) => formatInteger(n) },
          { key: 'column', dataIndex: 'column', title: t('cols.column'), width: 130, ellipsis: true },
          {
            key: 'value',
            dataIndex: 'value',
            title: t('cols.value'),
            width: 160,
            ellipsis: true,
            render: (v: string | null) => (v === null ? <Typography.Text type="secondary">∅</Typography.Text> : <code title={v}>{v}</code>),
          },
          {
            key: 'reason',
            dataIndex: 'reason',
            title: t('cols.reason'),
            ellipsis: true,
            // Stored in both languages (or in English, in a fixed shape); the reader sees theirs, also in the tooltip.
            render: (reason: string) => {
              const text = rejectReasonText(reason, locale);
              return <span title={text}>{text}</span>;
            },
          },
        ]}
      />
    </div>
  );
}
