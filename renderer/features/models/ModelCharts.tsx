// ROC (with the compared runs overlaid), lift by decile and calibration of one run.
import { useMemo } from 'react';
import { Card, Col, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelMetrics, ModelRunSummary } from '../../../shared/contract/domains/scoring';
import { calibrationOption } from '../../charts/calibration-option';
import { EChart } from '../../charts/EChart';
import { liftOption } from '../../charts/lift-option';
import { rocOption } from '../../charts/roc-option';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';
import { formatValue } from '../../../shared/i18n/format-kind';

export interface ModelChartsProps {
  metrics: ModelMetrics;
  /** Runs drawn on the ROC chart, the selected one included. */
  rocRuns: readonly ModelRunSummary[];
}

const HEIGHT = 240;

export function ModelCharts({ metrics, rocRuns }: ModelChartsProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const roc = useMemo(
    () =>
      rocOption(
        rocRuns.map((r) => ({
          name: `#${r.runId} ${t(`models.kinds.${r.kind}`)} · AUC ${formatValue(r.metrics?.auc, 'auc', locale)}`,
          points: r.metrics?.roc ?? [],
        })),
        locale,
        { fpr: t('models.fpr'), tpr: t('models.tpr'), random: t('models.random') },
      ),
    [rocRuns, locale, t],
  );
  const lift = useMemo(
    () =>
      liftOption(metrics.lift, locale, {
        lift: t('models.liftSeries'),
        capture: t('models.cumulativeCapture'),
        rate: t('models.rate'),
        customers: t('common.customers'),
        decile: (decile) => t('models.decileLabel', { decile }),
      }),
    [metrics.lift, locale, t],
  );
  const calibration = useMemo(
    () =>
      calibrationOption(metrics.calibration, locale, {
        predicted: t('models.predicted'),
        observed: t('models.observed'),
        perfect: t('models.perfect'),
        customers: t('models.binCount'),
      }),
    [metrics.calibration, locale, t],
  );
  const title = (text: string, help: 'roc' | 'lift' | 'calibration') => (
    <Space size={0}>
      {text}
      <HelpPopover topics={[help]} />
    </Space>
  );

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={8}>
        <Card size="small" title={title(rocRuns.length > 1 ? t('models.rocCompare', { count: rocRuns.length }) : t('models.roc'), 'roc')}>
          <EChart option={roc} height={HEIGHT} data-testid="model-roc-chart" data-curves={rocRuns.length} role="img" aria-label={t('models.roc')} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={title(t('models.lift'), 'lift')}>
          <EChart option={lift} height={HEIGHT} data-testid="model-lift-chart" data-deciles={metrics.lift.length} role="img" aria-label={t('models.lift')} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={title(t('models.calibration'), 'calibration')}>
          <EChart
            option={calibration}
            height={HEIGHT}
            data-testid="model-calibration-chart"
            data-bins={metrics.calibration.length}
            role="img"
            aria-label={t('models.calibration')}
          />
        </Card>
      </Col>
    </Row>
  );
}
