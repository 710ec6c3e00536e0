// Names the builder shows: a field's label (an imported attribute's own name, else its catalog
// label), a value's label (an enum code's translation, a saved segment's name), and each group's
// name in reading order ("Top level", "Group 1" …) shared by the canvas, the menus and the funnel.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SAVED_SEGMENT_FIELD } from '../../../../shared/segments/definition';
import { useLocale } from '../../../i18n/use-locale';
import { ROOT_ID, type DraftGroup } from './draft';
import { lookupMessage, messageText } from './message-lookup';
import type { CatalogField } from './palette-model';

export interface BuilderLabels {
  readonly fieldLabel: (id: string) => string;
  readonly valueLabel: (field: string, code: string) => string;
  readonly groupNames: ReadonlyMap<string, string>;
}

export function useBuilderLabels(fields: ReadonlyMap<string, CatalogField>, segmentNames: ReadonlyMap<string, string>, root: DraftGroup): BuilderLabels {
  const { t } = useTranslation('segment-builder');
  const locale = useLocale();
  const fieldLabel = useCallback(
    (id: string): string => {
      const field = fields.get(id);
      if (field?.rawLabel) return field.rawLabel;
      return messageText(locale, field?.labelKey ?? `catalog:fields.${id}`).replace(/^catalog:fields\./, '');
    },
    [fields, locale],
  );
  const valueLabel = useCallback(
    (fieldId: string, code: string): string => {
      if (fieldId === SAVED_SEGMENT_FIELD) return segmentNames.get(code) ?? code;
      const prefix = fields.get(fieldId)?.valueLabelPrefix;
      return (prefix && lookupMessage(locale, `${prefix}.${code}`)) || code;
    },
    [fields, segmentNames, locale],
  );
  const groupNames = useMemo(() => {
    const names = new Map<string, string>([[ROOT_ID, t('condition.rootGroup')]]);
    let n = 0;
    const visit = (group: DraftGroup): void => {
      for (const child of group.children) {
        if (child.kind !== 'group') continue;
        n += 1;
        names.set(child.id, t('condition.groupN', { n }));
        visit(child);
      }
    };
    visit(root);
    return names;
  }, [root, t]);
  return useMemo(() => ({ fieldLabel, valueLabel, groupNames }), [fieldLabel, valueLabel, groupNames]);
}
