// Train a churn-risk model: logistic or tree, which churn label, the horizon and the model's
// own knobs; progress and cancel while it runs.
import { useState } from 'react';
import { App, Button, InputNumber, Segmented, Select, Space } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';
import { useJob } from '../../api/use-job';
import { JobProgress } from '../../components/JobProgress';
import { TrainingAdvice } from './TrainingAdvice';
import { trainingAdvice } from './training-advice';
import { formatValue } from '../../../shared/i18n/format-kind';

type Kind = 'logistic' | 'tree';
type Label = 'implicit' | 'active';

export function TrainForm({ onTrained }: { onTrained: (run: ModelRunSummary) => void }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const { message } = App.useApp();
  const definition = useOperation('churn.getDefinition', {});
  const job = useJob('model.train');
  const [kind, setKind] = useState<Kind>('logistic');
  const [label, setLabel] = useState<Label | undefined>(undefined);
  const [horizonDays, setHorizonDays] = useState(90);
  const [lambda, setLambda] = useState(1);
  const [maxDepth, setMaxDepth] = useState(4);
  const [minLeaf, setMinLeaf] = useState(50);
  const shownLabel = label ?? definition.data?.kind ?? 'implicit';
  const advice = trainingAdvice(job.error);

  // `over`: settings applied from a refusal's advice, used before the state update lands.
  const train = async (over: { horizonDays?: number; label?: Label } = {}) => {
    const h = over.horizonDays ?? horizonDays;
    const l = over.label ?? shownLabel;
    const run = await job.start(kind === 'logistic' ? { model: kind, label: l, horizonDays: h, lambda } : { model: kind, label: l, horizonDays: h, maxDepth, minLeaf });
    if (!run) return;
    void message.success(t('models.trained', { auc: formatValue(run.metrics?.auc, 'auc', locale) }));
    onTrained(run);
  };

  const number = (labelText: string, value: number, set: (v: number) => void, min: number, max: number, step = 1, testId?: string) => (
    <Space size={4}>
      <span>{labelText}</span>
      <InputNumber size="small" min={min} max={max} step={step} value={value} onChange={(v) => v !== null && set(v)} style={{ width: 76 }} data-testid={testId} />
    </Space>
  );

  return (
    <div data-testid="models-train" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Space wrap size={12}>
        <Segmented<Kind>
          value={kind}
          onChange={setKind}
          aria-label={t('models.modelKind')}
          data-testid="train-kind"
          options={[
            { value: 'logistic', label: t('models.kinds.logistic') },
            { value: 'tree', label: t('models.kinds.tree') },
          ]}
        />
        <Space size={4}>
          <span>{t('models.label')}</span>
          <Select<Label>
            size="small"
            value={shownLabel}
            onChange={setLabel}
            style={{ width: 120 }}
            data-testid="train-label"
            options={(['implicit', 'active'] as const).map((l) => ({ value: l, label: t(`models.labels.${l}`) }))}
          />
          <HelpPopover topics={['churnImplicit', 'churnActive']} />
        </Space>
        {number(t('models.horizonDays'), horizonDays, setHorizonDays, 7, 730)}
        {kind === 'logistic' ? (
          number(t('models.lambda'), lambda, setLambda, 0, 1e6, 0.1)
        ) : (
          <>
            {number(t('models.maxDepth'), maxDepth, setMaxDepth, 1, 12)}
            {number(t('models.minLeaf'), minLeaf, setMinLeaf, 1, 100000)}
          </>
        )}
        {job.running ? null : (
          <Button type="primary" icon={<ExperimentOutlined />} onClick={() => void train()} data-testid="train-start">
            {t('models.train')}
          </Button>
        )}
        <HelpPopover topics={['churnModel']} />
      </Space>
      {job.running ? (
        <div style={{ maxWidth: 480 }}>
          <JobProgress title={t('models.training')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="train-progress" />
        </div>
      ) : null}
      {job.error ? <ErrorAlert error={job.error} title={t('models.trainFailed')} /> : null}
      {advice ? (
        <TrainingAdvice
          advice={advice}
          onHorizon={(days) => {
            setHorizonDays(days);
            void train({ horizonDays: days });
          }}
          onFlag={() => {
            setLabel('active');
            definition.reload();
            void train({ label: 'active' });
          }}
        />
      ) : null}
    </div>
  );
}
