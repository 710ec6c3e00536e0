// featureLabel bound to the UI language, naming customer columns (region, industry…) with
// the grid's own column headers.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { customerColumns, type CustomerColumn } from '../../shared/domain/customer-columns';
import { useLocale } from './use-locale';
import { featureLabel } from './labels';

function isCustomerColumn(name: string): name is CustomerColumn {
  return Object.prototype.hasOwnProperty.call(customerColumns, name);
}

export function useFeatureLabel(): (id: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (id: string) => featureLabel(id, locale, (source) => (isCustomerColumn(source) ? t(`columns.${source}`) : null)),
    [locale, t],
  );
}
