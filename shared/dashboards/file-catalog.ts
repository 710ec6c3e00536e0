// The catalog a dashboard file carries (table `catalog`): per packaged table, the fields and
// measures the viewer may name, rewritten over the table's columns. A cube's count or sum
// becomes `sum` of its component column, an avg the ratio of two sums, min / max the min / max
// of theirs, ratios stay ratios; fields keep id, type, format and labels with column = the
// table's column. Component columns are catalogued too ('componentField' / 'componentMeasure':
// the compiler resolves through them) but not offered to the filter bar. Read back from a file,
// every row is data: parsed with strict schemas (no filter, no attribute key, no membership),
// identifiers matching IDENTIFIER_PATTERN, before anything is compiled.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog';
import type { FieldDef, MeasureDef, SourceId } from '../catalog/types';
import { FIELD_FORMATS } from './widget-data';
import type { CubePlan, KmPlan, ListPlan, PackagePlan } from './cube';

export const CATALOG_KINDS = ['field', 'measure', 'componentField', 'componentMeasure'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export interface FileCatalogEntry {
  readonly kind: CatalogKind;
  /** The packaged table the definition reads. */
  readonly table: string;
  readonly def: FieldDef | MeasureDef;
}

const identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .max(64);
const source = z.enum(['customer', 'churn_month', 'cohort_month']);
const text = z.string().max(200);

export const FileFieldDefSchema = z.strictObject({
  id: identifier,
  source,
  rawLabel: text.optional(),
  group: z.enum(['profile', 'lifecycle', 'purchases', 'engagement', 'service', 'market', 'scores', 'rfm', 'changes', 'attributes', 'segments']),
  labelKey: text,
  type: z.enum(['text', 'enum', 'number', 'date', 'boolean']),
  format: z.enum(FIELD_FORMATS),
  column: identifier,
  values: z.array(text).max(200).optional(),
  valueLabelPrefix: text.optional(),
});

export const FileMeasureDefSchema = z.strictObject({
  id: identifier,
  source,
  labelKey: text,
  helpKey: text.optional(),
  format: z.enum(FIELD_FORMATS),
  aggregate: z.enum(['sum', 'min', 'max']).optional(),
  field: identifier.optional(),
  ratio: z.strictObject({ numerator: identifier, denominator: identifier }).optional(),
});

/** A workspace field as a column of a packaged table (no attribute key, no previous value). */
function asColumn(field: FieldDef, column: string = field.id): FieldDef {
  return {
    id: field.id,
    source: field.source,
    ...(field.rawLabel !== undefined ? { rawLabel: field.rawLabel } : {}),
    group: field.group,
    labelKey: field.labelKey,
    type: field.type,
    format: field.format,
    column,
    ...(field.values ? { values: [...field.values] } : {}),
    ...(field.valueLabelPrefix ? { valueLabelPrefix: field.valueLabelPrefix } : {}),
  };
}

function componentField(id: string, src: SourceId, type: FieldDef['type'], format: FieldDef['format'], column: string = id): FieldDef {
  return { id, source: src, group: 'profile', labelKey: '', type, format, column };
}

const described = (m: MeasureDef) => ({ id: m.id, source: m.source, labelKey: m.labelKey, ...(m.helpKey ? { helpKey: m.helpKey } : {}), format: m.format });

function cubeEntries(plan: CubePlan, catalog: Catalog): FileCatalogEntry[] {
  const table = plan.table;
  const out: FileCatalogEntry[] = plan.dimensions.map((d) => ({ kind: 'field', table, def: asColumn(d.field) }));
  for (const c of plan.components) {
    const of = c.measure.field !== undefined ? catalog.field(plan.source, c.measure.field) : undefined;
    const type = c.combine !== 'sum' && of?.type === 'date' ? 'date' : 'number';
    out.push({ kind: 'componentField', table, def: componentField(c.column, plan.source, type, c.measure.format) });
  }
  for (const m of plan.measures) {
    if (m.ratio) {
      out.push({ kind: 'measure', table, def: { ...described(m), ratio: { ...m.ratio } } });
    } else if (m.aggregate === 'avg') {
      const column = `m__${m.id}`;
      for (const part of [`${column}__s`, `${column}__n`]) {
        out.push({ kind: 'componentMeasure', table, def: { id: part, source: m.source, labelKey: '', format: m.format, aggregate: 'sum', field: part } });
      }
      out.push({ kind: 'measure', table, def: { ...described(m), ratio: { numerator: `${column}__s`, denominator: `${column}__n` } } });
    } else {
      const aggregate = m.aggregate === 'min' || m.aggregate === 'max' ? m.aggregate : 'sum';
      out.push({ kind: 'measure', table, def: { ...described(m), aggregate, field: `m__${m.id}` } });
    }
  }
  return out;
}

function listEntries(plan: ListPlan): FileCatalogEntry[] {
  return plan.fields.map((f) => ({ kind: 'field', table: plan.table, def: asColumn(f) }));
}

function kmEntries(plan: KmPlan): FileCatalogEntry[] {
  const src = plan.duration.source;
  const table = plan.table;
  return [
    { kind: 'field', table, def: asColumn(plan.duration, 'time') },
    { kind: 'componentField', table, def: componentField('km_customers', src, 'number', 'count', 'customers') },
    { kind: 'componentField', table, def: componentField('km_events', src, 'number', 'count', 'events') },
    { kind: 'measure', table, def: { ...described(plan.customers), aggregate: 'sum', field: 'km_customers' } },
    { kind: 'measure', table, def: { ...described(plan.events), aggregate: 'sum', field: 'km_events' } },
  ];
}

/** The catalog rows of a package plan. */
export function fileCatalogEntries(plan: PackagePlan, catalog: Catalog): FileCatalogEntry[] {
  return [...plan.cubes.flatMap((c) => cubeEntries(c, catalog)), ...plan.lists.flatMap(listEntries), ...plan.kms.flatMap(kmEntries)];
}

/** The catalog of one packaged table (components included, so the compiler can resolve them). */
export function tableCatalog(entries: readonly FileCatalogEntry[], table: string): Catalog {
  const fields = new Map<string, FieldDef>();
  const measures = new Map<string, MeasureDef>();
  for (const e of entries) {
    if (e.table !== table) continue;
    const key = `${e.def.source}:${e.def.id}`;
    if (e.kind === 'field' || e.kind === 'componentField') fields.set(key, e.def as FieldDef);
    else measures.set(key, e.def);
  }
  return {
    fields: [...fields.values()],
    measures: [...measures.values()],
    field: (src, id) => fields.get(`${src}:${id}`),
    measure: (src, id) => measures.get(`${src}:${id}`),
  };
}

/** The fields and measures offered by the viewer (components left out), once each. */
export function visibleDefinitions(entries: readonly FileCatalogEntry[]): { fields: FieldDef[]; measures: MeasureDef[] } {
  const fields = new Map<string, FieldDef>();
  const measures = new Map<string, MeasureDef>();
  for (const e of entries) {
    const key = `${e.def.source}:${e.def.id}`;
    if (e.kind === 'field' && !fields.has(key)) fields.set(key, e.def as FieldDef);
    if (e.kind === 'measure' && !measures.has(key)) measures.set(key, e.def);
  }
  return { fields: [...fields.values()], measures: [...measures.values()] };
}
