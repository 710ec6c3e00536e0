// The running import: a bar (bytes or rows), rows, bytes, rate, time left and elapsed, and Cancel.
import { Button, Card, Progress, Space, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../shared/contract/events';
import { formatInteger } from '../../../shared/i18n/format';
import { usePhaseLabel } from '../../components/job-phase-label';
import { useLocale } from '../../i18n/use-locale';
import { formatBytes, formatDuration, progressView } from './progress-math';

export interface ImportProgressCardProps {
  progress: JobProgress | null;
  elapsedSeconds: number;
  cancelling: boolean;
  onCancel: () => void;
}

export function ImportProgressCard({ progress, elapsedSeconds, cancelling, onCancel }: ImportProgressCardProps) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const phaseLabel = usePhaseLabel();
  const view = progressView(progress, elapsedSeconds);
  const phase = phaseLabel({ phase: view.phase, params: progress?.params });
  const sep = <Typography.Text type="secondary">·</Typography.Text>;
  return (
    <Card size="small" data-testid="import-progress" data-phase={view.phase} data-rows={view.rows} title={t('progress.title')}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text>{phase}</Typography.Text>
          <Progress percent={view.percent ?? 0} status="active" aria-label={t('progress.title')} />
          <Space size={8} wrap style={{ fontVariantNumeric: 'tabular-nums' }} aria-live="polite">
            <span data-testid="progress-rows" data-value={view.rows}>
              {view.totalRows !== null
                ? t('progress.rowsOf', { rows: formatInteger(view.rows), total: formatInteger(view.totalRows) })
                : t('progress.rows', { rows: formatInteger(view.rows) })}
            </span>
            {view.bytes !== null && view.totalBytes !== null ? (
              <>
                {sep}
                <span data-testid="progress-bytes">{t('progress.bytes', { bytes: formatBytes(view.bytes), total: formatBytes(view.totalBytes) })}</span>
              </>
            ) : null}
            {view.rowsPerSecond !== null ? (
              <>
                {sep}
                <span data-testid="progress-rate">{t('progress.rate', { rate: formatInteger(view.rowsPerSecond) })}</span>
              </>
            ) : null}
            {view.etaSeconds !== null ? (
              <>
                {sep}
                <span data-testid="progress-eta">{t('progress.eta', { time: formatDuration(view.etaSeconds, locale) })}</span>
              </>
            ) : null}
            {sep}
            <Typography.Text type="secondary">{t('progress.elapsed', { time: formatDuration(elapsedSeconds, locale) })}</Typography.Text>
          </Space>
        </div>
        <Button danger icon={<StopOutlined />} onClick={onCancel} loading={cancelling} data-testid="import-cancel">
          {cancelling ? t('progress.cancelling') : t('progress.cancel')}
        </Button>
      </div>
    </Card>
  );
}
