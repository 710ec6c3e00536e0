// What a snapshot could not compute (skipped models, fits at a boundary), one translated line
// per coded warning; nothing when the snapshot is complete.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredSnapshotWarning } from '../../shared/contract/domains/snapshot-warnings';
import { snapshotWarningText } from './snapshot-warning-text';

export function SnapshotWarningList({ warnings }: { warnings: readonly StoredSnapshotWarning[] }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="snapshot-warning-list">
      {warnings.map((w, i) => (
        <li key={i} data-code={typeof w === 'string' ? '' : w.code}>
          {snapshotWarningText(w, t)}
        </li>
      ))}
    </ul>
  );
}

export function SnapshotWarnings({ warnings }: { warnings: readonly StoredSnapshotWarning[] }) {
  const { t } = useTranslation('scoring');
  if (warnings.length === 0) return null;
  return <Alert type="warning" showIcon data-testid="snapshot-warnings" title={t('common.snapshotWarnings')} description={<SnapshotWarningList warnings={warnings} />} />;
}
