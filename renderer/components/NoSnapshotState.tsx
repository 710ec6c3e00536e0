// What every screen that needs scores shows before the first refresh: no snapshot exists yet,
// what a refresh computes, and the Refresh button itself — never zeros or blank columns.
import { Alert, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring';
import { RefreshScoresButton } from './RefreshScoresButton';

export interface NoSnapshotStateProps {
  onRefreshed: (summary: SnapshotSummary) => void;
  /** What this screen will show once a snapshot exists (defaults to the general hint). */
  hint?: string;
  /** 'empty' fills a card or page; 'alert' is a strip above content that still shows. */
  variant?: 'empty' | 'alert';
  testId?: string;
}

export function NoSnapshotState({ onRefreshed, hint, variant = 'empty', testId = 'no-snapshot' }: NoSnapshotStateProps) {
  const { t } = useTranslation('scoring');
  const text = hint ?? t('common.noSnapshotHint');
  if (variant === 'alert') {
    return <Alert type="info" showIcon data-testid={testId} title={t('common.noSnapshotTitle')} description={text} action={<RefreshScoresButton primary onDone={onRefreshed} />} />;
  }
  return (
    <Empty
      data-testid={testId}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('common.noSnapshotTitle')}</div>
          <div style={{ maxWidth: 460, margin: '0 auto' }}>{text}</div>
        </>
      }
    >
      <RefreshScoresButton primary onDone={onRefreshed} />
    </Empty>
  );
}
