// The numbers behind the trend chart, for readers who want figures (and for tests, which
// read the raw values from data attributes).
import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, TdHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChurnTrendPoint } from '../../../shared/contract/operations';
import { formatInteger, formatMonth, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

type DataAttributes = Record<`data-${string}`, string>;

function cellData(field: string, value: string | number | null): TdHTMLAttributes<HTMLElement> {
  const attrs: DataAttributes = { 'data-field': field, 'data-value': value === null ? '' : String(value) };
  return attrs;
}

function rowData(point: ChurnTrendPoint): HTMLAttributes<HTMLElement> {
  const attrs: DataAttributes = { 'data-month': point.month };
  return attrs;
}

export function ChurnTrendTable({ points }: { points: readonly ChurnTrendPoint[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns: TableColumnsType<ChurnTrendPoint> = [
    {
      key: 'month',
      title: t('dashboard.colMonth'),
      dataIndex: 'month',
      render: (month: string) => formatMonth(month, locale),
      onCell: (p) => cellData('month', p.month),
    },
    {
      key: 'activeAtStart',
      title: t('dashboard.colActiveAtStart'),
      dataIndex: 'activeAtStart',
      align: 'right',
      render: (n: number) => formatInteger(n, locale),
      onCell: (p) => cellData('activeAtStart', p.activeAtStart),
    },
    {
      key: 'churned',
      title: t('dashboard.colChurned'),
      dataIndex: 'churned',
      align: 'right',
      render: (n: number) => formatInteger(n, locale),
      onCell: (p) => cellData('churned', p.churned),
    },
    {
      key: 'rate',
      title: t('dashboard.colRate'),
      dataIndex: 'rate',
      align: 'right',
      render: (rate: number | null) => formatPercent(rate, locale),
      onCell: (p) => cellData('rate', p.rate),
    },
  ];
  return (
    <div data-testid="churn-trend-table">
      <Table<ChurnTrendPoint>
        size="small"
        rowKey="month"
        columns={columns}
        // Newest month first: that is the one the analyst checks.
        dataSource={[...points].reverse()}
        pagination={false}
        scroll={{ y: 320 }}
        onRow={rowData}
      />
    </div>
  );
}
