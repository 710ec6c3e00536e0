// The members of a campaign, a page at a time (campaign.members), filtered by group and searched
// by id or name, with the outcome editable in place (campaign.recordOutcomes) and the last edits
// undoable one by one.
import { useState } from 'react';
import { Button, Input, Segmented, Select, Space, Table, Tag, Typography, message } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignMember } from '../../../shared/contract/domains/campaigns';
import type { AppError } from '../../../shared/contract/errors';
import { formatCurrency, formatDate, formatPercent } from '../../../shared/i18n/format';
import { customerHref } from '../../app/routes';
import { invoke } from '../../api/client';
import { asAppError, useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TierTag } from '../../components/TierTag';
import { useDebounced } from '../../components/use-debounced';
import { useLocale } from '../../i18n/use-locale';
import { editInput, undoInput, type MemberEdit } from './member-edit';
import { tierOf } from './tier-code';

type Group = 'all' | 'treatment' | 'control';
const PAGE = 10;

export interface MembersTableProps {
  campaign: Campaign;
  onChanged: () => void;
}

export function MembersTable({ campaign, onChanged }: MembersTableProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const [group, setGroup] = useState<Group>('all');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [edits, setEdits] = useState<MemberEdit[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const settledSearch = useDebounced(search.trim(), 300);
  const members = useOperation('campaign.members', {
    id: campaign.id,
    ...(group === 'all' ? {} : { group }),
    ...(settledSearch ? { search: settledSearch } : {}),
    offset: (page - 1) * PAGE,
    limit: PAGE,
  });

  const record = async (member: CampaignMember, outcome: CampaignMember['outcome']) => {
    if (busy || member.outcome === outcome) return;
    setBusy(true);
    setError(null);
    try {
      await invoke('campaign.recordOutcomes', { id: campaign.id, outcomes: [editInput(member, outcome)] });
      setEdits((e) => [...e.slice(-49), { customerId: member.customerId, before: member, outcome }]);
      void message.success(t('members.recorded', { customer: member.name ?? member.customerId }));
      members.reload();
      onChanged();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    const last = edits[edits.length - 1];
    if (!last || busy) return;
    setBusy(true);
    setError(null);
    try {
      await invoke('campaign.recordOutcomes', { id: campaign.id, outcomes: [undoInput(last)] });
      setEdits((e) => e.slice(0, -1));
      void message.info(t('members.undone'));
      members.reload();
      onChanged();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>{t('members.title')}</Typography.Text>
        <Segmented<Group>
          size="small"
          value={group}
          onChange={(g) => {
            setGroup(g);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('members.all') },
            { value: 'treatment', label: t('groups.treatment') },
            { value: 'control', label: t('groups.control') },
          ]}
          aria-label={t('members.group')}
          data-testid="members-group"
        />
        <Input.Search
          size="small"
          allowClear
          placeholder={t('members.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          style={{ width: 260 }}
          data-testid="members-search"
        />
        <Button size="small" icon={<UndoOutlined />} disabled={edits.length === 0 || busy} onClick={() => void undo()} data-testid="members-undo">
          {t('members.undo')}
        </Button>
      </Space>
      {error ? <ErrorAlert error={error} title={t('members.recordFailed')} /> : null}
      {members.error ? <ErrorAlert error={members.error} title={t('common.loadFailed')} onRetry={members.reload} /> : null}
      <Table<CampaignMember>
        rowKey="customerId"
        size="small"
        loading={members.status === 'loading'}
        dataSource={members.data?.rows ?? []}
        scroll={{ x: 960 }}
        data-testid="members-table"
        data-total={members.data?.total ?? ''}
        pagination={{ current: page, pageSize: PAGE, total: members.data?.total ?? 0, size: 'small', showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            key: 'customer',
            title: t('members.customer'),
            render: (_, m) => (
              <a href={customerHref(m.customerId)}>
                {m.name ?? m.customerId}
                {m.name ? (
                  <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                    {m.customerId}
                  </Typography.Text>
                ) : null}
              </a>
            ),
          },
          { key: 'owner', title: t('members.owner'), width: 100, render: (_, m) => m.owner ?? '—' },
          {
            key: 'group',
            title: t('members.group'),
            width: 80,
            render: (_, m) => <Tag color={m.group === 'treatment' ? 'blue' : 'default'}>{t(`groups.${m.group}`)}</Tag>,
          },
          { key: 'tier', title: t('members.tier'), width: 90, render: (_, m) => <TierTag tier={tierOf(m.tier)} /> },
          { key: 'clv', title: t('members.clv'), width: 100, align: 'right', render: (_, m) => formatCurrency(m.clv, locale, { compact: true }) },
          { key: 'churn', title: t('members.churn'), width: 90, align: 'right', render: (_, m) => formatPercent(m.churnProbability, locale) },
          { key: 'contacted', title: t('members.contacted'), width: 110, render: (_, m) => formatDate(m.contactedOn, locale) },
          {
            key: 'outcome',
            title: t('members.outcome'),
            width: 120,
            render: (_, m) => (
              <Select
                size="small"
                style={{ width: 100 }}
                value={m.outcome ?? 'unknown'}
                disabled={busy || campaign.status === 'draft'}
                onChange={(v: 'success' | 'failure' | 'unknown') => void record(m, v === 'unknown' ? null : v)}
                options={(['success', 'failure', 'unknown'] as const).map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
                data-testid={`member-outcome-${m.customerId}`}
              />
            ),
          },
          { key: 'cost', title: t('members.cost'), width: 90, align: 'right', render: (_, m) => (m.cost === null ? '—' : formatCurrency(m.cost, locale)) },
        ]}
      />
    </Space>
  );
}
