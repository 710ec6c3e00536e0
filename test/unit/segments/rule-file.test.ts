// The CLI's rule file: the example verbatim, every operator's value shape, every error
// with the place it names, the one-line messages, and the round trip AST → rule file → AST over
// the query tests' random filters (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import type { FilterNode } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { QueryError } from '../../../shared/query/errors';
import { parseRuleFile, parseRuleFileText, RULE_FILE_ERROR_CODES, RuleFileError, ruleFileErrorLine, ruleFileErrorMessage, toRuleFile } from '../../../shared/segments/rule-file';
import { FC_PARAMS, filter } from '../query/arbitraries';
import { segmentFilter } from '../query/segment-arbitraries';

const EXAMPLE =
  '{"op":"and","rules":[{"field":"region","op":"in","value":["华东","华南"]},{"op":"or","rules":[{"field":"health_score","op":"<","value":40},{"field":"churn_probability","op":">=","value":0.5}]}]}';

function errorOf(json: unknown): RuleFileError | QueryError {
  try {
    parseRuleFile(json);
  } catch (error) {
    if (error instanceof RuleFileError || error instanceof QueryError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

/** What parseRuleFile(toRuleFile(x)) gives: payload the operator ignores dropped, changed_by's text a number. */
function normalise(node: FilterNode): FilterNode {
  switch (node.kind) {
    case 'group':
      return { ...node, children: node.children.map(normalise) };
    case 'not':
      return { kind: 'not', child: normalise(node.child) };
    case 'condition':
      return parseRuleFile(toRuleFile(node));
  }
}

describe('the issue example', () => {
  it('parses to the filter AST and compiles against the catalog', () => {
    const node = parseRuleFileText(EXAMPLE);
    expect(node).toEqual({
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华南'] },
        {
          kind: 'group',
          op: 'or',
          children: [
            { kind: 'condition', field: 'health_score', op: '<', value: 40 },
            { kind: 'condition', field: 'churn_probability', op: '>=', value: 0.5 },
          ],
        },
      ],
    });
    const compiled = compileFilter(node, { resolveField: (id) => baseCatalog.field('customer', id), dialect: sqliteDialect, asOf: '2024-06-30' });
    expect(compiled).toEqual({ sql: '("region" IN (?, ?) AND ("health_score" < ? OR "churn_probability" >= ?))', params: ['华东', '华南', 40, 0.5] });
    expect(JSON.stringify(toRuleFile(node))).toBe(EXAMPLE);
  });
});

describe('value shapes by operator', () => {
  it.each<[string, object, FilterNode]>([
    ['between', { field: 'x', op: 'between', value: [1, '2'] }, { kind: 'condition', field: 'x', op: 'between', low: 1, high: '2' }],
    ['in_last_days', { field: 'd', op: 'in_last_days', value: 30 }, { kind: 'condition', field: 'd', op: 'in_last_days', amount: 30 }],
    ['before_days_ago 0', { field: 'd', op: 'before_days_ago', value: 0 }, { kind: 'condition', field: 'd', op: 'before_days_ago', amount: 0 }],
    [
      'changed_by with a direction',
      { field: 'h', op: 'changed_by', value: 15, direction: 'down' },
      { kind: 'condition', field: 'h', op: 'changed_by', value: 15, direction: 'down' },
    ],
    ['is_empty', { field: 'x', op: 'is_empty' }, { kind: 'condition', field: 'x', op: 'is_empty' }],
    ['a boolean', { field: 'x', op: '=', value: false }, { kind: 'condition', field: 'x', op: '=', value: false }],
    ['not_in nothing', { field: 'x', op: 'not_in', value: [] }, { kind: 'condition', field: 'x', op: 'not_in', values: [] }],
    ['a saved segment by id and name', { field: 'saved_segment', op: 'in', value: [3, 'VIP'] }, { kind: 'condition', field: 'saved_segment', op: 'in', values: [3, 'VIP'] }],
    [
      'NOT on a one-rule group is NOT of the rule',
      { op: 'and', not: true, rules: [{ field: 'x', op: 'is_empty' }] },
      { kind: 'not', child: { kind: 'condition', field: 'x', op: 'is_empty' } },
    ],
    [
      'NOT on a larger group',
      { op: 'or', not: true, rules: [{ field: 'x', op: 'is_empty' }] },
      { kind: 'not', child: { kind: 'group', op: 'or', children: [{ kind: 'condition', field: 'x', op: 'is_empty' }] } },
    ],
    [
      '"not": false is no NOT',
      { op: 'or', not: false, rules: [{ field: 'x', op: 'is_empty' }] },
      { kind: 'group', op: 'or', children: [{ kind: 'condition', field: 'x', op: 'is_empty' }] },
    ],
  ])('%s', (_, json, node) => {
    expect(parseRuleFile(json)).toEqual(node);
  });
});

const deep = (levels: number): unknown => (levels === 0 ? { field: 'x', op: 'is_empty' } : { op: 'and', not: true, rules: [deep(levels - 1)] });

describe('errors name the problem and where it is', () => {
  it.each<[string, unknown, string, string, Record<string, unknown>]>([
    ['not an object', [], 'NOT_AN_OBJECT', '', {}],
    ['a rule that is a string', { op: 'and', rules: ['x'] }, 'NOT_AN_OBJECT', 'rules[0]', {}],
    ['neither group nor condition', { op: 'and' }, 'NOT_A_RULE', '', {}],
    ['an unknown condition operator', { op: 'and', rules: [{ op: 'or', rules: [{ field: 'a', op: 'like', value: 'x' }] }] }, 'UNKNOWN_OP', 'rules[0].rules[0].op', { op: 'like' }],
    ['an unknown group operator', { op: 'xor', rules: [{ field: 'a', op: 'is_empty' }] }, 'UNKNOWN_OP', 'op', { op: 'xor' }],
    ['a missing group op', { rules: [{ field: 'a', op: 'is_empty' }] }, 'MISSING_KEY', '', { key: 'op' }],
    ['a missing value', { field: 'a', op: '=' }, 'MISSING_KEY', '', { key: 'value' }],
    ['an extra key', { op: 'and', rules: [{ field: 'a', op: '=', value: 1, values: [1] }] }, 'UNKNOWN_KEY', 'rules[0]', { key: 'values' }],
    ['a value on is_empty', { field: 'a', op: 'is_empty', value: 1 }, 'UNKNOWN_KEY', '', { key: 'value' }],
    ['a direction outside changed_by', { field: 'a', op: '>', value: 1, direction: 'up' }, 'UNKNOWN_KEY', '', { key: 'direction' }],
    ['the AST spelling', { kind: 'group', op: 'and', children: [] }, 'NOT_A_RULE', '', {}],
    ['a field that is not text', { field: 3, op: '=', value: 1 }, 'INVALID_FIELD', 'field', {}],
    ['a not that is not a boolean', { op: 'and', not: 'yes', rules: [{ field: 'a', op: 'is_empty' }] }, 'INVALID_NOT', 'not', {}],
    ['in with a scalar', { field: 'a', op: 'in', value: 'x' }, 'WRONG_VALUE_TYPE', 'value', { op: 'in', expected: 'list' }],
    ['in with a null inside', { field: 'a', op: 'in', value: ['x', null] }, 'WRONG_VALUE_TYPE', 'value', { op: 'in', expected: 'list' }],
    ['between with three values', { field: 'a', op: 'between', value: [1, 2, 3] }, 'WRONG_VALUE_TYPE', 'value', { op: 'between', expected: 'pair' }],
    ['in_last_days with a fraction', { field: 'a', op: 'in_last_days', value: 1.5 }, 'WRONG_VALUE_TYPE', 'value', { op: 'in_last_days', expected: 'wholeNumber' }],
    ['changed_by with text', { field: 'a', op: 'changed_by', value: '5' }, 'WRONG_VALUE_TYPE', 'value', { op: 'changed_by', expected: 'number' }],
    ['a bad direction', { field: 'a', op: 'changed_by', value: 5, direction: 'sideways' }, 'WRONG_VALUE_TYPE', 'direction', { op: 'changed_by', expected: 'direction' }],
    ['= with an array', { field: 'a', op: '=', value: [1] }, 'WRONG_VALUE_TYPE', 'value', { op: '=', expected: 'scalar' }],
    ['= with null', { field: 'a', op: '=', value: null }, 'WRONG_VALUE_TYPE', 'value', { op: '=', expected: 'scalar' }],
    [
      'an empty group',
      {
        op: 'and',
        rules: [
          { field: 'a', op: 'is_empty' },
          { op: 'or', rules: [] },
        ],
      },
      'EMPTY_GROUP',
      'rules[1]',
      {},
    ],
    ['nesting beyond any filter', deep(20), 'TOO_DEEP', 'rules[0]'.repeat(12).replace(/\]r/g, '].r'), { max: 12 }],
    ['too many rules', { op: 'or', rules: Array.from({ length: 600 }, () => ({ field: 'a', op: 'is_empty' })) }, 'TOO_MANY_RULES', 'rules[499]', { max: 500 }],
  ])('%s', (_, json, code, path, params) => {
    const error = errorOf(json);
    expect(error).toBeInstanceOf(RuleFileError);
    expect(error).toMatchObject({ code, path, params });
  });

  it('then applies the filter rules: four group levels at most, valid amounts, no NUL', () => {
    const nest = (levels: number): unknown => (levels === 0 ? { field: 'a', op: 'is_empty' } : { op: 'and', rules: [nest(levels - 1)] });
    expect(() => parseRuleFile(nest(4))).not.toThrow();
    expect(errorOf(nest(5))).toMatchObject({ name: 'QueryError', code: 'TOO_DEEP' });
    expect(errorOf({ field: 'a', op: 'in_last_days', value: 0 })).toMatchObject({ name: 'QueryError', code: 'INVALID_VALUE' });
    expect(errorOf({ field: 'a', op: '=', value: 'a\u0000' })).toMatchObject({ name: 'QueryError', code: 'NUL_IN_VALUE' });
  });

  it('reports malformed JSON', () => {
    expect(() => parseRuleFileText('{"op":')).toThrow(expect.objectContaining({ code: 'INVALID_JSON' }) as RuleFileError);
  });
});

describe('one-line messages', () => {
  it('word every code in both languages, naming the operator, key or place', () => {
    expect(ruleFileErrorMessage(errorOf({ op: 'and', rules: [{ field: 'a', op: 'like', value: 1 }] }))).toBe('rules[0].op: unknown operator "like"');
    expect(ruleFileErrorMessage(errorOf({ op: 'or', rules: [] }), 'zh-CN')).toBe('顶层：条件组为空，请至少添加一条规则');
    expect(ruleFileErrorMessage(errorOf({ field: 'a', op: 'in', value: 1 }))).toBe('value: operator "in" needs an array of values, e.g. ["East","South"]');
    for (const code of RULE_FILE_ERROR_CODES) {
      const error = new RuleFileError(code, 'rules[0]', { op: 'x', key: 'k', max: 1, detail: 'd', expected: 'number' });
      const [en, zh] = [ruleFileErrorMessage(error, 'en'), ruleFileErrorMessage(error, 'zh-CN')];
      for (const message of [en, zh]) {
        expect(message, code).not.toMatch(/\{\{|\n/);
        expect(message, code).toContain(code === 'INVALID_JSON' ? 'JSON' : 'rules[0]');
      }
      expect(zh, code).not.toBe(en);
    }
  });

  it('name what a compiler label leaves out, on one line even for a hostile field name', () => {
    const opError = new QueryError('OPERATOR_NOT_ALLOWED', { field: 'spend', op: 'contains', type: 'number' });
    expect(ruleFileErrorMessage(opError)).toBe('The field “spend” does not support this operator [OPERATOR_NOT_ALLOWED field="spend" op="contains" type="number"]');
    const hostile = ruleFileErrorLine(new QueryError('UNKNOWN_FIELD', { field: 'a\nb' }), 'zh-CN');
    expect(hostile).toBe('未知字段：a\\u000ab [UNKNOWN_FIELD field="a\\nb"]');
    expect(ruleFileErrorLine(new Error('bug'))).toBeNull();
  });
});

describe('toRuleFile is the inverse of parseRuleFile', () => {
  it.each([
    ['random filters', filter],
    ['filters referring to saved segments', segmentFilter],
  ])('%s survive AST → rule file → JSON → AST', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (node) => {
        const json = JSON.parse(JSON.stringify(toRuleFile(node))) as unknown;
        expect(parseRuleFile(json)).toEqual(normalise(node));
      }),
      FC_PARAMS,
    );
  });

  it('normalises only what the header says', () => {
    const stray: FilterNode = { kind: 'condition', field: 'x', op: 'is_empty', value: 'kept by the UI' };
    expect(parseRuleFile(toRuleFile(stray))).toEqual({ kind: 'condition', field: 'x', op: 'is_empty' });
    const text: FilterNode = { kind: 'condition', field: 'x', op: 'changed_by', value: ' 3 ' };
    expect(parseRuleFile(toRuleFile(text))).toEqual({ kind: 'condition', field: 'x', op: 'changed_by', value: 3 });
    const notOfOne: FilterNode = { kind: 'not', child: { kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'x', op: 'is_empty' }] } };
    expect(parseRuleFile(toRuleFile(notOfOne))).toEqual(notOfOne);
  });
});
