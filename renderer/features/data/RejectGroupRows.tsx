// The rows of one reject group (one reason), paged from the host: file, sheet, source table, row,
// column and the value that was refused. The reason is the group's, shown above.
import { useState } from 'react';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RejectedRow, RejectReason } from '../../../shared/contract/domains/import-rejects';
import { formatInteger } from '../../../shared/i18n/format';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';

const PAGE_SIZE = 20;

export function RejectGroupRows({ importId, reason, count }: { importId: number; reason: RejectReason; count: number }) {
  const { t } = useTranslation('data');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const rows = useOperation('import.rejects', { importId, reason, offset: (page - 1) * pageSize, limit: pageSize });
  const total = rows.data?.total ?? count;
  return (
    <>
      {rows.error ? <ErrorAlert error={rows.error} title={t('errors.rejectsFailed')} onRetry={rows.reload} /> : null}
      <Table<RejectedRow>
        size="small"
        bordered
        data-testid="reject-group-rows"
        loading={rows.status === 'loading'}
        dataSource={rows.data?.rows ?? []}
        rowKey={(r) => `${r.file}|${r.table}|${r.row}|${r.column ?? ''}`}
        scroll={{ x: 760 }}
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
            ellipsis: true,
            render: (v: string | null) => (v === null ? <Typography.Text type="secondary">∅</Typography.Text> : <code title={v}>{v}</code>),
          },
        ]}
      />
    </>
  );
}
