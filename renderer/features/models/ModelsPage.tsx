// Churn-risk models (PRODUCT.md §5/§6): train logistic or tree models, list and compare
// runs, read their ROC, lift and calibration, coefficients or rules; plus the fitted value
// models behind P(alive) and CLV.
import { useState } from 'react';
import { Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { RunDetail } from './RunDetail';
import { RunsTable } from './RunsTable';
import { TrainForm } from './TrainForm';
import { useModelRuns } from './use-model-runs';
import { ValueModelsCard } from './ValueModelsCard';
import { SnapshotWarnings } from '../../components/SnapshotWarnings';
import { useOperation } from '../../api/use-operation';

export default function ModelsPage() {
  const { t } = useTranslation('scoring');
  const { list, churnRuns, valueRuns } = useModelRuns();
  const [selected, setSelected] = useState<number | null>(null);
  // The newest snapshot's notes (a BG/NBD fitted as NBD, a skipped model) beside the fitted value models.
  const snapshots = useOperation('snapshot.list', {});
  const [compared, setCompared] = useState<number[]>([]);
  // Until the analyst picks one, the newest run is open.
  const shown = selected !== null && churnRuns.some((r) => r.runId === selected) ? selected : (churnRuns[0]?.runId ?? null);

  if (list.error?.code === 'NO_WORKSPACE') return <NoDataState reason="noWorkspace" />;

  let body;
  if (list.error && !list.data) {
    body = <ErrorAlert error={list.error} onRetry={list.reload} />;
  } else if (!list.data) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (churnRuns.length === 0) {
    body = (
      <Card size="small">
        <Empty data-testid="models-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={valueRuns.bgnbd ? t('models.noRuns') : t('models.noRunsNoSnapshot')} />
      </Card>
    );
  } else {
    body = (
      <>
        <Card
          size="small"
          title={t('models.runs')}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('models.compareHint')}
            </Typography.Text>
          }
        >
          <RunsTable runs={churnRuns} selected={shown} compared={compared} onSelect={setSelected} onCompare={setCompared} />
        </Card>
        {shown !== null ? <RunDetail key={shown} runId={shown} compared={churnRuns.filter((r) => compared.includes(r.runId))} /> : null}
      </>
    );
  }

  return (
    <div data-testid="models-page">
      <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
        {t('models.title')}
      </Typography.Title>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <TrainForm
            onTrained={(run) => {
              setSelected(run.runId);
              list.reload();
            }}
          />
        </Card>
        {body}
        {list.data ? <ValueModelsCard bgnbd={valueRuns.bgnbd} gammaGamma={valueRuns.gammaGamma} /> : null}
        <SnapshotWarnings warnings={snapshots.data?.snapshots[0]?.warnings ?? []} />
      </Space>
    </div>
  );
}
