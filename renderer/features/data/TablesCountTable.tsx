// Per source table: where it went and how many rows were read, imported and rejected. Shared by
// the import result and the history's expanded rows. Raw counts ride in data-* for tests.
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportedTable } from '../../../shared/contract/domains/import';
import { formatInteger } from '../../../shared/i18n/format';
import { tierColors } from '../../../shared/domain/tiers';
import { useLocale } from '../../i18n/use-locale';
import { targetLabel } from './labels';

export function TablesCountTable({ tables }: { tables: readonly ImportedTable[] }) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const count = (key: 'rowsRead' | 'rowsImported' | 'rowsRejected') => (n: number, r: ImportedTable) => (
    <span
      data-testid={`count-${key}`}
      data-table={r.table}
      data-value={n}
      style={{ fontVariantNumeric: 'tabular-nums', color: key === 'rowsRejected' && n > 0 ? tierColors.atRisk : undefined }}
    >
      {formatInteger(n)}
    </span>
  );
  return (
    <Table<ImportedTable>
      data-testid="result-tables"
      size="small"
      bordered
      pagination={false}
      dataSource={[...tables]}
      rowKey={(r) => `${r.file}|${r.table}|${r.sheet ?? ''}`}
      scroll={{ x: 900 }}
      columns={[
        { key: 'file', dataIndex: 'file', title: t('cols.file'), ellipsis: true, width: 200 },
        {
          key: 'table',
          title: t('cols.table'),
          ellipsis: true,
          width: 150,
          render: (_: unknown, r) => (r.sheet && r.sheet !== r.table ? `${r.sheet} / ${r.table}` : r.table),
        },
        {
          key: 'target',
          title: t('cols.target'),
          width: 170,
          render: (_: unknown, r) => (
            <span>
              <Tag color={r.target === 'raw' ? 'default' : 'blue'}>{r.target === 'raw' ? t('result.sources.raw') : targetLabel(r.target, locale)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} title={r.rawTable}>
                {r.rawTable}
              </Typography.Text>
            </span>
          ),
        },
        {
          key: 'mapping',
          title: t('cols.mapping'),
          width: 130,
          render: (_: unknown, r) => `${t(`result.sources.${r.mappingSource}`)}${r.mappingName ? ` · ${r.mappingName}` : ''}`,
        },
        { key: 'read', dataIndex: 'rowsRead', title: t('cols.read'), align: 'right', width: 100, render: count('rowsRead') },
        { key: 'imported', dataIndex: 'rowsImported', title: t('cols.imported'), align: 'right', width: 100, render: count('rowsImported') },
        { key: 'rejected', dataIndex: 'rowsRejected', title: t('cols.rejected'), align: 'right', width: 100, render: count('rowsRejected') },
      ]}
    />
  );
}
