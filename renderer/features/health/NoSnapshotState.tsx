// Empty state of the Health page's preview before the first refresh: says what to do and offers it.
import type { SnapshotSummary } from '../../../shared/contract/domains/scoring';
import { NoSnapshotState as SharedNoSnapshotState } from '../../components/NoSnapshotState';

export function NoSnapshotState({ onRefreshed }: { onRefreshed: (summary: SnapshotSummary) => void }) {
  return <SharedNoSnapshotState onRefreshed={onRefreshed} />;
}
