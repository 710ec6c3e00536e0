// The analyst's working copy of one source table's mapping: which canonical table it feeds and
// which source column fills each canonical field. Pure, so the editor's rules (one column feeds
// one field, a target change keeps what still fits, saved mappings match by header signature)
// are unit-tested without a browser.
import type { ImportTarget, PreviewTable, SavedMapping, TableMapping } from '../../../shared/contract/domains/import';
import { canonicalTables, isCanonicalTable, mappingFieldNames, type CanonicalField, type MappingFieldName } from '../../../shared/domain/canonical-tables';
import { suggestFields } from '../../../shared/import/mapping';

const ORDER_GRAINS: ReadonlySet<ImportTarget> = new Set(['orders', 'order_lines']);

export type FieldColumns = Partial<Record<MappingFieldName, string>>;

export interface MappingDraft {
  table: string;
  columns: readonly string[];
  signature: string;
  target: ImportTarget;
  fields: FieldColumns;
  /** 'edited' drafts are sent to import.run explicitly; the others equal what the host would pick. */
  origin: 'suggested' | 'saved' | 'edited';
  savedName: string | null;
}

const fieldNameSet: ReadonlySet<string> = new Set(mappingFieldNames);

export function isMappingField(name: string): name is MappingFieldName {
  return fieldNameSet.has(name);
}

export function targetFields(target: ImportTarget): readonly CanonicalField[] {
  return target === 'raw' || !isCanonicalTable(target) ? [] : canonicalTables[target].fields;
}

/** Keeps pairs whose field belongs to the target and whose column exists; the first pair wins a column. */
function fieldsFrom(pairs: readonly { field: string; column: string }[], target: ImportTarget, columns: readonly string[]): FieldColumns {
  const allowed = new Set(targetFields(target).map((f) => f.name));
  const present = new Set(columns);
  const used = new Set<string>();
  const out: FieldColumns = {};
  for (const { field, column } of pairs) {
    if (!isMappingField(field) || !allowed.has(field) || !present.has(column) || used.has(column) || out[field]) continue;
    out[field] = column;
    used.add(column);
  }
  return out;
}

function base(table: PreviewTable): Pick<MappingDraft, 'table' | 'columns' | 'signature'> {
  return { table: table.name, columns: table.columns, signature: table.headerSignature };
}

export function suggestedDraft(table: PreviewTable): MappingDraft {
  const { target, fields } = table.suggestion;
  return { ...base(table), target, fields: fieldsFrom(fields, target, table.columns), origin: 'suggested', savedName: null };
}

/** What import.run would use by default: the saved mapping for these headers, else the suggestion. */
export function draftFromPreview(table: PreviewTable): MappingDraft {
  const saved = table.savedMapping;
  if (!saved) return suggestedDraft(table);
  const { target, fields } = saved.mapping;
  return { ...base(table), target, fields: fieldsFrom(fields, target, table.columns), origin: 'saved', savedName: saved.name };
}

/** Puts `column` into `field` (null clears it); a column feeds one field, so it leaves any other. */
export function assignColumn(draft: MappingDraft, field: MappingFieldName, column: string | null): MappingDraft {
  const fields: FieldColumns = {};
  for (const [name, value] of Object.entries(draft.fields)) {
    if (isMappingField(name) && name !== field && value !== column) fields[name] = value;
  }
  if (column !== null) fields[field] = column;
  return { ...draft, fields, origin: 'edited' };
}

/** A new target starts from what is known for it (suggestion, saved mapping) or keeps the fields that still exist. */
export function changeTarget(draft: MappingDraft, target: ImportTarget, table: PreviewTable): MappingDraft {
  if (target === draft.target) return draft;
  let pairs: readonly { field: string; column: string }[];
  if (target === table.suggestion.target) pairs = table.suggestion.fields;
  else if (table.savedMapping?.mapping.target === target) pairs = table.savedMapping.mapping.fields;
  else {
    pairs = Object.entries(draft.fields).map(([field, column]) => ({ field, column: column ?? '' }));
    // Orders ↔ order lines: the same columns read differently (a unit price is no order amount), so suggest afresh, then keep the rest.
    if (ORDER_GRAINS.has(target) && ORDER_GRAINS.has(draft.target) && isCanonicalTable(target)) {
      pairs = [...suggestFields(target, { name: table.name, columns: table.columns, samples: table.sampleRows }), ...pairs];
    }
  }
  return { ...draft, target, fields: fieldsFrom(pairs, target, draft.columns), origin: 'edited' };
}

/** The saved table mapping meant for this source table: same headers, else same name, else the only one. */
export function matchSavedTable(saved: SavedMapping, draft: Pick<MappingDraft, 'table' | 'signature'>): SavedMapping['tables'][number] | null {
  const bySignature = saved.tables.find((t) => t.signature !== undefined && t.signature === draft.signature);
  if (bySignature) return bySignature;
  const byName = saved.tables.find((t) => t.table === draft.table);
  if (byName) return byName;
  return saved.tables.length === 1 ? (saved.tables[0] ?? null) : null;
}

export function applySaved(draft: MappingDraft, saved: SavedMapping): MappingDraft | null {
  const match = matchSavedTable(saved, draft);
  if (!match) return null;
  return { ...draft, target: match.target, fields: fieldsFrom(match.fields, match.target, draft.columns), origin: 'edited', savedName: saved.name };
}

/**
 * Whether import.run gets this draft as an explicit mapping: an edited one, and any orders or
 * order-lines draft — the preview reads fewer sample rows than the import plans with, so a
 * repeat the import would see further down must not turn the orders the analyst saw into lines.
 */
export function sentExplicitly(draft: MappingDraft): boolean {
  return draft.origin === 'edited' || (draft.origin === 'suggested' && ORDER_GRAINS.has(draft.target));
}

export function toTableMapping(draft: MappingDraft): TableMapping {
  const fields = targetFields(draft.target).flatMap((f) => {
    const column = isMappingField(f.name) ? draft.fields[f.name] : undefined;
    return column !== undefined && isMappingField(f.name) ? [{ field: f.name, column }] : [];
  });
  return { table: draft.table, target: draft.target, fields };
}

export function toSavedTable(draft: MappingDraft): SavedMapping['tables'][number] {
  return { ...toTableMapping(draft), signature: draft.signature, columns: [...draft.columns] };
}

/** field name by source column, for labelling preview headers. */
export function fieldByColumn(draft: MappingDraft): Map<string, MappingFieldName> {
  const out = new Map<string, MappingFieldName>();
  for (const [field, column] of Object.entries(draft.fields)) {
    if (column !== undefined && isMappingField(field)) out.set(column, field);
  }
  return out;
}

/** Required fields with neither a column nor a generated value: rows would be rejected. */
export function missingRequired(draft: MappingDraft): CanonicalField[] {
  return targetFields(draft.target).filter((f) => f.required && !f.generated && !(isMappingField(f.name) && draft.fields[f.name]));
}

/** Columns no field takes: kept in the attributes column. */
export function unmappedColumns(draft: MappingDraft): string[] {
  const used = new Set(Object.values(draft.fields));
  return draft.columns.filter((c) => !used.has(c));
}
