// Which snapshot the grid's score columns come from, or what to do when there is none.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { hrefFor } from '../../app/routes';
import { useOperation } from '../../api/use-operation';
import { useLocale } from '../../i18n/use-locale';

export function ScoresAsOf() {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const snapshots = useOperation('snapshot.list', {});
  if (!snapshots.data) return null;
  const latest = snapshots.data.snapshots[0];
  if (!latest) {
    return (
      <Typography.Text type="secondary" data-testid="customers-scores-as-of" data-value="">
        <a href={hrefFor('health')}>{t('columns.noScores')}</a>
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" data-testid="customers-scores-as-of" data-value={latest.asOf}>
      {t('columns.scoresAsOf', { date: formatDate(latest.asOf, locale) })}
    </Typography.Text>
  );
}
