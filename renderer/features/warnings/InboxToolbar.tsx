// What the inbox does with its selection (picked rows, or every warning matching the filter):
// acknowledge, assign, resolve, reopen; and with the filtered list as a whole: start a campaign
// from it on the Actions page, or export it by owner.
import { Button, Space, Tooltip, Typography } from 'antd';
import { CheckOutlined, QuestionCircleOutlined, RocketOutlined, RollbackOutlined, UserSwitchOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WarningFilter } from '../../../shared/contract/domains/warnings';
import { formatInteger } from '../../../shared/i18n/format';
import { ExportByOwnerButton } from './ExportByOwnerButton';
import { campaignFromWarningsHref } from './inbox-filter';
import type { InboxAction } from './use-inbox-actions';

export interface InboxToolbarProps {
  filter: WarningFilter;
  total: number;
  selectedCount: number;
  allMatching: boolean;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (action: InboxAction) => void;
}

export function InboxToolbar({ filter, total, selectedCount, allMatching, busy, onSelectAll, onClear, onAction }: InboxToolbarProps) {
  const { t } = useTranslation('warnings');
  const count = allMatching ? total : selectedCount;
  const none = count === 0;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }} data-testid="inbox-toolbar">
      <Space wrap size={8}>
        <Tooltip title={none ? t('actions.noneSelectedHint') : undefined}>
          <Typography.Text type={none ? 'secondary' : undefined} data-testid="selection-count" data-count={count} data-all={allMatching ? 'true' : 'false'}>
            {none ? t('actions.noneSelected') : allMatching ? t('actions.allMatching', { n: formatInteger(total) }) : t('actions.selected', { n: formatInteger(selectedCount) })}
          </Typography.Text>
        </Tooltip>
        {!allMatching && total > 0 && selectedCount > 0 && selectedCount < total ? (
          <Button type="link" size="small" onClick={onSelectAll} data-testid="select-all-matching">
            {t('actions.selectAllMatching', { n: formatInteger(total) })}
          </Button>
        ) : null}
        {!none ? (
          <Button type="link" size="small" onClick={onClear} data-testid="clear-selection">
            {t('actions.clear')}
          </Button>
        ) : null}
        <Button size="small" icon={<CheckOutlined />} disabled={none || busy} onClick={() => onAction('acknowledge')} data-testid="action-acknowledge">
          {t('actions.acknowledge')}
        </Button>
        <Button size="small" icon={<UserSwitchOutlined />} disabled={none || busy} onClick={() => onAction('assign')} data-testid="action-assign">
          {t('actions.assign')}
        </Button>
        <Button size="small" icon={<CheckCircleOutlined />} disabled={none || busy} onClick={() => onAction('resolve')} data-testid="action-resolve">
          {t('actions.resolve')}
        </Button>
        <Button size="small" icon={<RollbackOutlined />} disabled={none || busy} onClick={() => onAction('reopen')} data-testid="action-reopen">
          {t('actions.reopen')}
        </Button>
        <Tooltip title={t('actions.shortcutList')}>
          <QuestionCircleOutlined aria-label={t('actions.shortcuts')} style={{ color: '#8c8c8c' }} data-testid="inbox-shortcuts" />
        </Tooltip>
      </Space>
      <Space wrap size={8}>
        <Tooltip title={t('actions.startCampaignHint')}>
          <Button type="primary" icon={<RocketOutlined />} href={campaignFromWarningsHref(filter)} disabled={total === 0} data-testid="start-campaign">
            {t('actions.startCampaign')}
          </Button>
        </Tooltip>
        <ExportByOwnerButton filter={filter} disabled={total === 0} />
      </Space>
    </div>
  );
}
