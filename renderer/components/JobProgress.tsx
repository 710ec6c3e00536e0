// Progress of a running job: its phase in the analyst's language, steps done, time left, and a
// cancel button.
import { Button, Progress, Space, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { JobProgress as Progressing } from '../../shared/contract/events';
import { formatInteger } from '../../shared/i18n/format';
import { usePhaseLabel } from './job-phase-label';

export interface JobProgressProps {
  title: string;
  progress: Progressing | null;
  onCancel: () => void;
  cancelling?: boolean;
  testId: string;
}

export function jobPercent(p: Pick<Progressing, 'done' | 'total'> | null): number | null {
  if (!p || p.total === null || !(p.total > 0)) return null;
  return Math.min(100, Math.max(0, Math.round((p.done / p.total) * 100)));
}

export function JobProgress({ title, progress, onCancel, cancelling = false, testId }: JobProgressProps) {
  const { t } = useTranslation('jobs');
  const phaseLabel = usePhaseLabel();
  const percent = jobPercent(progress);
  const detail = [
    progress ? phaseLabel(progress) : null,
    progress && progress.total ? t('progress', { done: formatInteger(progress.done), total: formatInteger(progress.total) }) : null,
    progress?.etaSeconds ? t('eta', { seconds: Math.ceil(progress.etaSeconds) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div data-testid={testId} data-percent={percent ?? ''} data-phase={progress?.phase ?? ''} role="status" aria-live="polite" style={{ minWidth: 260 }}>
      <Space size={8} style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>{title}</Typography.Text>
        <Button size="small" icon={<StopOutlined />} onClick={onCancel} loading={cancelling} data-testid={`${testId}-cancel`}>
          {cancelling ? t('cancelling') : t('cancel')}
        </Button>
      </Space>
      <Progress percent={percent ?? 100} status="active" showInfo={percent !== null} size="small" style={{ margin: '4px 0 0' }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {detail || t('working')}
      </Typography.Text>
    </div>
  );
}
