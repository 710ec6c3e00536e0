// The zod schemas (what crosses IPC and what segments store) and the operator lists the UI offers.
import { describe, expect, it } from 'vitest';
import { FilterNodeSchema, MAX_GROUP_DEPTH, QuerySpecSchema, operatorsFor, type FilterNode } from '../../../shared/query/ast';
import * as api from '../../../shared/query/index';

const leaf: FilterNode = { kind: 'condition', field: 'name', op: 'is_empty' };
const nest = (levels: number): FilterNode => (levels === 0 ? leaf : { kind: 'group', op: 'or', children: [nest(levels - 1)] });

function issueOf(value: unknown): { message: string; params: Record<string, unknown> } | undefined {
  const result = FilterNodeSchema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return { message: issue?.message ?? '', params: (issue && 'params' in issue ? issue.params : undefined) ?? {} };
}

describe('FilterNodeSchema', () => {
  it('accepts every node kind and operator payload', () => {
    const node: FilterNode = {
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'not', child: { kind: 'condition', field: 'tier', op: 'in', values: ['a', 'b'] } },
        { kind: 'condition', field: 'spend', op: 'between', low: 1, high: '2' },
        { kind: 'condition', field: 'signup', op: 'in_last_months', amount: 3 },
        { kind: 'condition', field: 'spend', op: 'changed_by', value: 5, direction: 'down' },
        { kind: 'condition', field: 'active', op: '=', value: true },
      ],
    };
    expect(FilterNodeSchema.parse(node)).toEqual(node);
  });

  it(`allows ${MAX_GROUP_DEPTH} group levels (the root and 3 below it) and refuses more with TOO_DEEP`, () => {
    expect(MAX_GROUP_DEPTH).toBe(4);
    expect(issueOf(nest(4))).toBeUndefined();
    expect(issueOf(nest(5))?.params).toMatchObject({ queryErrorCode: 'TOO_DEEP', max: 4 });
  });

  it('reports the compiler codes for empty groups and NUL characters, with a clear message', () => {
    expect(issueOf({ kind: 'group', op: 'and', children: [] })?.params).toMatchObject({ queryErrorCode: 'EMPTY_GROUP' });
    const nul = issueOf({ kind: 'condition', field: 'name', op: '=', value: 'a\u0000' });
    expect(nul?.params).toMatchObject({ queryErrorCode: 'NUL_IN_VALUE', field: 'name' });
    expect(nul?.message).toMatch(/NUL character/);
  });

  it('refuses null values, unknown operators, unknown keys and non-finite numbers', () => {
    expect(issueOf({ kind: 'condition', field: 'name', op: '=', value: null })).toBeDefined();
    expect(issueOf({ kind: 'condition', field: 'name', op: 'matches_regex', value: 'a' })).toBeDefined();
    expect(issueOf({ kind: 'condition', field: 'name', op: '=', value: 'a', sql: '1=1' })).toBeDefined();
    expect(issueOf({ kind: 'condition', field: 'spend', op: '>', value: Number.NaN })).toBeDefined();
    expect(issueOf({ kind: 'condition', field: 'spend', op: '>', value: Number.POSITIVE_INFINITY })).toBeDefined();
  });
});

describe('QuerySpecSchema', () => {
  const base = { source: 'customer', measures: ['customers'], dimensions: [] };
  it('accepts a full spec', () => {
    const spec = { ...base, dimensions: [{ field: 'signup', grain: 'week' }], filter: leaf, sort: [{ key: 'customers', direction: 'desc' }], limit: 100_000 };
    expect(QuerySpecSchema.parse(spec)).toEqual(spec);
  });
  it.each([
    ['no measures', { ...base, measures: [] }],
    ['four dimensions', { ...base, dimensions: [{ field: 'a' }, { field: 'b' }, { field: 'c' }, { field: 'd' }] }],
    ['limit 0', { ...base, limit: 0 }],
    ['limit 100001', { ...base, limit: 100_001 }],
    ['an unknown source', { ...base, source: 'orders' }],
    ['an unknown grain', { ...base, dimensions: [{ field: 'signup', grain: 'day' }] }],
    ['an invalid filter', { ...base, filter: { kind: 'group', op: 'and', children: [] } }],
  ])('refuses %s', (_, spec) => {
    expect(QuerySpecSchema.safeParse(spec).success).toBe(false);
  });
});

describe('operatorsFor', () => {
  it('offers the operators of the product spec per type', () => {
    expect(operatorsFor('text')).toEqual(['=', '!=', 'in', 'not_in', 'contains', 'starts_with', 'ends_with', 'is_empty', 'not_empty']);
    expect(operatorsFor('enum')).toEqual(operatorsFor('text'));
    expect(operatorsFor('number')).toEqual(['=', '!=', '<', '<=', '>', '>=', 'between', 'in', 'not_in', 'is_empty', 'not_empty']);
    expect(operatorsFor('number', { hasPreviousColumn: true })).toEqual([...operatorsFor('number'), 'changed_by']);
    expect(operatorsFor('date')).toEqual(['=', '!=', '<', '<=', '>', '>=', 'between', 'is_empty', 'not_empty', 'in_last_days', 'in_last_months', 'before_days_ago']);
    expect(operatorsFor('boolean')).toEqual(['=', 'is_empty', 'not_empty']);
    // Saved-segment membership: in or out of segments, whatever the field's type.
    expect(operatorsFor('enum', { membership: true })).toEqual(['in', 'not_in', '=', '!=']);
  });
});

describe('public API', () => {
  it('exports the compiler, dialects, oracle and schemas from index', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'FILTER_OPERATORS',
        'FilterNodeSchema',
        'IDENTIFIER_PATTERN',
        'LIKE_ESCAPE',
        'MAX_DIMENSIONS',
        'MAX_EXPANDED_NODES',
        'MAX_SEGMENT_DEPTH',
        'MEMBER_KEY_COLUMN',
        'MEMBER_LIST_COLUMN',
        'MEMBER_TABLE',
        'directSegmentRefs',
        'fieldOperators',
        'isExcludingMembership',
        'resolveSegmentRefs',
        'MAX_FILTER_NODES',
        'MAX_GROUP_DEPTH',
        'MAX_IN_VALUES',
        'MAX_LIMIT',
        'MAX_NODE_DEPTH',
        'MAX_RELATIVE_DAYS',
        'MAX_RELATIVE_MONTHS',
        'MAX_TEXT_VALUE_LENGTH',
        'QUERY_ERROR_CODES',
        'QueryError',
        'QuerySpecSchema',
        'assertFilterStructure',
        'compareText',
        'compileFilter',
        'compileFilterFragment',
        'compileList',
        'compileQuery',
        'isQueryError',
        'matches',
        'operatorsFor',
        'postgresDialect',
        'renderSql',
        'sqliteDialect',
      ].sort(),
    );
  });
});
