// Which snapshot the grid's lifecycle and score columns come from; before the first refresh,
// a notice that there is none yet with the Refresh button (the list itself is built by it).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { NoSnapshotState } from '../../components/NoSnapshotState';
import { useLocale } from '../../i18n/use-locale';

/** The inline "scores as of" text; `asOf` null: there is no snapshot yet. */
export function ScoresAsOf({ asOf }: { asOf: string | null }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  return (
    <Typography.Text type="secondary" data-testid="customers-scores-as-of" data-value={asOf ?? ''}>
      {asOf ? t('columns.scoresAsOf', { date: formatDate(asOf, locale) }) : t('columns.noScores')}
    </Typography.Text>
  );
}

/** The strip above the grid before the first refresh. */
export function NoScoresNotice({ onRefreshed }: { onRefreshed: () => void }) {
  const { t } = useTranslation('scoring');
  return <NoSnapshotState variant="alert" hint={t('common.noSnapshotCustomers')} onRefreshed={onRefreshed} testId="customers-no-snapshot" />;
}
