// The note above the indicators when the snapshot lacks some sources: which ones, how many
// customers they cover, and that their indicators are left out rather than scored 100.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { NoDataView } from './no-data';

export function NoDataNotice({ view }: { view: NoDataView }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  if (view.ids.size === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="health-no-data"
      title={t('health.noData.title')}
      description={
        <>
          <div>{t('health.noData.intro')}</div>
          <div style={{ marginTop: 4 }}>
            {view.absent
              .map((c) =>
                t('health.noData.coverage', {
                  source: t(`health.noData.sources.${c.source}`),
                  customers: formatInteger(c.customers, locale),
                  share: formatPercent(c.share, locale),
                }),
              )
              .join(' · ')}
          </div>
        </>
      }
    />
  );
}
