// The rule editor's rows ↔ the stored condition: the defaults of PRODUCT.md §6 round-trip,
// OR / NOT are not flattened, only the payload an operator reads is saved, and what the service
// would refuse is caught as incomplete before saving.
import { describe, expect, it } from 'vitest';
import { FilterNodeSchema, type FilterNode } from '../../../shared/query/ast';
import { conditionFromRows, payloadKind, rowComplete, rowForField, rowsFromCondition, type ConditionRow } from '../../../renderer/features/warnings/condition-rows';

const lowHealthHighValue: FilterNode = {
  kind: 'group',
  op: 'and',
  children: [
    { kind: 'condition', field: 'health_score', op: '<', value: 40 },
    { kind: 'condition', field: 'value_tier', op: '=', value: 'high' },
  ],
};
const scoreDrop: FilterNode = { kind: 'condition', field: 'health_change', op: '<=', value: -15 };

const strip = (rows: readonly ConditionRow[]) => rows.map(({ key: _key, ...rest }) => rest);

describe('rowsFromCondition / conditionFromRows', () => {
  it.each([
    ['an AND of two tests (lowHealthHighValue)', lowHealthHighValue],
    ['one test (scoreDrop)', scoreDrop],
    ['changed_by with a direction', { kind: 'condition', field: 'churn_probability', op: 'changed_by', value: 0.2, direction: 'up' } satisfies FilterNode],
    ['between', { kind: 'condition', field: 'health_score', op: 'between', low: 20, high: 40 } satisfies FilterNode],
    ['in', { kind: 'condition', field: 'value_tier', op: 'in', values: ['high', 'medium'] } satisfies FilterNode],
  ])('round-trips %s', (_name, node) => {
    const rows = rowsFromCondition(node);
    expect(rows).not.toBeNull();
    const back = conditionFromRows(rows ?? []);
    expect(back).toEqual(node);
    expect(FilterNodeSchema.safeParse(back).success).toBe(true);
  });

  it('flattens nested ANDs into one list of rows', () => {
    const nested: FilterNode = { kind: 'group', op: 'and', children: [scoreDrop, lowHealthHighValue] };
    expect(strip(rowsFromCondition(nested) ?? [])).toEqual([
      { field: 'health_change', op: '<=', value: -15 },
      { field: 'health_score', op: '<', value: 40 },
      { field: 'value_tier', op: '=', value: 'high' },
    ]);
  });

  it('does not flatten OR or NOT (the editor keeps them as stored)', () => {
    expect(rowsFromCondition({ kind: 'group', op: 'or', children: [scoreDrop, lowHealthHighValue] })).toBeNull();
    expect(rowsFromCondition({ kind: 'not', child: scoreDrop })).toBeNull();
    expect(rowsFromCondition({ kind: 'group', op: 'and', children: [scoreDrop, { kind: 'not', child: scoreDrop }] })).toBeNull();
  });

  it('saves only the payload the operator reads, and changed_by always with a direction', () => {
    const row: ConditionRow = { key: 'k', field: 'health_score', op: 'is_empty', value: 40, values: [1], low: 1, high: 2 };
    expect(conditionFromRows([row])).toEqual({ kind: 'condition', field: 'health_score', op: 'is_empty' });
    expect(conditionFromRows([{ key: 'k', field: 'health_score', op: 'changed_by', value: 15 }])).toEqual({
      kind: 'condition',
      field: 'health_score',
      op: 'changed_by',
      value: 15,
      direction: 'either',
    });
  });
});

describe('rowComplete', () => {
  it.each([
    [{ field: 'health_score', op: '<', value: 50 }, true],
    [{ field: 'health_score', op: '<', value: 0 }, true],
    [{ field: 'health_score', op: '<' }, false],
    [{ field: '', op: '<', value: 50 }, false],
    [{ field: 'owner', op: '=', value: '  ' }, false],
    [{ field: 'value_tier', op: 'in', values: [] }, false],
    [{ field: 'value_tier', op: 'in', values: ['high'] }, true],
    [{ field: 'health_score', op: 'between', low: 10 }, false],
    [{ field: 'last_order_date', op: 'before_days_ago', amount: 0 }, false],
    [{ field: 'last_order_date', op: 'before_days_ago', amount: 60 }, true],
    [{ field: 'owner', op: 'is_empty' }, true],
  ] as const)('%j → %s', (row, complete) => {
    expect(rowComplete({ key: 'k', ...row })).toBe(complete);
  });
});

describe('rowForField', () => {
  it('starts a field on its first known operator', () => {
    expect(rowForField('health_score', ['<', '>']).op).toBe('<');
    expect(rowForField('x', ['nonsense', '>=']).op).toBe('>=');
    expect(payloadKind('in_last_days')).toBe('amount');
  });
});
