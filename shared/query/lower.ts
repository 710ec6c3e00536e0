// Lowering: filter AST → a small core that any dialect can print without thinking.
//
// What happens here, and nowhere else:
// - fields are resolved against the catalog and operators checked against the field type;
// - values are checked and typed (numeric strings → numbers, dates must be real days);
// - relative dates become half-open ranges of ISO dates computed from `asOf`;
// - sugar disappears: in/not_in with 0 or 1 values, between, is_empty, !=, not_in,
//   not_empty and the date operators are all expressed with a few leaf kinds;
// - NOT is pushed down to the leaves (De Morgan), so the SQL never negates anything that
//   can be NULL.
//
// Two-valued semantics: every condition is TRUE or FALSE for every row, and NOT p is
// exactly the rows p does not match. Each leaf of the core is FALSE (never TRUE) for a NULL
// operand, except `null` and `distinct`, whose whole point is NULL. Negating a leaf therefore
// adds `OR operand IS NULL`. Since no NOT is left and SQL's AND/OR are monotone, SQL's third
// value (NULL) only ever behaves as FALSE in the output.
//
// Date conventions (asOf = the snapshot date, a required 'YYYY-MM-DD'):
// - a row's date is the calendar day of its value ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS');
//   `= d` is d ≤ value < d + 1 day, `<= d` is value < d + 1 day, and so on;
// - in_last_days N: the last N days including asOf, i.e. the days in (asOf − N, asOf];
// - in_last_months N: from asOf minus N calendar months (day clamped to the month's
//   length: 2024-03-31 − 1 month = 2024-02-29) through asOf, both included;
// - before_days_ago N: days strictly before asOf − N (N = 0: before asOf).
// Later days than asOf never match the `in_last_*` operators.
//
// Text matching: `=` / `in` are exact (code point for code point). contains / starts_with / ends_with
// are case-insensitive for ASCII letters only: A–Z and a–z match each other, nothing else
// folds (É ≠ é, ß ≠ SS). This is SQLite's own LIKE / lower() behaviour, and the PostgreSQL
// dialect folds with translate() over A–Z so both engines and the JS oracle agree.
// `is_empty` is NULL, or '' for text and enum fields; for other types NULL only.
import type { FieldDef, FieldType } from '../catalog/types';
import { assertFilterStructure, operatorsFor, type ChangeDirection, type ConditionNode, type FilterNode, type FilterValue } from './ast';
import { addDays, addMonthsClamped, parseIsoDate, type CivilDate } from './calendar';
import type { LikeMatch } from './dialect';
import { QueryError } from './errors';

export type Operand =
  /** A column of the source table, or the text of one key of its JSON column. */
  | { readonly kind: 'column'; readonly column: string; readonly attributeKey?: string }
  /** cur − prev (up), prev − cur (down) or |cur − prev| (any); NULL when either is NULL. */
  | { readonly kind: 'change'; readonly column: string; readonly previous: string; readonly direction: ChangeDirection };

export type CoreValue =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'date'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean };

export type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type CoreNode =
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'and' | 'or'; readonly items: readonly CoreNode[] }
  /** IS NULL (negated: IS NOT NULL). */
  | { readonly kind: 'null'; readonly operand: Operand; readonly negated: boolean }
  /** FALSE for NULL. */
  | { readonly kind: 'compare'; readonly operand: Operand; readonly op: CompareOp; readonly value: CoreValue }
  /** IS DISTINCT FROM: TRUE for NULL. */
  | { readonly kind: 'distinct'; readonly operand: Operand; readonly value: CoreValue }
  /** IN / NOT IN over ≥ 2 distinct values of one type; FALSE for NULL either way. */
  | { readonly kind: 'in'; readonly operand: Operand; readonly values: readonly CoreValue[]; readonly negated: boolean }
  /** LIKE / NOT LIKE of the ASCII-folded operand against ASCII-folded `text`; FALSE for NULL. */
  | { readonly kind: 'like'; readonly operand: Operand; readonly text: string; readonly match: LikeMatch; readonly negated: boolean };

export interface LowerOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
}

/** Folds A–Z to a–z and leaves every other character alone (see the header). */
export function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

export function parseAsOf(asOf: string): CivilDate {
  const date = typeof asOf === 'string' ? parseIsoDate(asOf) : undefined;
  if (!date) throw new QueryError('INVALID_VALUE', { name: 'asOf', reason: 'date' }, `asOf is not a date: ${String(asOf)}`);
  return date;
}

export function lowerFilter(node: FilterNode, options: LowerOptions): CoreNode {
  assertFilterStructure(node);
  const asOf = parseAsOf(options.asOf);
  const lower = (current: FilterNode, negated: boolean): CoreNode => {
    switch (current.kind) {
      case 'group': {
        const items = current.children.map((child) => lower(child, negated));
        // De Morgan: NOT (a AND b) = NOT a OR NOT b.
        return (current.op === 'and') !== negated ? and(items) : or(items);
      }
      case 'not':
        return lower(current.child, !negated);
      case 'condition': {
        const positive = lowerCondition(current, options.resolveField, asOf);
        return negated ? complement(positive) : positive;
      }
    }
  };
  return lower(node, false);
}

// ---- conditions ----------------------------------------------------------------------------

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function invalid(field: FieldDef, name: string, reason: string): QueryError {
  return new QueryError('INVALID_VALUE', { field: field.id, name, reason }, `${field.id}.${name}: ${reason}`);
}

function typedValue(field: FieldDef, type: FieldType, value: FilterValue | undefined, name: string): CoreValue {
  switch (type) {
    case 'text':
    case 'enum':
      if (typeof value !== 'string') throw invalid(field, name, 'expected_text');
      return { type: 'text', value };
    case 'number': {
      const number = typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value.trim()) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) throw invalid(field, name, 'expected_number');
      return { type: 'number', value: number };
    }
    case 'date':
      if (typeof value !== 'string' || !parseIsoDate(value)) throw invalid(field, name, 'expected_date');
      return { type: 'date', value };
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(field, name, 'expected_boolean');
      return { type: 'boolean', value };
  }
}

function resolve(node: ConditionNode, resolveField: LowerOptions['resolveField']): FieldDef {
  const field = resolveField(node.field);
  if (!field) throw new QueryError('UNKNOWN_FIELD', { field: node.field }, `unknown field ${JSON.stringify(node.field)}`);
  if (!operatorsFor(field.type, { hasPreviousColumn: field.previousColumn !== undefined }).includes(node.op)) {
    throw new QueryError('OPERATOR_NOT_ALLOWED', { field: field.id, op: node.op, type: field.type });
  }
  if (field.attributeKey !== undefined && field.type !== 'text' && field.type !== 'enum') {
    // JSON attributes are read as text; comparing them as numbers or dates would differ per engine.
    throw new QueryError('UNSUPPORTED_FIELD', { field: field.id, type: field.type, reason: 'attribute_type' });
  }
  return field;
}

function lowerCondition(node: ConditionNode, resolveField: LowerOptions['resolveField'], asOf: CivilDate): CoreNode {
  const field = resolve(node, resolveField);
  const operand: Operand = field.attributeKey === undefined ? { kind: 'column', column: field.column } : { kind: 'column', column: field.column, attributeKey: field.attributeKey };
  const value = (name: 'value' | 'low' | 'high', raw: FilterValue | undefined) => typedValue(field, field.type, raw, name);
  const isText = field.type === 'text' || field.type === 'enum';

  switch (node.op) {
    case '=':
      return equals(operand, value('value', node.value));
    case '!=':
      return complement(equals(operand, value('value', node.value)));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordered(operand, node.op, value('value', node.value));
    case 'between': {
      const low = value('low', node.low);
      const high = value('high', node.high);
      if (isAfter(low, high)) {
        throw new QueryError('BETWEEN_REVERSED', { field: field.id, low: String(low.value), high: String(high.value) });
      }
      return and([ordered(operand, '>=', low), ordered(operand, '<=', high)]);
    }
    case 'in':
      return anyOf(
        operand,
        (node.values ?? []).map((v) => typedValue(field, field.type, v, 'values')),
      );
    case 'not_in':
      return complement(
        anyOf(
          operand,
          (node.values ?? []).map((v) => typedValue(field, field.type, v, 'values')),
        ),
      );
    case 'contains':
    case 'starts_with':
    case 'ends_with': {
      const text = value('value', node.value);
      if (text.type !== 'text') throw invalid(field, 'value', 'expected_text');
      const match: LikeMatch = node.op === 'contains' ? 'contains' : node.op === 'starts_with' ? 'prefix' : 'suffix';
      return { kind: 'like', operand, text: foldAsciiCase(text.value), match, negated: false };
    }
    case 'is_empty':
      return isEmpty(operand, isText);
    case 'not_empty':
      return complement(isEmpty(operand, isText));
    case 'in_last_days':
      return dateRange(operand, addDays(asOf, -(amount(node) - 1)), addDays(asOf, 1));
    case 'in_last_months':
      return dateRange(operand, addMonthsClamped(asOf, -amount(node)), addDays(asOf, 1));
    case 'before_days_ago': {
      const before = addDays(asOf, -amount(node));
      // Before the year 0001 there is nothing.
      return before === undefined ? FALSE : dateRange(operand, undefined, before);
    }
    case 'changed_by': {
      const minimum = typedValue(field, 'number', node.value, 'value');
      if (minimum.type !== 'number' || minimum.value < 0) throw invalid(field, 'value', 'negative_change');
      if (field.previousColumn === undefined) throw new QueryError('OPERATOR_NOT_ALLOWED', { field: field.id, op: node.op });
      const change: Operand = { kind: 'change', column: field.column, previous: field.previousColumn, direction: node.direction ?? 'any' };
      return { kind: 'compare', operand: change, op: '>=', value: minimum };
    }
  }
}

function isAfter(a: CoreValue, b: CoreValue): boolean {
  // Same type by construction; ISO dates order as text.
  return a.type === 'number' && b.type === 'number' ? a.value > b.value : String(a.value) > String(b.value);
}

function amount(node: ConditionNode): number {
  // assertFilterStructure has checked it is a whole number in range.
  return node.amount ?? 0;
}

function equals(operand: Operand, value: CoreValue): CoreNode {
  if (value.type === 'date') return dateRange(operand, value.value, nextDay(value.value));
  return { kind: 'compare', operand, op: '=', value };
}

/** Dates compare by calendar day, so every bound becomes "≥ day" or "< day". */
function ordered(operand: Operand, op: '<' | '<=' | '>' | '>=', value: CoreValue): CoreNode {
  if (value.type !== 'date') return { kind: 'compare', operand, op, value };
  switch (op) {
    case '<':
      return dateRange(operand, undefined, value.value);
    case '<=':
      return dateRange(operand, undefined, nextDay(value.value));
    case '>': {
      const next = nextDay(value.value);
      return next === undefined ? FALSE : dateRange(operand, next, undefined);
    }
    case '>=':
      return dateRange(operand, value.value, undefined);
  }
}

/** Day after an ISO date; undefined after 9999-12-31 (the range is then open above). */
function nextDay(iso: string): string | undefined {
  const date = parseIsoDate(iso);
  return date && addDays(date, 1);
}

/** from ≤ day < before; an undefined bound is open. Both open: any non-NULL date. */
function dateRange(operand: Operand, from: string | undefined, before: string | undefined): CoreNode {
  const items: CoreNode[] = [];
  if (from !== undefined) items.push({ kind: 'compare', operand, op: '>=', value: { type: 'date', value: from } });
  if (before !== undefined) items.push({ kind: 'compare', operand, op: '<', value: { type: 'date', value: before } });
  return items.length === 0 ? { kind: 'null', operand, negated: true } : and(items);
}

function anyOf(operand: Operand, values: readonly CoreValue[]): CoreNode {
  const unique = new Map<string, CoreValue>();
  for (const value of values) unique.set(`${value.type}:${String(value.value)}`, value);
  const list = [...unique.values()];
  if (list.length === 0) return FALSE; // in [] matches nothing; not_in [] (its complement) everything
  if (list.length === 1 && list[0]) return equals(operand, list[0]);
  return { kind: 'in', operand, values: list, negated: false };
}

function isEmpty(operand: Operand, isText: boolean): CoreNode {
  const isNull: CoreNode = { kind: 'null', operand, negated: false };
  return isText ? or([isNull, { kind: 'compare', operand, op: '=', value: { type: 'text', value: '' } }]) : isNull;
}

// ---- complement and simplification ------------------------------------------------------

const TRUE: CoreNode = { kind: 'const', value: true };
const FALSE: CoreNode = { kind: 'const', value: false };

const FLIPPED: Record<Exclude<CompareOp, '='>, CompareOp> = { '<>': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** The exact complement under two-valued semantics: TRUE where `node` is FALSE, NULLs included. */
export function complement(node: CoreNode): CoreNode {
  const isNull: (operand: Operand) => CoreNode = (operand) => ({ kind: 'null', operand, negated: false });
  switch (node.kind) {
    case 'const':
      return node.value ? FALSE : TRUE;
    case 'and':
      return or(node.items.map(complement));
    case 'or':
      return and(node.items.map(complement));
    case 'null':
      return { ...node, negated: !node.negated };
    case 'compare':
      if (node.op === '=') return { kind: 'distinct', operand: node.operand, value: node.value };
      return or([isNull(node.operand), { ...node, op: FLIPPED[node.op] }]);
    case 'distinct':
      return { kind: 'compare', operand: node.operand, op: '=', value: node.value };
    case 'in':
    case 'like':
      return or([isNull(node.operand), { ...node, negated: !node.negated }]);
  }
}

function operandKey(operand: Operand): string {
  return JSON.stringify(operand);
}

function nodeKey(node: CoreNode): string {
  return JSON.stringify(node);
}

/** Leaves that are FALSE when their operand is NULL, i.e. imply `operand IS NOT NULL`. */
function nullExcludedBy(node: CoreNode): string | undefined {
  if (node.kind === 'compare' || node.kind === 'in' || node.kind === 'like') return operandKey(node.operand);
  if (node.kind === 'null' && node.negated) return operandKey(node.operand);
  return undefined;
}

function isNullOf(node: CoreNode, negated: boolean): string | undefined {
  return node.kind === 'null' && node.negated === negated ? operandKey(node.operand) : undefined;
}

function flatten(kind: 'and' | 'or', items: readonly CoreNode[]): CoreNode[] {
  const seen = new Set<string>();
  const out: CoreNode[] = [];
  for (const item of items.flatMap((i) => (i.kind === kind ? i.items : [i]))) {
    const key = nodeKey(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/**
 * Conjunction, simplified with rules that hold for every row:
 * x IS NULL AND x IS NOT NULL = FALSE; with x known non-NULL, (x IS NULL OR p) = p and
 * x IS DISTINCT FROM v = x <> v; x IS NOT NULL next to a leaf that excludes NULL is redundant.
 */
export function and(input: readonly CoreNode[]): CoreNode {
  let items = flatten('and', input).filter((i) => !(i.kind === 'const' && i.value));
  if (items.some((i) => i.kind === 'const')) return FALSE;
  const nonNull = new Set(items.map(nullExcludedBy).filter((k) => k !== undefined));
  if (items.some((i) => nonNull.has(isNullOf(i, false) ?? ''))) return FALSE;
  items = items.map((item) => {
    if (item.kind === 'distinct' && nonNull.has(operandKey(item.operand))) {
      return { kind: 'compare', operand: item.operand, op: '<>', value: item.value };
    }
    if (item.kind === 'or') return or(item.items.filter((d) => !nonNull.has(isNullOf(d, false) ?? '')));
    return item;
  });
  const excluded = new Set(
    items
      .filter((i) => i.kind !== 'null')
      .map(nullExcludedBy)
      .filter((k) => k !== undefined),
  );
  items = flatten('and', items).filter((i) => !excluded.has(isNullOf(i, true) ?? ''));
  if (items.some((i) => i.kind === 'const' && !i.value)) return FALSE;
  items = items.filter((i) => i.kind !== 'const');
  if (items.length === 0) return TRUE;
  return items.length === 1 && items[0] ? items[0] : { kind: 'and', items };
}

/**
 * Disjunction, simplified with the dual rules: x IS NULL OR x IS NOT NULL = TRUE;
 * x IS NULL OR (x IS NOT NULL AND p) = x IS NULL OR p; x IS NULL next to
 * x IS DISTINCT FROM v (which includes NULL) is redundant.
 */
export function or(input: readonly CoreNode[]): CoreNode {
  let items = flatten('or', input).filter((i) => !(i.kind === 'const' && !i.value));
  if (items.some((i) => i.kind === 'const')) return TRUE;
  const nullable = new Set(items.map((i) => isNullOf(i, false)).filter((k) => k !== undefined));
  if (items.some((i) => nullable.has(isNullOf(i, true) ?? ''))) return TRUE;
  items = items.map((item) => (item.kind === 'and' ? and(item.items.filter((c) => !nullable.has(isNullOf(c, true) ?? ''))) : item));
  const distinct = new Set(items.flatMap((i) => (i.kind === 'distinct' ? [operandKey(i.operand)] : [])));
  items = flatten('or', items).filter((i) => !distinct.has(isNullOf(i, false) ?? ''));
  if (items.some((i) => i.kind === 'const' && i.value)) return TRUE;
  items = items.filter((i) => i.kind !== 'const');
  if (items.length === 0) return FALSE;
  return items.length === 1 && items[0] ? items[0] : { kind: 'or', items };
}
