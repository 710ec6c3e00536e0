// The evaluation figures of a run: AUC, PR-AUC, Brier, base rate and the top-k % list quality.
import { Space, Table, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelMetrics } from '../../../shared/contract/domains/scoring';
import { formatInteger, formatNumber, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover, type DefinitionKey } from '../../components/HelpPopover';
import { formatValue } from '../../../shared/i18n/format-kind';

function Figure({ label, value, raw, testId, help }: { label: string; value: string; raw: number | null; testId: string; help?: DefinitionKey }) {
  const { token } = theme.useToken();
  return (
    <div data-testid={testId} data-value={raw ?? ''} style={{ minWidth: 92 }}>
      <div style={{ color: token.colorTextSecondary, fontSize: 12, display: 'flex', alignItems: 'center' }}>
        {label}
        {help ? <HelpPopover topics={[help]} /> : null}
      </div>
      <div style={{ fontSize: 22, fontWeight: 600, lineHeight: '28px', fontVariantNumeric: 'tabular-nums' }}>{value}</div>
    </div>
  );
}

export function MetricStrip({ metrics }: { metrics: ModelMetrics }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  return (
    <Space size={24} wrap align="start">
      <Figure label={t('models.auc')} value={formatValue(metrics.auc, 'auc', locale)} raw={metrics.auc} testId="model-auc" help="auc" />
      <Figure label={t('models.prAuc')} value={formatValue(metrics.prAuc, 'auc', locale)} raw={metrics.prAuc} testId="model-pr-auc" help="prAuc" />
      <Figure label={t('models.brier')} value={formatNumber(metrics.brier, locale, 4)} raw={metrics.brier} testId="model-brier" />
      <Figure label={t('models.baseRate')} value={formatValue(metrics.baseRate, 'probability', locale)} raw={metrics.baseRate} testId="model-base-rate" />
      <Figure
        label={`${t('models.positives')} / ${t('common.customers')}`}
        value={`${formatInteger(metrics.positives, locale)} / ${formatInteger(metrics.n, locale)}`}
        raw={metrics.n}
        testId="model-eval-n"
      />
    </Space>
  );
}

export function TopKTable({ metrics }: { metrics: ModelMetrics }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  return (
    <div>
      <Typography.Text strong>
        {t('models.topK')}
        <HelpPopover topics={['topK']} />
      </Typography.Text>
      <Table
        data-testid="model-topk"
        size="small"
        rowKey="fraction"
        pagination={false}
        dataSource={metrics.topK}
        columns={[
          { key: 'share', title: '', render: (_, k) => t('models.topShare', { share: formatPercent(k.fraction, locale, 0) }) },
          { key: 'k', title: t('common.customers'), align: 'right', render: (_, k) => formatInteger(k.k, locale) },
          { key: 'precision', title: t('models.precision'), align: 'right', render: (_, k) => formatValue(k.precision, 'probability', locale) },
          { key: 'recall', title: t('models.recall'), align: 'right', render: (_, k) => formatValue(k.recall, 'probability', locale) },
          { key: 'lift', title: t('models.liftSeries'), align: 'right', render: (_, k) => formatValue(k.lift, 'lift', locale) },
        ]}
      />
    </div>
  );
}
