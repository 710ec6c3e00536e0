// The rules tab: every rule with its severity, whom it watches, its condition in words, its
// switch, how many warnings it has open, and why it cannot be evaluated when it cannot. New /
// edit open the editor; "Evaluate now" runs warning.evaluate as a job.
import { useMemo, useState, type HTMLAttributes } from 'react';
import { App, Button, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WarningRule } from '../../../shared/contract/domains/warnings';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { formatInteger } from '../../../shared/i18n/format';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { announceWarningsChanged } from '../../app/warnings-changed';
import { describeError } from '../../components/error-text';
import { JobProgress } from '../../components/JobProgress';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { conditionText, type ConditionWords } from './condition-text';
import type { SegmentItem } from './InboxFilters';
import { RuleEditorModal } from './RuleEditorModal';
import { SeverityTag } from './SeverityTag';
import { useRuleDescription, useRuleName } from './use-warning-labels';

export interface RulesViewProps {
  rules: readonly WarningRule[];
  loading: boolean;
  catalog: CatalogDescription | undefined;
  segments: readonly SegmentItem[];
  onChanged: () => void;
}

export function RulesView({ rules, loading, catalog, segments, onChanged }: RulesViewProps) {
  const { t } = useTranslation('warnings');
  const { t: tApp } = useTranslation();
  const { t: tOps } = useTranslation('segment-builder');
  const { t: tJobs } = useTranslation('jobs');
  const { message } = App.useApp();
  const labels = useCatalogLabels();
  const ruleName = useRuleName();
  const ruleDescription = useRuleDescription();
  const [editing, setEditing] = useState<WarningRule | null | undefined>(undefined);
  const evaluate = useJob('warning.evaluate');
  const segmentNames = useMemo(() => new Map(segments.map((s) => [s.id, s.name])), [segments]);
  const rawLabels = useMemo(() => new Map((catalog?.fields ?? []).map((f) => [f.id, f.rawLabel])), [catalog]);

  const words: ConditionWords = {
    field: (id) => labels.field(id, rawLabels.get(id)),
    operator: (op) => tOps(`operators.${op}`, { defaultValue: op }),
    value: (field, value) => labels.value(field, value),
    direction: (d) => t(`rules.${d}`),
    and: t('rules.and'),
    or: t('rules.or'),
    not: t('rules.not'),
  };

  // A problem is a query error or a reason code: its label when it has one, else the code.
  const problemText = (code: string): string => tJobs(`queryErrors.${code}`, { defaultValue: tJobs(`reasons.${code}`, { defaultValue: code }) });

  const changed = () => {
    onChanged();
    announceWarningsChanged();
  };
  const fail = (error: unknown) => void message.error(describeError(error, tApp).summary);

  const toggle = async (rule: WarningRule, enabled: boolean) => {
    try {
      await invoke('warning.saveRule', {
        id: rule.id,
        name: ruleName(rule),
        description: rule.description,
        target: rule.target,
        condition: rule.condition,
        severity: rule.severity,
        enabled,
      });
      void message.success(t('rules.toggled', { name: ruleName(rule) }));
      changed();
    } catch (error) {
      fail(error);
    }
  };
  const remove = async (rule: WarningRule) => {
    try {
      await invoke('warning.deleteRule', { id: rule.id });
      void message.success(t('rules.deleted'));
      changed();
    } catch (error) {
      fail(error);
    }
  };
  const runEvaluation = async () => {
    const result = await evaluate.start({});
    if (!result) return;
    void message.success({ content: <span data-testid="evaluate-done">{t('rules.evaluated', { raised: result.raised, expired: result.expired, held: result.held })}</span> });
    changed();
  };

  const columns: TableProps<WarningRule>['columns'] = [
    {
      key: 'name',
      title: t('rules.name'),
      width: 220,
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          <Typography.Text strong>{ruleName(r)}</Typography.Text>
          {r.builtin ? <Tag>{t('rules.builtinTag')}</Tag> : null}
          {r.problem ? (
            <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }} data-testid="rule-problem-text">
              {t('rules.problemText', { code: problemText(r.problem) })}
            </Typography.Text>
          ) : null}
          {ruleDescription(r) ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {ruleDescription(r)}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { key: 'severity', title: t('rules.severity'), width: 90, render: (_: unknown, r) => <SeverityTag severity={r.severity} /> },
    {
      key: 'target',
      title: t('rules.target'),
      width: 170,
      render: (_: unknown, r) =>
        r.target.kind === 'all'
          ? t('rules.targetAll')
          : t('rules.targetSegment', { name: segmentNames.get(r.target.segmentId) ?? t('rules.segmentMissing', { id: r.target.segmentId }) }),
    },
    { key: 'condition', title: t('rules.condition'), render: (_: unknown, r) => <span data-testid="rule-condition">{conditionText(r.condition, words)}</span> },
    {
      key: 'open',
      title: t('rules.open'),
      width: 130,
      align: 'right',
      render: (_: unknown, r) => (
        <span data-testid="rule-open" data-open={r.open}>
          {formatInteger(r.open)} / {formatInteger(r.acknowledged)}
        </span>
      ),
    },
    {
      key: 'enabled',
      title: t('rules.enabled'),
      width: 80,
      render: (_: unknown, r) => <Switch size="small" checked={r.enabled} onChange={(on) => void toggle(r, on)} aria-label={t('rules.enabled')} data-testid="rule-switch" />,
    },
    {
      key: 'actions',
      title: '',
      width: 96,
      render: (_: unknown, r) => (
        <Space size={0}>
          <Tooltip title={t('rules.edit')}>
            <Button type="text" icon={<EditOutlined />} aria-label={t('rules.edit')} onClick={() => setEditing(r)} data-testid="rule-edit" />
          </Tooltip>
          <Popconfirm title={t('rules.deleteConfirm', { name: ruleName(r) })} okText={t('rules.delete')} cancelText={t('cancel')} onConfirm={() => void remove(r)}>
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('rules.delete')} data-testid="rule-delete" />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="warning-rules">
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="rule-new">
          {t('rules.new')}
        </Button>
        {evaluate.running ? (
          <JobProgress title={t('rules.evaluating')} progress={evaluate.progress} onCancel={evaluate.cancel} cancelling={evaluate.cancelling} testId="evaluate-progress" />
        ) : (
          <Tooltip title={t('rules.evaluateHint')}>
            <Button icon={<ThunderboltOutlined />} onClick={() => void runEvaluation()} data-testid="rule-evaluate">
              {t('rules.evaluate')}
            </Button>
          </Tooltip>
        )}
        {evaluate.error ? (
          <Typography.Text type="danger" data-testid="evaluate-error">
            {t('rules.evaluateFailed')}: {describeError(evaluate.error, tApp).summary}
          </Typography.Text>
        ) : null}
      </Space>
      <Table<WarningRule>
        size="small"
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={[...rules]}
        pagination={false}
        locale={{ emptyText: t('rules.empty') }}
        onRow={(r) => ({ 'data-rule-id': r.id }) as HTMLAttributes<HTMLElement>}
        data-testid="rules-table"
      />
      <RuleEditorModal
        rule={editing}
        catalog={catalog}
        segments={segments}
        onClose={() => setEditing(undefined)}
        onSaved={(saved) => {
          setEditing(undefined);
          void message.success({ content: <span data-testid="rule-saved">{t('rules.saved', { name: ruleName(saved) })}</span> });
          changed();
        }}
      />
    </Space>
  );
}
