// Decides, per source table, where its rows go: an explicit mapping from the caller, a saved
// mapping found by name or header signature, the suggestion, or the raw table only. The result
// is a plain object so it can cross from the parsing worker to the writer.
import type { SavedMapping, TableMapping } from '../../shared/contract/domains/import';
import { canonicalTables, type CanonicalField, type CanonicalTableName, type MappingFieldName } from '../../shared/domain/canonical-tables';
import type { RawValue } from '../../shared/import/convert';
import { checkMapping, headerSignature, suggestMapping } from '../../shared/import/mapping';
import { numbersInvoicesWithDigits } from '../../shared/import/returns';

export type MappingSource = 'explicit' | 'saved' | 'suggested' | 'raw';

export interface PlannedField {
  field: MappingFieldName;
  column: string;
  /** Index into the source row's values. */
  index: number;
}

export interface TablePlan {
  file: string;
  table: string;
  sheet?: string;
  target: CanonicalTableName | 'raw';
  source: MappingSource;
  mappingName: string | null;
  fields: PlannedField[];
  /** Key fields generated because no column feeds them. */
  generated: string[];
  /** Table columns written, in the order converted rows carry them ('attributes' last). */
  dbColumns: string[];
  signature: string;
  /** The mapping as the caller would write it (for history and "save mapping"). */
  mapping: TableMapping;
  /** Orders and lines: the export numbers invoices with digits, so 'C' + digits is a cancellation (shared/import/returns.ts). */
  cancellationPrefix: boolean;
}

/** Targets whose rows carry an order status the importer derives from returns (negative amounts, C-numbers). */
const ORDER_TARGETS: ReadonlySet<string> = new Set(['orders', 'order_lines']);

export interface PlanRequest {
  /** 'auto' | 'raw' | a saved mapping's name. */
  mapping: string;
  explicit?: readonly TableMapping[];
  saved: readonly SavedMapping[];
  settings: { dayFirst?: boolean; decimalComma?: boolean };
}

export class MappingError extends Error {
  override name = 'MappingError';
}

interface Shape {
  file: string;
  name: string;
  sheet?: string;
  columns: readonly string[];
  samples: readonly (readonly RawValue[])[];
}

function pick<T extends { table?: string }>(entries: readonly T[], shape: Shape, signature: string): T | undefined {
  const bySig = entries.find((e) => 'signature' in e && e.signature === signature && (e.table === undefined || e.table === shape.name));
  return bySig ?? entries.find((e) => e.table === shape.name) ?? entries.find((e) => e.table === undefined && !('signature' in e && e.signature));
}

/** A saved mapping whose headers are exactly these, for auto mode and preview. */
export function savedFor(saved: readonly SavedMapping[], shape: { name: string; columns: readonly string[] }): { name: string; mapping: TableMapping } | null {
  const signature = headerSignature(shape.columns);
  for (const m of saved) {
    const t = m.tables.find((e) => e.signature === signature);
    if (t) return { name: m.name, mapping: { table: t.table, target: t.target, fields: t.fields } };
  }
  return null;
}

export function planTable(shape: Shape, req: PlanRequest): TablePlan {
  const signature = headerSignature(shape.columns);
  const explicit = req.explicit ? pick(req.explicit, shape, signature) : undefined;
  let chosen: { mapping: TableMapping; source: MappingSource; name: string | null } | null = null;
  if (explicit) chosen = { mapping: explicit, source: explicit.target === 'raw' ? 'raw' : 'explicit', name: null };
  else if (req.mapping === 'raw') chosen = { mapping: { target: 'raw', fields: [] }, source: 'raw', name: null };
  else if (req.mapping !== 'auto') {
    const named = req.saved.find((m) => m.name === req.mapping);
    if (!named) throw new MappingError(`no saved mapping named "${req.mapping}"`);
    const entry = pick(named.tables, shape, signature);
    if (entry && entry.fields.every((f) => shape.columns.includes(f.column))) chosen = { mapping: entry, source: 'saved', name: named.name };
  }
  if (!chosen) {
    const saved = savedFor(req.saved, shape);
    if (saved) chosen = { mapping: saved.mapping, source: 'saved', name: saved.name };
  }
  if (!chosen) {
    const s = suggestMapping({ name: shape.name, columns: shape.columns, samples: shape.samples }, req.settings);
    chosen = { mapping: { target: s.target, fields: s.fields.map((f) => ({ field: f.field, column: f.column })) }, source: s.target === 'raw' ? 'raw' : 'suggested', name: null };
  }
  const { mapping } = chosen;
  const problems = checkMapping(mapping.target, mapping.fields, shape.columns);
  if (problems.length) {
    const where = `${shape.file}${shape.sheet ? `, sheet "${shape.sheet}"` : shape.name ? `, table "${shape.name}"` : ''}`;
    throw new MappingError(`${where}: ${problems.map((p) => p.message).join('; ')}`);
  }
  const fields: PlannedField[] = mapping.fields.map((f) => ({ field: f.field, column: f.column, index: shape.columns.indexOf(f.column) }));
  const target = mapping.target;
  let generated: string[] = [];
  const dbColumns: string[] = [];
  if (target !== 'raw') {
    const spec = canonicalTables[target].fields as readonly CanonicalField[];
    generated = spec.filter((f) => f.generated && !fields.some((m) => m.field === f.name)).map((f) => f.name);
    for (const f of spec) {
      const column = f.writes ?? f.name;
      // An order's status is always written: a return is 'refunded' even when no status column is mapped.
      const derivedStatus = ORDER_TARGETS.has(target) && column === 'status';
      // A line without a total column gets quantity × unit price (row-mapper.ts).
      const derivedTotal = target === 'order_lines' && column === 'amount' && fields.some((m) => m.field === 'unit_price');
      const fed = fields.some((m) => m.field === f.name) || generated.includes(f.name) || derivedStatus || derivedTotal;
      if (fed && !dbColumns.includes(column)) dbColumns.push(column);
    }
    dbColumns.push('attributes');
  }
  return {
    file: shape.file,
    table: shape.name,
    sheet: shape.sheet,
    target,
    source: chosen.source,
    mappingName: chosen.name,
    fields,
    generated,
    dbColumns,
    signature,
    mapping: { table: shape.name, target, fields: mapping.fields },
    cancellationPrefix: cancellationPrefix(target, fields, shape.samples),
  };
}

function cancellationPrefix(target: CanonicalTableName | 'raw', fields: readonly PlannedField[], samples: Shape['samples']): boolean {
  const key = fields.find((f) => f.field === 'order_id');
  if (!ORDER_TARGETS.has(target) || !key) return false;
  return numbersInvoicesWithDigits(samples.map((r) => r[key.index] ?? null));
}
