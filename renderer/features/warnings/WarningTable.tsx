// The inbox's grid: one warning a row with the scores it fired on, a link to the customer's 360
// page, its state and note. Pages come from the service (warning.list offset/limit); sorting is
// the service's too, so a sort covers every warning, not only the page on screen.
import type { HTMLAttributes } from 'react';
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARNING_SORT_KEYS, type WarningRow } from '../../../shared/contract/domains/warnings';
import { formatCurrency, formatDate, formatFixed, formatPercent } from '../../../shared/i18n/format';
import { tierColors, type Tier } from '../../../shared/domain/tiers';
import { customerHref } from '../../app/routes';
import { TierTag } from '../../components/TierTag';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { useLocale } from '../../i18n/use-locale';
import { SeverityTag } from './SeverityTag';
import { useRuleName } from './use-warning-labels';

export type WarningSort = { key: (typeof WARNING_SORT_KEYS)[number]; direction: 'asc' | 'desc' };

export interface WarningTableProps {
  rows: readonly WarningRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  sort: WarningSort | undefined;
  onSort: (sort: WarningSort | undefined) => void;
  selectedIds: readonly number[];
  onSelect: (ids: number[]) => void;
  /** Every warning matching the filter is selected: the boxes show it, ticking narrows back to picked rows. */
  allMatching: boolean;
}

const isTier = (value: string): value is Tier => Object.prototype.hasOwnProperty.call(tierColors, value);

function isSortKey(key: unknown): key is WarningSort['key'] {
  return typeof key === 'string' && (WARNING_SORT_KEYS as readonly string[]).includes(key);
}

export function WarningTable(props: WarningTableProps) {
  const { t } = useTranslation('warnings');
  const locale = useLocale();
  const catalog = useCatalogLabels();
  const ruleName = useRuleName();
  const sortOrder = (key: WarningSort['key']) => (props.sort?.key === key ? (props.sort.direction === 'asc' ? 'ascend' : 'descend') : null);
  const columns: TableProps<WarningRow>['columns'] = [
    {
      key: 'severity',
      title: t('columns.severity'),
      dataIndex: 'severity',
      width: 84,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('severity'),
      render: (_: unknown, r) => <SeverityTag severity={r.severity} />,
    },
    {
      key: 'customerId',
      title: t('columns.customer'),
      width: 190,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('customerId'),
      ellipsis: { showTitle: false },
      render: (_: unknown, r) => (
        // A long company name is cut at the column's edge; the whole name is in the title.
        <span
          title={r.customerName ? `${r.customerId} ${r.customerName}` : r.customerId}
          style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          <a href={customerHref(r.customerId)} data-customer-id={r.customerId} title={t('columns.openCustomer', { id: r.customerId })}>
            {r.customerId}
          </a>
          {r.customerName ? <Typography.Text type="secondary"> {r.customerName}</Typography.Text> : null}
        </span>
      ),
    },
    { key: 'rule', title: t('columns.rule'), width: 170, ellipsis: true, render: (_: unknown, r) => ruleName({ name: r.ruleName, builtin: r.ruleBuiltin }) },
    {
      key: 'state',
      title: t('columns.state'),
      width: 140,
      render: (_: unknown, r) => (
        <span data-state={r.state} style={{ whiteSpace: 'nowrap' }}>
          {t(`state.${r.state}`)}
          {r.isNew ? (
            <Tag color="blue" style={{ marginLeft: 6, marginInlineEnd: 0 }} data-testid="new-tag">
              {t('newTag')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { key: 'owner', title: t('columns.owner'), dataIndex: 'owner', width: 96, sorter: true, sortOrder: sortOrder('owner'), ellipsis: true },
    { key: 'assignee', title: t('columns.assignee'), dataIndex: 'assignee', width: 96, ellipsis: true },
    { key: 'firedOn', title: t('columns.firedOn'), width: 108, sorter: true, sortOrder: sortOrder('firedOn'), render: (_: unknown, r) => formatDate(r.firedOn, locale) },
    {
      key: 'healthScore',
      title: t('columns.health'),
      width: 84,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('healthScore'),
      render: (_: unknown, r) => formatFixed(r.healthScore, 0),
    },
    { key: 'tier', title: t('columns.tier'), width: 96, render: (_: unknown, r) => (r.tier !== null && isTier(r.tier) ? <TierTag tier={r.tier} /> : (r.tier ?? '')) },
    {
      key: 'churnProbability',
      title: t('columns.churnProbability'),
      width: 104,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('churnProbability'),
      render: (_: unknown, r) => formatPercent(r.churnProbability, locale),
    },
    {
      key: 'clv',
      title: t('columns.clv'),
      width: 110,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('clv'),
      render: (_: unknown, r) => formatCurrency(r.clv, locale, { compact: true }),
    },
    { key: 'topReason', title: t('columns.topReason'), width: 120, ellipsis: true, render: (_: unknown, r) => (r.topReason ? catalog.value('top_reason', r.topReason) : '') },
    {
      key: 'note',
      title: t('columns.note'),
      width: 180,
      ellipsis: { showTitle: false },
      render: (_: unknown, r) => (
        <Tooltip title={r.note} placement="topLeft">
          <span data-testid="warning-note">{r.note}</span>
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<WarningRow>
      data-testid="warning-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...props.rows]}
      loading={props.loading}
      scroll={{ x: 1620, y: 'calc(100vh - 390px)' }}
      rowSelection={{
        selectedRowKeys: props.allMatching ? props.rows.map((r) => r.id) : [...props.selectedIds],
        onChange: (keys) => props.onSelect(keys.map(Number)),
        preserveSelectedRowKeys: true,
        columnWidth: 36,
        // antd's own labels of the boxes are English only.
        getCheckboxProps: (r) => ({ 'aria-label': t('columns.selectRow', { id: r.customerId }) }),
        getTitleCheckboxProps: () => ({ 'aria-label': t('columns.selectPage') }),
        fixed: true,
      }}
      onRow={(r) => ({ 'data-warning-id': r.id, 'data-state': r.state }) as HTMLAttributes<HTMLElement>}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        pageSizeOptions: [50, 100, 200],
        size: 'small',
        onChange: props.onPage,
      }}
      onChange={(_pagination, _filters, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        if (!one?.order || !isSortKey(one.columnKey)) return props.onSort(undefined);
        props.onSort({ key: one.columnKey, direction: one.order === 'ascend' ? 'asc' : 'desc' });
      }}
    />
  );
}
