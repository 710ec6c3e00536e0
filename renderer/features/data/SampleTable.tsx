// The first rows as the host read them, with the source row number and, under each header,
// the canonical field it currently feeds — so a wrong mapping is visible next to the data.
import { useMemo } from 'react';
import { Table, Tag, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PreviewTable } from '../../../shared/contract/domains/import';
import { fieldSpec, isCanonicalTable } from '../../../shared/domain/canonical-tables';
import { useLocale } from '../../i18n/use-locale';
import { cellText, fieldLabel } from './labels';
import { fieldByColumn, type MappingDraft } from './mapping-draft';

type Row = { key: number; rowNumber: number } & Record<string, string | number | null>;

export function SampleTable({ table, draft }: { table: PreviewTable; draft: MappingDraft | undefined }) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const { token } = theme.useToken();

  const columns = useMemo((): ColumnsType<Row> => {
    const byColumn = draft ? fieldByColumn(draft) : new Map<string, string>();
    const target = draft?.target;
    return [
      {
        key: 'rowNumber',
        dataIndex: 'rowNumber',
        title: t('preview.rowNumber'),
        width: 64,
        fixed: 'left',
        align: 'right',
        render: (n: number) => <Typography.Text type="secondary">{n}</Typography.Text>,
      },
      ...table.columns.map((name, i) => {
        const field = byColumn.get(name);
        const spec = field && target && isCanonicalTable(target) ? fieldSpec(target, field) : undefined;
        const mappedLabel = spec && target && isCanonicalTable(target) ? fieldLabel(target, spec.name, locale) : '';
        const source = table.sourceColumns[i] ?? name;
        return {
          key: `c${i}`,
          dataIndex: `c${i}`,
          ellipsis: true,
          width: 140,
          title: (
            <div title={source} data-column={name}>
              <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{source}</div>
              {spec ? (
                <Tag color="blue" style={{ marginTop: 2, fontWeight: 400 }} data-mapped-field={spec.name}>
                  {t('preview.mappedTo', { field: mappedLabel })}
                </Tag>
              ) : null}
            </div>
          ),
          render: (value: string | number | null) =>
            value === null ? <span style={{ color: token.colorTextQuaternary }}>∅</span> : <span title={cellText(value)}>{cellText(value)}</span>,
        };
      }),
    ];
  }, [table, draft, t, locale, token.colorTextQuaternary]);

  const rows = useMemo(
    (): Row[] =>
      table.sampleRows.map((cells, r) => {
        const row: Row = { key: r, rowNumber: table.sampleRowNumbers[r] ?? r + 1 };
        cells.forEach((value, i) => {
          row[`c${i}`] = value;
        });
        return row;
      }),
    [table],
  );

  return (
    <Table<Row>
      data-testid="preview-table"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content', y: 216 }}
      locale={{ emptyText: t('preview.empty') }}
    />
  );
}
