// A job's phase in the analyst's language: the label of its code with the params filled in, a
// table named as the Data page names it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../shared/contract/events';
import { isCanonicalTable } from '../../shared/domain/canonical-tables';
import { canonicalTableLabel } from '../../shared/domain/canonical-labels';
import { useLocale } from '../i18n/use-locale';

export function usePhaseLabel(): (progress: Pick<JobProgress, 'phase' | 'params'>) => string {
  const { t } = useTranslation('jobs');
  const locale = useLocale();
  return useCallback(
    ({ phase, params }) => {
      const values = { ...params };
      const table = values.table;
      if (typeof table === 'string' && isCanonicalTable(table)) values.table = canonicalTableLabel(table, locale);
      return t(`phases.${phase}`, values);
    },
    [t, locale],
  );
}
