// featureLabel bound to the UI language, naming customer columns (region, industry…) with
// their catalog labels, as the grid heads them.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from './use-locale';
import { featureLabel } from './labels';
import { isCatalogFieldKey } from './catalog-label';

export function useFeatureLabel(): (id: string) => string {
  const { t } = useTranslation('catalog');
  const locale = useLocale();
  return useCallback((id: string) => featureLabel(id, locale, (source) => (isCatalogFieldKey(source) ? t(`fields.${source}`) : null)), [locale, t]);
}
