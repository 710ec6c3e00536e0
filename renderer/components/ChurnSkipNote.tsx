// Where a churn probability would appear: a short note when the snapshot has none, saying why
// (the first model skipped for too few churners, with its counts, or no model yet).
import { useEffect } from 'react';
import { Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import { useOperation } from '../api/use-operation';
import { churnSkipWarning, snapshotWarningText } from './snapshot-warning-text';

export function ChurnSkipNote({ summary }: { summary: Pick<SnapshotSummary, 'modelRunId' | 'warnings'> | null | undefined }) {
  const { t } = useTranslation('scoring');
  const { t: tAll } = useTranslation();
  const warning = churnSkipWarning(summary);
  if (!warning) return null;
  return (
    <Tooltip title={snapshotWarningText(warning, tAll)}>
      <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="churn-skip-note" data-code={typeof warning === 'string' ? '' : warning.code}>
        <WarningOutlined /> {t('common.noChurnProbability')}
      </Typography.Text>
    </Tooltip>
  );
}

/** The note for the newest snapshot, read by itself; `generation` > 0 re-reads it (after a refresh). */
export function LatestChurnSkipNote({ generation }: { generation: number }) {
  const snapshots = useOperation('snapshot.list', {});
  const { reload } = snapshots;
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  return <ChurnSkipNote summary={snapshots.data?.snapshots[0]} />;
}
