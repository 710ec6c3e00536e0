// Empty state of every scoring screen before the first refresh: says what to do and offers it.
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../shared/contract/domains/scoring';
import { RefreshScoresButton } from '../../components/RefreshScoresButton';

export function NoSnapshotState({ onRefreshed }: { onRefreshed: (summary: SnapshotSummary) => void }) {
  const { t } = useTranslation('scoring');
  return (
    <Empty
      data-testid="no-snapshot"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('common.noSnapshotTitle')}</div>
          <div style={{ maxWidth: 420, margin: '0 auto' }}>{t('common.noSnapshotHint')}</div>
        </>
      }
    >
      <RefreshScoresButton primary onDone={onRefreshed} />
    </Empty>
  );
}
