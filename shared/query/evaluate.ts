// A plain-JavaScript evaluator of the ORIGINAL filter AST — the oracle of the differential
// tests, usable for previews as well. It is written from the documented semantics (see
// lower.ts) and on purpose shares no code with lowering: no NOT push-down, no desugaring,
// its own calendar arithmetic (Date in UTC) and its own case folding. If lowering and this
// file disagree on any row, one of them has a bug.
//
// Rows are keyed by column name, as stored in the source table: a field reads
// row[field.column] (and, for an attribute field, the key of the JSON text in that column;
// a changed_by condition also reads row[field.previousColumn]). `null` / `undefined` are NULL.
// Booleans may be stored as true/false or 1/0, dates as 'YYYY-MM-DD' or
// 'YYYY-MM-DD HH:MM:SS', attribute values as JSON strings.
//
// Text ordering: SQLite compares TEXT with memcmp over UTF-8, i.e. by Unicode code point.
// JavaScript's `<` compares UTF-16 units, which orders U+E000–U+FFFF after astral characters
// (emoji) — the opposite of SQLite. `compareText` orders by code point, like SQLite.
//
// Saved segments: a condition on a membership field is true when the row is in any referenced
// segment — a dynamic segment's filter evaluated on the same row, or `isListMember` for a list.
import type { FieldDef } from '../catalog/types';
import type { ConditionNode, FilterNode, FilterValue } from './ast';
import { QueryError } from './errors';
import type { SegmentResolver } from './segment-ref';

export interface MatchOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
  /** Saved segments by reference, for conditions on a membership field (segment-ref.ts). */
  readonly resolveSegment?: SegmentResolver;
  /** Whether the customer with this key is in the static list `listId`. */
  readonly isListMember?: (listId: number, customerId: string) => boolean;
}

export function matches(node: FilterNode, row: Readonly<Record<string, unknown>>, options: MatchOptions): boolean {
  return matchesWithin(node, row, options, []);
}

/** `within`: the saved segments being evaluated around `node`, outermost first. */
function matchesWithin(node: FilterNode, row: Readonly<Record<string, unknown>>, options: MatchOptions, within: readonly number[]): boolean {
  switch (node.kind) {
    case 'group':
      if (node.children.length === 0) throw new QueryError('EMPTY_GROUP');
      return node.op === 'and' ? node.children.every((c) => matchesWithin(c, row, options, within)) : node.children.some((c) => matchesWithin(c, row, options, within));
    case 'not':
      return !matchesWithin(node.child, row, options, within);
    case 'condition': {
      const field = options.resolveField(node.field);
      if (field?.membership) return matchesSegments(node, field, row, options, within);
      return matchesCondition(node, row, options);
    }
  }
}

// The segment rules restated from segment-ref.ts: an oracle that imported them would agree with anything.
const SEGMENT_DEPTH = 5;

/** In any of the referenced segments (in, =) or in none of them (not_in, !=). */
function matchesSegments(node: ConditionNode, field: FieldDef, row: Readonly<Record<string, unknown>>, options: MatchOptions, within: readonly number[]): boolean {
  const including = node.op === 'in' || node.op === '=';
  if (!including && node.op !== 'not_in' && node.op !== '!=') throw new QueryError('OPERATOR_NOT_ALLOWED', { field: field.id, op: node.op });
  const refs = node.op === 'in' || node.op === 'not_in' ? (node.values ?? []) : [node.value];
  // Every reference is resolved before any is evaluated, so an error never depends on the row.
  const segments = refs.map((ref) => {
    const segment = ref === undefined ? undefined : options.resolveSegment?.(ref);
    if (!segment) throw new QueryError('UNKNOWN_SEGMENT', { segment: String(ref) });
    if (within.includes(segment.id)) throw new QueryError('SEGMENT_CYCLE', { segment: segment.id });
    if (within.length >= SEGMENT_DEPTH) throw new QueryError('TOO_DEEP', { max: SEGMENT_DEPTH, reason: 'segments' });
    return segment;
  });
  const member = segments.some((segment) => {
    if (segment.kind === 'filter') return matchesWithin(segment.filter, row, options, [...within, segment.id]);
    if (!options.isListMember) throw new Error(`oracle: no isListMember for list ${segment.id}`);
    return options.isListMember(segment.id, String(row[field.column]));
  });
  return including ? member : !member;
}

/** Negative, zero or positive as a sorts before, with or after b in SQLite (BINARY collation). */
export function compareText(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const diff = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
}

function matchesCondition(node: ConditionNode, row: Readonly<Record<string, unknown>>, options: MatchOptions): boolean {
  const field = options.resolveField(node.field);
  if (!field) throw new QueryError('UNKNOWN_FIELD', { field: node.field });
  const cell = readCell(field, row);
  const isText = field.type === 'text' || field.type === 'enum';

  switch (node.op) {
    case 'is_empty':
      return cell === null || (isText && cell === '');
    case 'not_empty':
      return !(cell === null || (isText && cell === ''));
    case '!=':
      return cell === null || !sameValue(field, cell, node.value);
    case 'not_in':
      return cell === null || !(node.values ?? []).some((v) => sameValue(field, cell, v));
    case 'changed_by':
      return changedBy(field, node, row);
    default:
      // Every other operator is FALSE for NULL.
      return cell !== null && positive(field, node, cell, options.asOf);
  }
}

function readCell(field: FieldDef, row: Readonly<Record<string, unknown>>): unknown {
  const stored = row[field.column] ?? null;
  if (field.attributeKey === undefined || typeof stored !== 'string') return stored;
  const attributes: unknown = JSON.parse(stored);
  if (typeof attributes !== 'object' || attributes === null) return null;
  return (attributes as Record<string, unknown>)[field.attributeKey] ?? null;
}

function positive(field: FieldDef, node: ConditionNode, cell: unknown, asOf: string): boolean {
  switch (node.op) {
    case '=':
      return sameValue(field, cell, node.value);
    case 'in':
      return (node.values ?? []).some((v) => sameValue(field, cell, v));
    case '<':
      return order(field, cell, node.value) < 0;
    case '<=':
      return order(field, cell, node.value) <= 0;
    case '>':
      return order(field, cell, node.value) > 0;
    case '>=':
      return order(field, cell, node.value) >= 0;
    case 'between':
      return order(field, cell, node.low) >= 0 && order(field, cell, node.high) <= 0;
    case 'contains':
      return asciiLower(String(cell)).includes(asciiLower(String(node.value)));
    case 'starts_with':
      return asciiLower(String(cell)).startsWith(asciiLower(String(node.value)));
    case 'ends_with':
      return asciiLower(String(cell)).endsWith(asciiLower(String(node.value)));
    case 'in_last_days': {
      // The last N days including asOf: 0 ≤ asOf − day < N.
      const age = dayNumber(asOf) - dayNumber(dayOf(cell));
      return age >= 0 && age < (node.amount ?? 0);
    }
    case 'in_last_months': {
      const day = dayOf(cell);
      return compareText(day, monthsBefore(asOf, node.amount ?? 0)) >= 0 && compareText(day, asOf) <= 0;
    }
    case 'before_days_ago':
      return dayNumber(asOf) - dayNumber(dayOf(cell)) > (node.amount ?? 0);
    default:
      throw new QueryError('OPERATOR_NOT_ALLOWED', { field: field.id, op: node.op });
  }
}

function sameValue(field: FieldDef, cell: unknown, value: FilterValue | undefined): boolean {
  switch (field.type) {
    case 'number':
      return Number(cell) === Number(value);
    case 'boolean':
      return (cell === true || cell === 1) === value;
    case 'date':
      return dayOf(cell) === value;
    case 'text':
    case 'enum':
      return cell === value;
  }
}

/** Order of a non-NULL cell against a value: numbers numerically, dates by calendar day. */
function order(field: FieldDef, cell: unknown, value: FilterValue | undefined): number {
  if (field.type === 'number') return Math.sign(Number(cell) - Number(value));
  return compareText(dayOf(cell), String(value));
}

function changedBy(field: FieldDef, node: ConditionNode, row: Readonly<Record<string, unknown>>): boolean {
  const current = row[field.column];
  const previous = field.previousColumn === undefined ? null : row[field.previousColumn];
  if (typeof current !== 'number' || typeof previous !== 'number') return false;
  const minimum = Number(node.value);
  if (node.direction === 'up') return current - previous >= minimum;
  if (node.direction === 'down') return previous - current >= minimum;
  return Math.abs(current - previous) >= minimum;
}

function asciiLower(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  }
  return out;
}

/** The calendar day of a stored date or date-time. */
function dayOf(cell: unknown): string {
  return String(cell).slice(0, 10);
}

const DAY_MS = 86_400_000;

function utcDate(iso: string): Date {
  const date = new Date(0);
  date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

function dayNumber(iso: string): number {
  return Math.round(utcDate(iso).getTime() / DAY_MS);
}

/** asOf minus `months` calendar months, the day clamped to the target month's last day. */
function monthsBefore(asOf: string, months: number): string {
  const start = utcDate(asOf);
  const target = new Date(0);
  target.setUTCFullYear(start.getUTCFullYear(), start.getUTCMonth() - months, 1);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}
