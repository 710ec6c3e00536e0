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
//
// Saved segments (segment-ref.ts): a condition on a membership field is replaced by what the
// referenced segments are — a dynamic segment's own filter, lowered here in turn (so a segment
// means the same wherever it is used), or a `member` leaf for a static list. `in` / `=` is the
// OR of the segments, `not_in` / `!=` its complement.
import type { FieldDef, FieldType } from '../catalog/types';
import { assertFilterStructure, fieldOperators, type ConditionNode, type FilterNode, type FilterValue } from './ast';
import { addDays, addMonthsClamped, parseIsoDate, type CivilDate } from './calendar';
import type { LikeMatch } from './dialect';
import { QueryError } from './errors';

import { and, complement, FALSE, or, type CoreNode, type CoreValue, type Operand } from './core';
import { isExcludingMembership, MAX_EXPANDED_NODES, resolveSegmentRefs, type SegmentResolver } from './segment-ref';

export type { CompareOp, CoreNode, CoreValue, Operand } from './core';
export { and, complement, or } from './core';

export interface LowerOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
  /** Saved segments by reference; without it a membership condition is UNKNOWN_SEGMENT. */
  readonly resolveSegment?: SegmentResolver;
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
  return lowerWithin(node, options, [], { nodes: 0 });
}

/**
 * `trail`: ids of the saved segments whose filters enclose `node`, outermost first. `expanded`
 * counts nodes over all expansions: segments referring to segments multiply.
 */
function lowerWithin(node: FilterNode, options: LowerOptions, trail: readonly number[], expanded: { nodes: number }): CoreNode {
  assertFilterStructure(node);
  expanded.nodes += countNodes(node);
  if (expanded.nodes > MAX_EXPANDED_NODES) throw new QueryError('TOO_MANY_CONDITIONS', { max: MAX_EXPANDED_NODES, reason: 'segments' });
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
        const field = resolve(current, options.resolveField);
        const positive = field.membership ? lowerMembership(current, options, trail, expanded) : lowerCondition(current, field, asOf);
        return negated ? complement(positive) : positive;
      }
    }
  };
  return lower(node, false);
}

function countNodes(node: FilterNode): number {
  if (node.kind === 'group') return node.children.reduce((sum, child) => sum + countNodes(child), 1);
  return node.kind === 'not' ? 1 + countNodes(node.child) : 1;
}

function lowerMembership(node: ConditionNode, options: LowerOptions, trail: readonly number[], expanded: { nodes: number }): CoreNode {
  const segments = resolveSegmentRefs(node, options.resolveSegment, trail);
  const members = or(segments.map((s) => (s.kind === 'list' ? { kind: 'member', listId: s.id, negated: false } : lowerWithin(s.filter, options, [...trail, s.id], expanded))));
  return isExcludingMembership(node.op) ? complement(members) : members;
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
  if (!fieldOperators(field).includes(node.op)) {
    throw new QueryError('OPERATOR_NOT_ALLOWED', { field: field.id, op: node.op, type: field.type });
  }
  if (field.attributeKey !== undefined && field.type !== 'text' && field.type !== 'enum') {
    // JSON attributes are read as text; comparing them as numbers or dates would differ per engine.
    throw new QueryError('UNSUPPORTED_FIELD', { field: field.id, type: field.type, reason: 'attribute_type' });
  }
  return field;
}

function lowerCondition(node: ConditionNode, field: FieldDef, asOf: CivilDate): CoreNode {
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
      const change: Operand = { kind: 'change', column: field.column, previous: field.previousColumn, direction: node.direction ?? 'either' };
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

/** from ≤ day < before; an undefined bound is open. Both open: every non-NULL date. */
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
