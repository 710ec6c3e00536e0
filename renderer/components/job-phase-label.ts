// A job's phase in the analyst's language: the label of its code with the params filled in, a
// table named as the Data page names it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../shared/contract/events';
import { canonicalTables, type CanonicalTableName } from '../../shared/domain/canonical-tables';
import { pick } from '../i18n/labels';
import { useLocale } from '../i18n/use-locale';

export function usePhaseLabel(): (progress: Pick<JobProgress, 'phase' | 'params'>) => string {
  const { t } = useTranslation('jobs');
  const locale = useLocale();
  return useCallback(
    ({ phase, params }) => {
      const values = { ...params };
      const table = values.table;
      if (typeof table === 'string' && Object.prototype.hasOwnProperty.call(canonicalTables, table)) {
        values.table = pick(canonicalTables[table as CanonicalTableName].label, locale);
      }
      return t(`phases.${phase}`, values);
    },
    [t, locale],
  );
}
