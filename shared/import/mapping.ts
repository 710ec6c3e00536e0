// Suggests where a source table belongs and which column feeds which canonical field, the way
// an analyst would read the headers: synonyms first (Chinese and English, case-, width- and
// space-insensitive), confirmed or vetoed by what the sample values look like.
import { canonicalTableNames, canonicalTables, type CanonicalField, type CanonicalTableName, type MappingFieldName } from '../domain/canonical-tables';
import { convertField, type FieldSettings } from './field-value';
import { headerKey } from './headers';
import { stableHash } from './hash';
import { fieldSynonyms, tableNameHints } from './synonyms';
import type { RawValue } from './convert';

export interface FieldSuggestion {
  field: MappingFieldName;
  column: string;
  confidence: number;
  reason: string;
}

export interface MappingSuggestion {
  target: CanonicalTableName | 'raw';
  confidence: number;
  fields: FieldSuggestion[];
  generated: string[];
  unmapped: string[];
  alternatives: { target: CanonicalTableName; confidence: number }[];
}

export interface SourceShape {
  /** Table or sheet name. */
  name: string;
  /** Tidy unique column names. */
  columns: readonly string[];
  /** Sample rows, values in column order. */
  samples: readonly (readonly RawValue[])[];
}

/** Order-insensitive digest of the headers: the same export next month has the same signature. */
export function headerSignature(columns: readonly string[]): string {
  return stableHash(columns.map(headerKey).sort().join('\u001f'));
}

const synonymKeys = new Map<string, { key: string; rank: number }[]>();
function keysFor(table: CanonicalTableName, field: string): { key: string; rank: number }[] {
  const id = `${table}.${field}`;
  let keys = synonymKeys.get(id);
  if (!keys) {
    keys = (fieldSynonyms[table][field] ?? []).map((s, rank) => ({ key: headerKey(s), rank }));
    synonymKeys.set(id, keys);
  }
  return keys;
}

const CJK = /[\u3400-\u9fff]/;

/** 1 for an exact synonym (less for later ones), 0.5 when the header contains a distinctive synonym. */
export function headerScore(table: CanonicalTableName, field: string, column: string): { score: number; synonym: string | null } {
  const key = headerKey(column);
  let best = { score: 0, synonym: null as string | null };
  for (const { key: s, rank } of keysFor(table, field)) {
    let score = 0;
    if (key === s) score = 1 - Math.min(rank, 40) * 0.005;
    else if (s.length >= (CJK.test(s) ? 3 : 5) && key.includes(s)) score = 0.5 - Math.min(rank, 40) * 0.002;
    if (score > best.score) best = { score, synonym: s };
  }
  return best;
}

/** Share of non-empty sample values that convert cleanly to the field's type (null: no evidence). */
export function valueEvidence(field: CanonicalField, values: readonly RawValue[], settings: FieldSettings = {}): number | null {
  let seen = 0;
  let good = 0;
  for (const v of values) {
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    seen++;
    if (convertField(v, field, settings).ok) good++;
  }
  return seen === 0 ? null : good / seen;
}

interface Candidate {
  field: CanonicalField;
  column: string;
  index: number;
  confidence: number;
  reason: string;
}

function candidates(table: CanonicalTableName, shape: SourceShape, settings: FieldSettings): Candidate[] {
  const out: Candidate[] = [];
  for (const field of canonicalTables[table].fields as readonly CanonicalField[]) {
    shape.columns.forEach((column, index) => {
      const h = headerScore(table, field.name, column);
      if (h.score === 0) return;
      const evidence = valueEvidence(
        field,
        shape.samples.map((r) => r[index] ?? null),
        settings,
      );
      // Values contradicting the header (a '日期' column of free text) veto the match.
      const factor = evidence === null ? 0.9 : evidence >= 0.8 ? 1 : evidence >= 0.5 ? 0.7 : 0.2;
      const confidence = Math.round(h.score * factor * 100) / 100;
      const ev = evidence === null ? 'no sample values' : `${Math.round(evidence * 100)}% of samples fit ${field.type}`;
      out.push({
        field,
        column,
        index,
        confidence,
        reason: `header "${column}" ${h.score >= 0.8 ? 'is' : 'contains'} a synonym of ${field.name}; ${ev}`,
      });
    });
  }
  return out.filter((c) => c.confidence >= 0.3);
}

/** Greedy one-to-one assignment: strongest pairs first, each field and column used once. */
function assign(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  const fields = new Set<string>();
  const columns = new Set<string>();
  const taken: Candidate[] = [];
  for (const c of sorted) {
    // Fields writing the same column (status, churned, active) exclude each other.
    const slot = c.field.writes ?? c.field.name;
    if (fields.has(slot) || columns.has(c.column)) continue;
    fields.add(slot);
    columns.add(c.column);
    taken.push(c);
  }
  return taken.sort((a, b) => a.index - b.index);
}

interface Scored {
  target: CanonicalTableName;
  qualifies: boolean;
  score: number;
  confidence: number;
  fields: Candidate[];
  generated: string[];
}

function nameHint(target: CanonicalTableName, name: string): boolean {
  const key = headerKey(name);
  return tableNameHints[target].some((h) => key.includes(headerKey(h)));
}

function scoreTarget(target: CanonicalTableName, shape: SourceShape, settings: FieldSettings): Scored {
  const spec = canonicalTables[target];
  const fields = assign(candidates(target, shape, settings));
  const has = (name: string): boolean => fields.some((c) => c.field.name === name || c.field.writes === name);
  const specFields = spec.fields as readonly CanonicalField[];
  const missingRequired = specFields.filter((f) => f.required && !f.generated && !f.writes && !has(f.name));
  const generated = specFields.filter((f) => f.generated && !has(f.name)).map((f) => f.name);
  let qualifies = missingRequired.length === 0;
  if (target === 'customers') {
    // A customer list needs more than a customer column (an orders file has one too): either a
    // customer attribute next to the id, or a churn/active/status flag (ids may be generated).
    // An 'active' flag alone is not enough: staff and product tables have one too.
    const churnFlag = fields.some((c) => c.field.name === 'churned' || c.field.name === 'status');
    const attrs = fields.filter((c) => c.field.name !== 'customer_id').length;
    qualifies = churnFlag || (has('customer_id') && attrs >= 1);
  }
  let score = 0;
  for (const c of fields) score += c.confidence * (c.field.required || c.field.key || c.field.writes ? 2 : 1);
  if (nameHint(target, shape.name)) score += 1;
  const keyFields = specFields.filter((f) => f.required || f.key);
  const keyConf = keyFields.map((f) => fields.find((c) => c.field.name === f.name)?.confidence ?? (f.generated ? 0.6 : 0));
  const confidence = keyConf.length ? keyConf.reduce((a, b) => a + b, 0) / keyConf.length : 0;
  return { target, qualifies, score, confidence: Math.round(confidence * 100) / 100, fields, generated };
}

/** The suggested columns for one given target (the analyst switched between orders and order lines). */
export function suggestFields(target: CanonicalTableName, shape: SourceShape, settings: FieldSettings = {}): { field: MappingFieldName; column: string }[] {
  return scoreTarget(target, shape, settings).fields.map((c) => ({ field: c.field.name as MappingFieldName, column: c.column }));
}

/** Fields whose values differ between the lines of one order (and between true duplicates do not). */
const LINE_FIELDS = ['product', 'sku', 'quantity'];

/**
 * Whether the sample is one row per order line: some order key repeats with a different product,
 * SKU or quantity. A key repeating with the same ones is a duplicate order, not a line.
 */
export function isLineLevel(shape: SourceShape, fields: readonly { field: string; column: string }[]): boolean {
  const index = (name: string): number => {
    const m = fields.find((f) => f.field === name);
    return m ? shape.columns.indexOf(m.column) : -1;
  };
  const key = index('order_id');
  const detail = LINE_FIELDS.map(index).filter((i) => i >= 0);
  if (key < 0 || !detail.length) return false;
  const first = new Map<string, string>();
  for (const row of shape.samples) {
    const id = row[key];
    if (id === null || id === undefined || id instanceof Uint8Array || String(id).trim() === '') continue;
    const what = JSON.stringify(detail.map((i) => (row[i] instanceof Uint8Array ? null : (row[i] ?? null))));
    const seen = first.get(String(id));
    if (seen === undefined) first.set(String(id), what);
    else if (seen !== what) return true;
  }
  return false;
}

/** Orders or order lines, whichever the sample is (the other becomes an alternative). */
function ordersOrLines(scored: Scored[], shape: SourceShape): Scored[] {
  const best = scored[0];
  if (!best?.qualifies || (best.target !== 'orders' && best.target !== 'order_lines')) return scored;
  const lines = scored.find((s) => s.target === 'order_lines');
  const orders = scored.find((s) => s.target === 'orders');
  const lineLevel =
    lines?.qualifies === true &&
    isLineLevel(
      shape,
      lines.fields.map((c) => ({ field: c.field.name, column: c.column })),
    );
  const chosen = lineLevel ? lines : orders?.qualifies ? orders : lines;
  return chosen ? [chosen, ...scored.filter((s) => s !== chosen)] : scored;
}

/** The best canonical target for a source table and its column mapping, or 'raw' when none fits. */
export function suggestMapping(shape: SourceShape, settings: FieldSettings = {}): MappingSuggestion {
  const scored = ordersOrLines(
    canonicalTableNames.map((t) => scoreTarget(t, shape, settings)).sort((a, b) => Number(b.qualifies) - Number(a.qualifies) || b.score - a.score),
    shape,
  );
  const best = scored[0];
  const alternatives = scored.filter((s) => s.qualifies && s !== best).map((s) => ({ target: s.target, confidence: s.confidence }));
  if (!best?.qualifies) {
    return { target: 'raw', confidence: 1, fields: [], generated: [], unmapped: [...shape.columns], alternatives };
  }
  const used = new Set(best.fields.map((c) => c.column));
  return {
    target: best.target,
    confidence: best.confidence,
    fields: best.fields.map((c) => ({ field: c.field.name as MappingFieldName, column: c.column, confidence: c.confidence, reason: c.reason })),
    generated: best.generated,
    unmapped: shape.columns.filter((c) => !used.has(c)),
    alternatives,
  };
}

export interface MappingProblem {
  field?: string;
  column?: string;
  message: string;
}

/** Checks a (user-edited) mapping against the whitelist and the table's columns. */
export function checkMapping(target: CanonicalTableName | 'raw', fields: readonly { field: string; column: string }[], columns: readonly string[]): MappingProblem[] {
  if (target === 'raw') return [];
  const spec = canonicalTables[target].fields as readonly CanonicalField[];
  const problems: MappingProblem[] = [];
  const slots = new Set<string>();
  for (const m of fields) {
    const f = spec.find((s) => s.name === m.field);
    if (!f) problems.push({ field: m.field, message: `${target} has no field "${m.field}"` });
    if (!columns.includes(m.column)) problems.push({ column: m.column, message: `the source has no column "${m.column}"` });
    const slot = f?.writes ?? m.field;
    if (slots.has(slot)) problems.push({ field: m.field, message: `${slot} is mapped twice` });
    slots.add(slot);
  }
  for (const f of spec) {
    if (f.required && !f.generated && !f.writes && !fields.some((m) => m.field === f.name)) {
      problems.push({ field: f.name, message: `${target}.${f.name} is required: map a column onto it` });
    }
  }
  return problems;
}
