// The Warnings page (PRODUCT.md §6 "Warnings"): the inbox of warnings raised by the rules after
// every refresh, worked by acknowledge / assign / resolve; and the rules themselves.
import { useCallback, useState } from 'react';
import { Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../shared/i18n/format';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InboxView } from './InboxView';
import { NotifyToggle } from './NotifyToggle';
import { RulesView } from './RulesView';

export function WarningsPage() {
  const { t } = useTranslation('warnings');
  const [tab, setTab] = useState('inbox');
  const rules = useOperation('warning.rules', {});
  const summary = useOperation('warning.summary', {});
  const segments = useOperation('segment.list', {});
  const catalog = useOperation('catalog.describe', {});
  const reloadRules = rules.reload;
  const reloadSummary = summary.reload;
  // Bumped by every change (an inbox action, a saved rule, an evaluation): the inbox reloads its page.
  const [generation, setGeneration] = useState(0);
  const changed = useCallback(() => {
    setGeneration((g) => g + 1);
    reloadRules();
    reloadSummary();
  }, [reloadRules, reloadSummary]);
  const ruleList = rules.data?.rules ?? [];
  const segmentList = segments.data?.segments ?? [];
  const s = summary.data;

  return (
    <div data-testid="warnings-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 4 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {s && s.snapshotId !== null ? (
          <Space size={4} data-testid="warnings-summary" data-open={s.open}>
            <Tag color="red">{t('summary.high', { n: formatInteger(s.bySeverity.high) })}</Tag>
            <Tag>{t('summary.open', { n: formatInteger(s.open) })}</Tag>
            <Tag>{t('summary.acknowledged', { n: formatInteger(s.acknowledged) })}</Tag>
          </Space>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12, flex: 1, minWidth: 200 }}>
          {t('subtitle')}
        </Typography.Text>
        <NotifyToggle />
      </div>
      {rules.status === 'error' && !rules.data ? <ErrorAlert error={rules.error} onRetry={rules.reload} /> : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        items={[
          {
            key: 'inbox',
            label: <span data-testid="tab-inbox">{t('tabs.inbox')}</span>,
            children: <InboxView rules={ruleList} segments={segmentList} onChanged={changed} generation={generation} active={tab === 'inbox'} />,
          },
          {
            key: 'rules',
            label: <span data-testid="tab-rules">{t('tabs.rules')}</span>,
            children: <RulesView rules={ruleList} loading={rules.status === 'loading'} catalog={catalog.data} segments={segmentList} onChanged={changed} />,
          },
        ]}
      />
    </div>
  );
}
