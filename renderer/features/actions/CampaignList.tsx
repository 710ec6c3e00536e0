// The campaigns, newest first: playbook, status, dates, groups, the headline uplift with its
// Newcombe 95 % interval and ROI once outcomes exist, and where each came from.
import type { HTMLAttributes } from 'react';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { Playbook } from '../../../shared/contract/domains/campaigns';
import { formatDate, formatInteger } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { campaignHref } from './action-intent';
import { formatPointInterval, formatRoi, formatUplift } from './effect-format';
import { playbookName } from './shared-words';

export type CampaignListRow = OperationOutput<'campaign.list'>['campaigns'][number];

const STATUS_COLORS = { draft: 'default', running: 'processing', finished: 'success' } as const;

export interface CampaignListProps {
  campaigns: readonly CampaignListRow[];
  playbooks: readonly Playbook[];
  loading: boolean;
  onNew: () => void;
  onImport: () => void;
}

export function CampaignList({ campaigns, playbooks, loading, onNew, onImport }: CampaignListProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const playbookOf = (c: CampaignListRow): string => {
    const p = playbooks.find((x) => x.id === c.playbookId);
    return p ? playbookName(p, locale) : (c.playbookText ?? '—');
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid="campaign-new">
          {t('list.newCampaign')}
        </Button>
        <Button icon={<ImportOutlined />} onClick={onImport} data-testid="campaign-import">
          {t('list.importOutcomes')}
        </Button>
      </Space>
      <Table<CampaignListRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={[...campaigns]}
        pagination={campaigns.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: t('list.empty') }}
        scroll={{ x: 1000 }}
        data-testid="campaign-list"
        onRow={(c) => ({ 'data-campaign-id': c.id }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('list.name'),
            render: (_, c) => (
              <a href={campaignHref(c.id)} data-testid="campaign-open">
                {c.name}
              </a>
            ),
          },
          { key: 'playbook', title: t('list.playbook'), width: 130, render: (_, c) => playbookOf(c) },
          {
            key: 'status',
            title: t('list.status'),
            width: 90,
            render: (_, c) => <Tag color={STATUS_COLORS[c.status]}>{t(`status.${c.status}`)}</Tag>,
          },
          {
            key: 'dates',
            title: t('list.dates'),
            width: 200,
            render: (_, c) => (c.startDate ? `${formatDate(c.startDate, locale)} – ${formatDate(c.endDate, locale)}` : '—'),
          },
          {
            key: 'groups',
            title: t('list.groups'),
            align: 'right',
            width: 130,
            render: (_, c) => `${formatInteger(c.groups.treatment, locale)} / ${formatInteger(c.groups.control, locale)}`,
          },
          {
            key: 'uplift',
            title: t('list.uplift'),
            width: 220,
            render: (_, c) =>
              c.headline ? (
                <span data-testid="campaign-uplift" data-uplift={c.headline.uplift}>
                  <Typography.Text strong type={c.headline.lower > 0 ? 'success' : c.headline.upper < 0 ? 'danger' : undefined}>
                    {formatUplift(c.headline.uplift, locale)}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">{formatPointInterval(c.headline)}</Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">{t('list.noEffect')}</Typography.Text>
              ),
          },
          {
            key: 'roi',
            title: t('list.roi'),
            align: 'right',
            width: 90,
            render: (_, c) => (c.headline?.roi === null || c.headline?.roi === undefined ? '—' : formatRoi(c.headline.roi, locale)),
          },
          {
            key: 'origin',
            title: t('list.origin'),
            width: 110,
            render: (_, c) => (
              <Tooltip title={c.id}>
                <Typography.Text type="secondary">{t(`origin.${c.origin}`)}</Typography.Text>
              </Tooltip>
            ),
          },
        ]}
      />
    </Space>
  );
}
