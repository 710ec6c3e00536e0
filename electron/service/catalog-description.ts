// What catalog.describe and viewer.info tell the renderer about fields and measures: ids, label
// keys, types, formats, enum codes and the operators each field takes — one shape for a
// workspace's catalog and a dashboard file's packaged one.
import type { CatalogDescription } from '../../shared/contract/operations';
import type { FieldDef, MeasureDef } from '../../shared/catalog/types';
import { fieldOperators } from '../../shared/query';

export function describeCatalog(fields: readonly FieldDef[], measures: readonly MeasureDef[]): CatalogDescription {
  return {
    fields: fields.map((f) => ({
      id: f.id,
      source: f.source,
      group: f.group,
      labelKey: f.labelKey,
      ...(f.rawLabel !== undefined ? { rawLabel: f.rawLabel } : {}),
      type: f.type,
      format: f.format,
      ...(f.values ? { values: [...f.values] } : {}),
      ...(f.valueLabelPrefix ? { valueLabelPrefix: f.valueLabelPrefix } : {}),
      operators: [...fieldOperators(f)],
    })),
    measures: measures.map((m) => ({ id: m.id, source: m.source, labelKey: m.labelKey, ...(m.helpKey ? { helpKey: m.helpKey } : {}), format: m.format })),
  };
}
