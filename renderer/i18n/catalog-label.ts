// Labels of catalog fields, enum values and measures (i18n namespace 'catalog'), for ids that
// arrive as plain strings. An id without a label shows as itself rather than as a raw key;
// an imported attribute shows its own name (data as imported, not translated).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogZhCN } from '../../shared/i18n/messages/catalog.zh-CN';

type FieldKey = keyof typeof catalogZhCN.fields;
type ValueField = keyof typeof catalogZhCN.values;
type MeasureKey = keyof typeof catalogZhCN.measures;
type HelpKey = keyof typeof catalogZhCN.help;

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

export function isCatalogFieldKey(id: string): id is FieldKey {
  return has(catalogZhCN.fields, id);
}

function isValueField(id: string): id is ValueField {
  return has(catalogZhCN.values, id);
}

export interface CatalogLabels {
  /** A field's label; `rawLabel` (an imported attribute's name) wins when given. */
  field: (id: string, rawLabel?: string) => string;
  /** An enum code's label (`catalog:values.<field>.<code>`), or the code itself. */
  value: (field: string, code: string) => string;
  measure: (id: string) => string;
  /** A measure's definition, or '' when it has none. */
  help: (id: string) => string;
}

export function useCatalogLabels(): CatalogLabels {
  const { t } = useTranslation('catalog');
  const field = useCallback((id: string, rawLabel?: string) => rawLabel ?? (isCatalogFieldKey(id) ? t(`fields.${id}`) : id), [t]);
  const value = useCallback(
    (fieldId: string, code: string) => {
      if (!isValueField(fieldId) || !has(catalogZhCN.values[fieldId], code)) return code;
      // Checked above: the key exists in the reference resources.
      return t(`values.${fieldId}.${code}` as `values.tier.${keyof typeof catalogZhCN.values.tier}`);
    },
    [t],
  );
  const measure = useCallback((id: string) => (has(catalogZhCN.measures, id) ? t(`measures.${id as MeasureKey}`) : id), [t]);
  const help = useCallback((id: string) => (has(catalogZhCN.help, id) ? t(`help.${id as HelpKey}`) : ''), [t]);
  return useMemo(() => ({ field, value, measure, help }), [field, value, measure, help]);
}
