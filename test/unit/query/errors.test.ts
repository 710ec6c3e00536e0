// Every QueryError code, triggered on purpose, plus the near misses that must NOT throw.
import { describe, expect, it } from 'vitest';
import type { FieldDef, MeasureDef } from '../../../shared/catalog/types';
import { MAX_IN_VALUES, MAX_TEXT_VALUE_LENGTH, type FilterNode, type QuerySpec } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { compileQuery } from '../../../shared/query/compile-query';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { QUERY_ERROR_CODES, QueryError, type QueryErrorCode } from '../../../shared/query/errors';
import { FIELDS, MEASURES } from './catalog';

const EXTRA_FIELDS: FieldDef[] = [
  { id: 'attr_size', source: 'customer', group: 'attributes', labelKey: 'x', type: 'number', format: 'number', column: 'attrs', attributeKey: 'size' },
];
const EXTRA_MEASURES: MeasureDef[] = [
  { id: 'no_aggregate', source: 'customer', labelKey: 'x', format: 'count' },
  { id: 'sum_of_text', source: 'customer', labelKey: 'x', format: 'count', aggregate: 'sum', field: 'name' },
  { id: 'avg_no_field', source: 'customer', labelKey: 'x', format: 'count', aggregate: 'avg' },
  { id: 'loop_a', source: 'customer', labelKey: 'x', format: 'percent', ratio: { numerator: 'loop_b', denominator: 'customers' } },
  { id: 'loop_b', source: 'customer', labelKey: 'x', format: 'percent', ratio: { numerator: 'loop_a', denominator: 'customers' } },
  { id: 'ratio_with_aggregate', source: 'customer', labelKey: 'x', format: 'percent', aggregate: 'count', ratio: { numerator: 'customers', denominator: 'customers' } },
  { id: 'sum_of_other_source', source: 'customer', labelKey: 'x', format: 'count', aggregate: 'max', field: 'churned_month' },
  { id: 'sum_of_unknown', source: 'customer', labelKey: 'x', format: 'count', aggregate: 'sum', field: 'nope' },
];
const resolveField = (id: string) => [...FIELDS, ...EXTRA_FIELDS].find((f) => f.id === id);
const resolveMeasure = (id: string) => [...MEASURES, ...EXTRA_MEASURES].find((m) => m.id === id);

const AS_OF = '2024-03-31';
const filter =
  (node: FilterNode, asOf = AS_OF) =>
  () =>
    compileFilter(node, { resolveField, dialect: sqliteDialect, asOf });
const query =
  (spec: Partial<QuerySpec>, table = 'customer_mart') =>
  () =>
    compileQuery({ source: 'customer', measures: ['customers'], dimensions: [], ...spec }, { resolveField, resolveMeasure, dialect: sqliteDialect, asOf: AS_OF, table });
const cond = (field: string, op: string, extra: object = {}): FilterNode => ({ kind: 'condition', field, op, ...extra }) as FilterNode;
const group = (...children: FilterNode[]): FilterNode => ({ kind: 'group', op: 'and', children });
const nest = (depth: number): FilterNode => (depth === 1 ? group(cond('name', 'is_empty')) : group(nest(depth - 1)));

function codeOf(run: () => unknown): QueryErrorCode | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof QueryError) return error.code;
    throw error;
  }
}

const CASES: Record<QueryErrorCode, [string, () => unknown][]> = {
  UNKNOWN_FIELD: [
    ['filter on an unknown field', filter(cond('nope', 'is_empty'))],
    ['dimension on an unknown field', query({ dimensions: [{ field: 'nope' }] })],
    ['measure over an unknown field', query({ measures: ['sum_of_unknown'] })],
  ],
  OPERATOR_NOT_ALLOWED: [
    ['contains on a number', filter(cond('spend', 'contains', { value: '1' }))],
    ['< on text', filter(cond('name', '<', { value: 'a' }))],
    ['changed_by without a previous column', filter(cond('tenure', 'changed_by', { value: 1 }))],
    ['in on a date', filter(cond('signup', 'in', { values: ['2024-01-01'] }))],
    ['!= on a boolean', filter(cond('active', '!=', { value: true }))],
    ['an operator that does not exist', filter(cond('name', 'matches_regex', { value: 'a' }))],
  ],
  EMPTY_GROUP: [
    ['an empty root group', filter(group())],
    ['an empty nested group', filter(group(cond('name', 'is_empty'), { kind: 'not', child: group() }))],
    ['an empty query filter (through the spec schema)', query({ filter: { kind: 'group', op: 'or', children: [] } })],
  ],
  INVALID_VALUE: [
    ['text for a number', filter(cond('spend', '=', { value: 'abc' }))],
    ['blank text for a number', filter(cond('spend', '=', { value: ' ' }))],
    ['a boolean for a number', filter(cond('spend', '=', { value: true }))],
    ['a number for text', filter(cond('name', '=', { value: 5 }))],
    ['text for a boolean', filter(cond('active', '=', { value: 'true' }))],
    ['a day that does not exist', filter(cond('signup', '=', { value: '2023-02-29' }))],
    ['a date-time as a date value', filter(cond('signup', '<', { value: '2024-01-01 10:00:00' }))],
    ['a missing value', filter(cond('name', '='))],
    ['missing values for in', filter(cond('name', 'in'))],
    ['a missing between bound', filter(cond('spend', 'between', { low: 1 }))],
    ['amount 0 for in_last_days', filter(cond('signup', 'in_last_days', { amount: 0 }))],
    ['a fractional amount', filter(cond('signup', 'in_last_months', { amount: 1.5 }))],
    ['a negative before_days_ago', filter(cond('signup', 'before_days_ago', { amount: -1 }))],
    ['a negative changed_by', filter(cond('spend', 'changed_by', { value: -1 }))],
    ['an unknown direction', filter(cond('spend', 'changed_by', { value: 1, direction: 'sideways' }))],
    ['an infinite number', filter(cond('spend', '>', { value: Number.POSITIVE_INFINITY }))],
    ['a lone surrogate', filter(cond('name', '=', { value: 'a\uD83D' }))],
    ['an asOf that is not a date', filter(cond('name', 'is_empty'), '2024-13-01')],
  ],
  BETWEEN_REVERSED: [
    ['numbers', filter(cond('spend', 'between', { low: 10, high: '9' }))],
    ['dates', filter(cond('signup', 'between', { low: '2024-02-01', high: '2024-01-31' }))],
  ],
  NUL_IN_VALUE: [
    ['in a value', filter(cond('name', 'contains', { value: 'a\u0000b' }))],
    ['in a list', filter(cond('name', 'in', { values: ['ok', '\u0000'] }))],
    ['in a between bound', filter(cond('signup', 'between', { low: '2024-01-01', high: '2024-01-02\u0000' }))],
  ],
  VALUE_TOO_LONG: [['one unit over the limit', filter(cond('name', 'contains', { value: 'x'.repeat(MAX_TEXT_VALUE_LENGTH + 1) }))]],
  TOO_MANY_VALUES: [['one value over the limit', filter(cond('tenure', 'in', { values: Array.from({ length: MAX_IN_VALUES + 1 }, (_, i) => i) }))]],
  TOO_MANY_CONDITIONS: [['501 conditions', filter(group(...Array.from({ length: 501 }, () => cond('name', 'is_empty'))))]],
  TOO_DEEP: [
    ['five group levels', filter(nest(5))],
    ['a long NOT chain', filter(Array.from({ length: 12 }).reduce<FilterNode>((child) => ({ kind: 'not', child }), cond('name', 'is_empty')))],
  ],
  UNKNOWN_SEGMENT: [['a saved segment without a resolver', filter(cond('saved_segment', '=', { value: 1 }))]],
  SEGMENT_CYCLE: [
    [
      'a saved segment referring to itself',
      () =>
        compileFilter(cond('saved_segment', 'in', { values: [1] }), {
          resolveField,
          dialect: sqliteDialect,
          asOf: AS_OF,
          resolveSegment: () => ({ kind: 'filter', id: 1, filter: cond('saved_segment', '!=', { value: 1 }) }),
        }),
    ],
  ],
  INVALID_FILTER: [
    ['an unknown node kind', filter({ kind: 'xor', children: [] } as unknown as FilterNode)],
    ['an unknown group op', filter({ kind: 'group', op: 'xor', children: [cond('name', 'is_empty')] } as unknown as FilterNode)],
    ['null', filter(null as unknown as FilterNode)],
  ],
  UNKNOWN_MEASURE: [['an unknown measure', query({ measures: ['nope'] })]],
  INVALID_MEASURE: [
    ['no aggregate and no ratio', query({ measures: ['no_aggregate'] })],
    ['sum of text', query({ measures: ['sum_of_text'] })],
    ['avg without a field', query({ measures: ['avg_no_field'] })],
    ['a ratio cycle', query({ measures: ['loop_a'] })],
    ['a ratio with an aggregate', query({ measures: ['ratio_with_aggregate'] })],
  ],
  SOURCE_MISMATCH: [
    ['a measure of another source', query({ measures: ['churned'] })],
    ['a dimension of another source', query({ dimensions: [{ field: 'churned_month' }] })],
    ['a filter field of another source', query({ filter: cond('churned_month', 'is_empty') })],
    ['a measure over a field of another source', query({ measures: ['sum_of_other_source'] })],
  ],
  INVALID_IDENTIFIER: [
    ['a table name with a space', query({}, 'customer mart')],
    ['a quoted table name', query({}, 'x"; DROP TABLE t; --')],
  ],
  UNSUPPORTED_FIELD: [['an attribute typed number', filter(cond('attr_size', '>', { value: 1 }))]],
  INVALID_GRAIN: [['a grain on an enum', query({ dimensions: [{ field: 'tier', grain: 'month' }] })]],
  UNKNOWN_SORT_KEY: [['a field that is not a dimension', query({ sort: [{ key: 'spend', direction: 'asc' }] })]],
  INVALID_QUERY: [
    ['no measures', query({ measures: [] })],
    ['four dimensions', query({ dimensions: [{ field: 'tier' }, { field: 'name' }, { field: 'signup' }, { field: 'active' }] })],
    ['limit 0', query({ limit: 0 })],
    ['limit above 100000', query({ limit: 100_001 })],
    ['a fractional limit', query({ limit: 2.5 })],
    [
      'the same dimension twice',
      query({
        dimensions: [
          { field: 'signup', grain: 'month' },
          { field: 'signup', grain: 'year' },
        ],
      }),
    ],
    [
      'the same sort key twice',
      query({
        dimensions: [{ field: 'tier' }],
        sort: [
          { key: 'tier', direction: 'asc' },
          { key: 'tier', direction: 'desc' },
        ],
      }),
    ],
    ['an unknown source', query({ source: 'orders' as QuerySpec['source'] })],
  ],
};

describe('QueryError codes', () => {
  it('has at least one case for every code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...QUERY_ERROR_CODES].sort());
  });

  for (const [code, cases] of Object.entries(CASES)) {
    it.each(cases)(`${code}: %s`, (_, run) => {
      expect(codeOf(run)).toBe(code);
    });
  }

  it('carries params for the UI and an English message for logs', () => {
    try {
      filter(cond('spend', 'contains', { value: '1' }))();
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      expect(error).toMatchObject({ code: 'OPERATOR_NOT_ALLOWED', params: { field: 'spend', op: 'contains', type: 'number' } });
      expect((error as QueryError).message).toContain('OPERATOR_NOT_ALLOWED');
    }
    expect(codeOf(filter(cond('name', 'contains', { value: 'a\u0000' })))).toBe('NUL_IN_VALUE');
    expect(() => filter(cond('name', 'contains', { value: 'a\u0000' }))()).toThrow(/NUL character/);
  });
});

describe('near misses compile', () => {
  it.each<[string, () => unknown]>([
    ['a value of exactly the maximum length', filter(cond('name', 'contains', { value: 'x'.repeat(MAX_TEXT_VALUE_LENGTH) }))],
    ['exactly the maximum list', filter(cond('tenure', 'in', { values: Array.from({ length: MAX_IN_VALUES }, (_, i) => i) }))],
    ['four group levels (root + 3)', filter(nest(4))],
    ['NOT does not count as a group level', filter(group(group(group({ kind: 'not', child: group(cond('name', 'is_empty')) }))))],
    ['between with equal bounds', filter(cond('spend', 'between', { low: 10, high: 10 }))],
    ['between compares numbers, not their text', filter(cond('spend', 'between', { low: 9, high: '10' }))],
    ['numeric text with spaces for a number', filter(cond('spend', '=', { value: ' 2.5 ' }))],
    ['the leap day', filter(cond('signup', '=', { value: '2024-02-29' }))],
    ['changed_by 0', filter(cond('spend', 'changed_by', { value: 0 }))],
    ['before_days_ago 0', filter(cond('signup', 'before_days_ago', { amount: 0 }))],
    ['limit 100000', query({ limit: 100_000 })],
    ['three dimensions', query({ dimensions: [{ field: 'tier' }, { field: 'name' }, { field: 'signup', grain: 'week' }] })],
    ['an enum value outside the catalog list (data may hold it)', filter(cond('tier', '=', { value: 'legacy' }))],
  ])('%s', (_, run) => {
    expect(codeOf(run)).toBe('no error');
  });
});
