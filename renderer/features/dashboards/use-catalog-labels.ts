// Field, measure and value labels from the catalog in the analyst's language: translated label
// keys, an imported attribute's own name, enum codes through their value-label prefix.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';

export interface CatalogLabels {
  field(id: string): string;
  measure(id: string): string;
  value(field: string, value: string | number | boolean): string;
}

export function useCatalogLabels(catalog: CatalogDescription | undefined): CatalogLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const fields = new Map((catalog?.fields ?? []).map((f) => [f.id, f]));
    const measures = new Map((catalog?.measures ?? []).map((m) => [m.id, m]));
    return {
      field: (id) => {
        const f = fields.get(id);
        if (!f) return id === SAVED_SEGMENT_FIELD ? t('dashboard-page:filters.segment', { defaultValue: id }) : id;
        return f.rawLabel ?? t(f.labelKey, { defaultValue: id });
      },
      measure: (id) => {
        const m = measures.get(id);
        return m ? t(m.labelKey, { defaultValue: id }) : id;
      },
      value: (field, value) => {
        const prefix = fields.get(field)?.valueLabelPrefix;
        const text = String(value);
        return prefix ? t(`${prefix}.${text}`, { defaultValue: text }) : text;
      },
    };
  }, [catalog, t]);
}
