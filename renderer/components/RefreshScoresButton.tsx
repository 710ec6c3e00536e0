// "Refresh scores": runs snapshot.refresh (a new snapshot as of the data date) with progress
// and cancel, then tells the page so it reloads what depends on the latest snapshot; what the
// refresh could not compute is listed in a notification.
import { App, Button, Tooltip } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring';
import { formatDate, formatInteger } from '../../shared/i18n/format';
import { useJob } from '../api/use-job';
import { useLocale } from '../i18n/use-locale';
import { describeError } from './error-text';
import { JobProgress } from './JobProgress';
import { SnapshotWarningList } from './SnapshotWarnings';

export interface RefreshScoresButtonProps {
  onDone: (summary: SnapshotSummary) => void;
  primary?: boolean;
  size?: 'small' | 'middle';
}

export function RefreshScoresButton({ onDone, primary = false, size }: RefreshScoresButtonProps) {
  const { t } = useTranslation('scoring');
  const { t: tApp } = useTranslation();
  const locale = useLocale();
  const { message, notification } = App.useApp();
  const job = useJob('snapshot.refresh');

  const start = async () => {
    const summary = await job.start({});
    if (!summary) return;
    void message.success(t('common.refreshDone', { date: formatDate(summary.asOf, locale), customers: formatInteger(summary.customers) }));
    // What was skipped (a model without enough data, a fit at its boundary) stays readable until closed.
    if (summary.warnings.length > 0) {
      notification.warning({ key: 'refresh-warnings', title: t('common.refreshWarnings'), description: <SnapshotWarningList warnings={summary.warnings} />, duration: 0 });
    }
    onDone(summary);
  };

  if (job.running) {
    return <JobProgress title={t('common.refreshTitle')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="refresh-progress" />;
  }
  return (
    <>
      <Tooltip title={t('common.refreshHint')}>
        <Button type={primary ? 'primary' : 'default'} size={size} icon={<SyncOutlined />} onClick={() => void start()} data-testid="refresh-scores">
          {t('common.refresh')}
        </Button>
      </Tooltip>
      {job.error ? (
        <span data-testid="refresh-error" style={{ color: '#cf1322', fontSize: 12 }}>
          {t('common.refreshFailed')}: {describeError(job.error, tApp).summary}
        </span>
      ) : null}
    </>
  );
}
