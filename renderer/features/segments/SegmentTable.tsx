// The saved segments and lists as a table: name with its colour, kind, tags, size now with its
// share of customers, the size per snapshot as a sparkline, when it changed, whether it is
// broken (and why), and what can be done with it.
import type { HTMLAttributes } from 'react';
import { Button, Dropdown, Space, Table, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { DeleteOutlined, DownloadOutlined, CopyOutlined, EditOutlined, FilterOutlined, LockOutlined, MoreOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatPercent } from '../../../shared/i18n/format';
import type { Segment } from '../../../shared/segments/definition';
import { SegmentDot, segmentColorValue } from '../../components/SegmentTag';
import { useLocale } from '../../i18n/use-locale';
import { brokenReason } from './broken-reason';
import { SegmentSparkline } from './SegmentSparkline';

export type SegmentAction = 'open' | 'rename' | 'duplicate' | 'delete' | 'freeze' | 'export' | 'filterCustomers';

export interface SegmentTableProps {
  segments: readonly Segment[];
  /** Customers in the workspace now: the denominator of each size's share. */
  total: number | null;
  loading: boolean;
  onAction: (action: SegmentAction, segment: Segment) => void;
}

/** `2026-12-05T02:13:00Z` → local `2026-12-05 10:13`: when the analyst last changed it, on this computer's clock. */
function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function SegmentTable({ segments, total, loading, onAction }: SegmentTableProps) {
  const { t } = useTranslation('segment-lists');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();

  const columns: TableColumnsType<Segment> = [
    {
      key: 'name',
      title: t('list.columns.name'),
      sorter: (a, b) => a.name.localeCompare(b.name, locale),
      render: (_, s) => (
        <div style={{ minWidth: 0 }}>
          <Space size={6} style={{ maxWidth: '100%' }}>
            <SegmentDot color={s.color} />
            <Typography.Link onClick={() => onAction('open', s)} data-testid={`segment-open-${s.id}`} strong ellipsis style={{ maxWidth: 260 }}>
              {s.name}
            </Typography.Link>
            {s.broken ? (
              <Tooltip title={t('list.brokenHint', { reason: brokenReason(s.broken, tc) })}>
                <Tag color="error" icon={<WarningOutlined />} data-testid={`segment-broken-${s.id}`} style={{ marginInlineEnd: 0 }}>
                  {t('list.broken')}
                </Tag>
              </Tooltip>
            ) : null}
          </Space>
          {s.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: s.description }} style={{ margin: 0, fontSize: 12, maxWidth: 360 }}>
              {s.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('list.columns.kind'),
      width: 100,
      filters: [
        { text: t('list.kind.dynamic'), value: 'dynamic' },
        { text: t('list.kind.list'), value: 'list' },
      ],
      onFilter: (value, s) => s.kind === value,
      render: (_, s) => (
        <Tag icon={s.kind === 'list' ? <LockOutlined /> : undefined} bordered={false} title={s.frozenFrom !== null ? t('list.frozenFrom', { id: s.frozenFrom }) : undefined}>
          {t(`list.kind.${s.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'tags',
      title: t('list.columns.tags'),
      width: 160,
      render: (_, s) => (
        <Space size={[0, 4]} wrap>
          {s.tags.map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 4 }}>
              {tag}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'size',
      title: t('list.columns.size'),
      width: 140,
      align: 'right',
      sorter: (a, b) => (a.size ?? -1) - (b.size ?? -1),
      render: (_, s) =>
        s.size === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <div data-testid={`segment-size-${s.id}`} data-value={s.size}>
            <div style={{ fontVariantNumeric: 'tabular-nums' }}>{formatInteger(s.size, locale)}</div>
            {total ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('list.share', { share: formatPercent(s.size / total, locale) })}
              </Typography.Text>
            ) : null}
            {s.unknownMembers ? (
              <div>
                <Tooltip title={t('list.unknownMembersHint', { n: formatInteger(s.unknownMembers, locale) })}>
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    {t('list.unknownMembers', { n: formatInteger(s.unknownMembers, locale) })}
                  </Typography.Text>
                </Tooltip>
              </div>
            ) : null}
          </div>
        ),
    },
    {
      key: 'trend',
      title: t('list.columns.trend'),
      width: 120,
      render: (_, s) => <SegmentSparkline segment={s} color={segmentColorValue(s.color, token)} />,
    },
    {
      key: 'updatedAt',
      title: t('list.columns.updatedAt'),
      width: 140,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (_, s) => <Typography.Text type="secondary">{formatTimestamp(s.updatedAt)}</Typography.Text>,
    },
    {
      key: 'actions',
      title: t('list.columns.actions'),
      width: 150,
      render: (_, s) => (
        <Space size={0}>
          <Tooltip title={t('list.actions.filterCustomers')}>
            <Button
              type="text"
              size="small"
              icon={<FilterOutlined />}
              aria-label={t('list.actions.filterCustomers')}
              onClick={() => onAction('filterCustomers', s)}
              data-testid={`segment-filter-${s.id}`}
              disabled={s.broken !== null}
            />
          </Tooltip>
          <Tooltip title={t('list.actions.export')}>
            <Button
              type="text"
              size="small"
              icon={<DownloadOutlined />}
              aria-label={t('list.actions.export')}
              onClick={() => onAction('export', s)}
              data-testid={`segment-export-${s.id}`}
              disabled={s.broken !== null}
            />
          </Tooltip>
          <Tooltip title={t('list.actions.open')}>
            <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('list.actions.open')} onClick={() => onAction('open', s)} />
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'rename', icon: <EditOutlined />, label: t('list.actions.rename') },
                { key: 'duplicate', icon: <CopyOutlined />, label: t('list.actions.duplicate') },
                { key: 'freeze', icon: <LockOutlined />, label: t('list.actions.freeze'), disabled: s.broken !== null },
                { type: 'divider' },
                { key: 'delete', icon: <DeleteOutlined />, label: t('list.actions.delete'), danger: true },
              ],
              onClick: ({ key }) => onAction(key as SegmentAction, s),
            }}
          >
            <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('list.actions.more')} data-testid={`segment-more-${s.id}`} />
          </Dropdown>
        </Space>
      ),
    },
  ];

  return (
    <Table<Segment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...segments]}
      loading={loading}
      pagination={segments.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      onRow={(s) => ({ 'data-testid': `segment-row-${s.id}`, 'data-name': s.name }) as HTMLAttributes<HTMLElement>}
      data-testid="segment-table"
      tableLayout="fixed"
    />
  );
}
