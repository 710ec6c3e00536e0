// "Suggest weights from history": fits the indicators to past churn, shows the evidence
// (each indicator's AUC and coefficient, old and new weights, combined AUC) and only changes
// the draft when the analyst confirms.
import { useState } from 'react';
import { Button, InputNumber, Modal, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { formatDate, formatInteger, formatNumber } from '../../../shared/i18n/format';
import { useJob } from '../../api/use-job';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { useLocale } from '../../i18n/use-locale';
import { useHealthGroupLabel } from '../../i18n/indicator-label';
import { HelpPopover } from '../../components/HelpPopover';
import { useIndicatorLabel } from '../../i18n/indicator-label';
import { formatValue } from '../../../shared/i18n/format-kind';

type Suggestion = OperationOutput<'health.suggestWeights'>;
type IndicatorEvidence = Suggestion['indicators'][number];

export interface SuggestWeightsModalProps {
  open: boolean;
  config: HealthConfig;
  onClose: () => void;
  onApply: (config: HealthConfig) => void;
}

function Weights({ current, suggested }: { current: number; suggested: number }) {
  const up = suggested > current + 1e-9;
  const down = suggested < current - 1e-9;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatNumber(current, undefined, 1)} → <b style={{ color: up ? '#389e0d' : down ? '#cf1322' : undefined }}>{formatNumber(suggested, undefined, 1)}</b>
    </span>
  );
}

export function SuggestWeightsModal({ open, config, onClose, onApply }: SuggestWeightsModalProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const groupName = useHealthGroupLabel();
  const label = useIndicatorLabel();
  const job = useJob('health.suggestWeights');
  const [horizon, setHorizon] = useState(90);
  const [result, setResult] = useState<Suggestion | null>(null);

  const compute = async () => {
    const r = await job.start({ config, horizonDays: horizon });
    if (r) setResult(r);
  };

  const columns: TableColumnsType<IndicatorEvidence> = [
    { key: 'indicator', title: t('health.indicator'), render: (_, r) => label({ id: r.indicator, feature: config.indicators.find((i) => i.id === r.indicator)?.feature }) },
    { key: 'group', title: t('health.group'), render: (_, r) => groupName(r.group) },
    {
      key: 'auc',
      title: t('suggest.indicatorAuc'),
      align: 'right',
      render: (_, r) => (
        <span data-testid={`suggest-auc-${r.indicator}`} data-value={r.auc ?? ''}>
          {formatValue(r.auc, 'auc', locale)}
        </span>
      ),
    },
    { key: 'coef', title: t('suggest.coefficient'), align: 'right', render: (_, r) => formatValue(r.coefficient, 'coefficient', locale) },
    {
      key: 'weights',
      title: `${t('suggest.currentWeight')} → ${t('suggest.suggestedWeight')}`,
      align: 'right',
      render: (_, r) => <Weights current={r.currentWeight} suggested={r.suggestedWeight} />,
    },
  ];

  return (
    <Modal
      open={open}
      title={
        <Space size={4}>
          {t('suggest.title')}
          <HelpPopover topics={['suggest', 'auc']} values={{ days: horizon }} />
        </Space>
      }
      width={760}
      onCancel={() => {
        job.cancel();
        onClose();
      }}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button
          key="apply"
          type="primary"
          disabled={!result || job.running}
          data-testid="suggest-apply"
          onClick={() => {
            if (result) onApply(result.config);
          }}
        >
          {t('suggest.apply')}
        </Button>,
      ]}
    >
      <div data-testid="suggest-weights">
        <Space style={{ marginBottom: 12 }}>
          <span>{t('suggest.horizon')}</span>
          <InputNumber min={7} max={730} value={horizon} onChange={(v) => v !== null && setHorizon(v)} style={{ width: 88 }} />
          {job.running ? null : (
            <Button type="primary" ghost onClick={() => void compute()} data-testid="suggest-run">
              {t('suggest.run')}
            </Button>
          )}
        </Space>
        {job.running ? <JobProgress title={t('suggest.running')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="suggest-progress" /> : null}
        {job.error ? <ErrorAlert error={job.error} title={t('suggest.failed')} /> : null}
        {result && !job.running ? (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {t('suggest.basis', {
                date: formatDate(result.trainAsOf, locale),
                customers: formatInteger(result.customers, locale),
                churned: formatInteger(result.churned, locale),
                days: result.horizonDays,
              })}
            </Typography.Text>
            <Typography.Text strong data-testid="suggest-combined-auc">
              {t('suggest.combinedAuc', { current: formatValue(result.currentAuc, 'auc', locale), suggested: formatValue(result.suggestedAuc, 'auc', locale) })}
            </Typography.Text>
            <Table<IndicatorEvidence> size="small" rowKey="indicator" columns={columns} dataSource={result.indicators} pagination={false} />
            <Typography.Text strong>{t('suggest.groupsTitle')}</Typography.Text>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 20px' }}>
              {result.groups.map((g) => (
                <span key={g.group}>
                  {groupName(g.group)} · AUC {formatValue(g.auc, 'auc', locale)} · <Weights current={g.currentWeight} suggested={g.suggestedWeight} />
                </span>
              ))}
            </div>
          </Space>
        ) : null}
      </div>
    </Modal>
  );
}
