// One model run opened: its figures, charts, and coefficients (logistic) or rules (tree).
import { Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring';
import { formatDate } from '../../../shared/i18n/format';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { CoefficientTable } from './CoefficientTable';
import { MetricStrip, TopKTable } from './MetricStrip';
import { ModelCharts } from './ModelCharts';
import { TreeRules } from './TreeRules';

export interface RunDetailProps {
  runId: number;
  /** Runs ticked for comparison (drawn on the ROC chart with this one). */
  compared: readonly ModelRunSummary[];
}

export function RunDetail({ runId, compared }: RunDetailProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const detail = useOperation('model.get', { runId });
  const run = detail.data?.runId === runId ? detail.data : null;

  if (detail.error && !run) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!run) return <Skeleton active paragraph={{ rows: 8 }} />;

  const rocRuns = [run, ...compared.filter((r) => r.runId !== run.runId)];
  const intercept = typeof run.params.intercept === 'number' ? run.params.intercept : null;
  return (
    <Card
      size="small"
      data-testid="model-detail"
      data-run-id={run.runId}
      title={t('models.detail', { runId: run.runId, kind: t(`models.kinds.${run.kind}`) })}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {run.label ? t(`models.labels.${run.label}`) : ''} · {formatDate(run.trainAsOf, locale)} → {formatDate(run.evalAsOf, locale)} ·{' '}
          {run.horizonDays === null ? '—' : t('models.horizonShort', { days: run.horizonDays })} · {t('models.features', { count: run.features.length })}
        </Typography.Text>
      }
    >
      {run.metrics ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <MetricStrip metrics={run.metrics} />
          <ModelCharts metrics={run.metrics} rocRuns={rocRuns} />
          <Row gutter={[16, 12]}>
            <Col xs={24} xl={9}>
              <TopKTable metrics={run.metrics} />
            </Col>
            <Col xs={24} xl={15}>
              {run.kind === 'tree' ? <TreeRules rules={run.rules} baseRate={run.metrics.baseRate} /> : <CoefficientTable coefficients={run.coefficients} intercept={intercept} />}
            </Col>
          </Row>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('models.evaluations.none')}</Typography.Text>
      )}
    </Card>
  );
}
