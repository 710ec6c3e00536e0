// Saved segments in the filter AST: golden SQL of lists and dynamic segments in both dialects,
// and every way a reference fails (unknown, cycle, too deep, too large), in the compiler and in
// the JS oracle alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import type { FilterNode, FilterValue } from '../../../shared/query/ast';
import { operatorsFor, fieldOperators } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { compileQuery } from '../../../shared/query/compile-query';
import type { Dialect } from '../../../shared/query/dialect';
import { postgresDialect } from '../../../shared/query/dialect-postgres';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { QueryError } from '../../../shared/query/errors';
import { matches } from '../../../shared/query/evaluate';
import { directSegmentRefs, MAX_SEGMENT_DEPTH } from '../../../shared/query/segment-ref';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import { FC_PARAMS } from './arbitraries';
import { resolveField, resolveMeasure } from './catalog';
import { segmentResolver, type TestSegment } from './segments';

const AS_OF = '2024-03-31';
const c = (field: string, op: string, extra: object = {}): FilterNode => ({ kind: 'condition', field, op, ...extra }) as FilterNode;
const ref = (op: '=' | '!=', value: FilterValue): FilterNode => c('saved_segment', op, { value });
const refs = (op: 'in' | 'not_in', ...values: FilterValue[]): FilterNode => c('saved_segment', op, { values });
const not = (child: FilterNode): FilterNode => ({ kind: 'not', child });
const and = (...children: FilterNode[]): FilterNode => ({ kind: 'group', op: 'and', children });

/** 1: a list; 2: a segment of list 1; 3: spend > 1; 5 refers to itself; 6 ↔ 7; 10 → 11 → … → 16 a chain. */
const SAVED: TestSegment[] = [
  { id: 1, kind: 'list', members: ['c1'] },
  { id: 2, kind: 'filter', filter: refs('in', 1) },
  { id: 3, kind: 'filter', filter: c('spend', '>', { value: 1 }) },
  { id: 5, kind: 'filter', filter: and(c('name', 'is_empty'), ref('=', 5)) },
  { id: 6, kind: 'filter', filter: ref('!=', 7) },
  { id: 7, kind: 'filter', filter: refs('in', 3, 6) },
  ...Array.from({ length: 7 }, (_, i): TestSegment => ({ id: 10 + i, kind: 'filter', filter: i === 6 ? c('name', 'is_empty') : ref('=', 11 + i) })),
];
const resolveSegment = segmentResolver(SAVED);

const LIST_SQL = (p: string) => `"customer_id" IN (SELECT "customer_id" FROM "segment_list_members" WHERE "segment_id" = ${p})`;
const GOLDEN: [string, FilterNode, [string, unknown[]], [string, unknown[]]][] = [
  ['a list', refs('in', 1), [LIST_SQL('?'), [1]], [LIST_SQL('$1'), [1]]],
  ['outside a list', ref('!=', 1), [LIST_SQL('?').replace(' IN ', ' NOT IN '), [1]], [LIST_SQL('$1').replace(' IN ', ' NOT IN '), [1]]],
  ['NOT a list is NOT IN (the key is never NULL)', not(refs('in', 1)), [LIST_SQL('?').replace(' IN ', ' NOT IN '), [1]], [LIST_SQL('$1').replace(' IN ', ' NOT IN '), [1]]],
  ['a dynamic segment is its filter', ref('=', '3'), ['"spend" > ?', [1]], ['"spend" > $1', [1]]],
  ['outside a dynamic segment, NULL included', refs('not_in', 'S3'), ['("spend" IS NULL OR "spend" <= ?)', [1]], ['("spend" IS NULL OR "spend" <= $1)', [1]]],
  ['a segment of a segment of a list', ref('=', 2), [LIST_SQL('?'), [1]], [LIST_SQL('$1'), [1]]],
  ['several segments, duplicates dropped', refs('in', 3, 1, '3', 'S1'), [`("spend" > ? OR ${LIST_SQL('?')})`, [1, 1]], [`("spend" > $1 OR ${LIST_SQL('$2')})`, [1, 1]]],
  [
    'next to an ordinary condition',
    and(c('name', '=', { value: 'x' }), refs('not_in', 1, 3)),
    [`("name" = ? AND ${LIST_SQL('?').replace(' IN ', ' NOT IN ')} AND ("spend" IS NULL OR "spend" <= ?))`, ['x', 1, 1]],
    [`("name" = $1 AND ${LIST_SQL('$2').replace(' IN ', ' NOT IN ')} AND ("spend" IS NULL OR "spend" <= $3))`, ['x', 1, 1]],
  ],
  ['in no segment matches nothing', refs('in'), ['FALSE', []], ['FALSE', []]],
  ['outside no segment matches everything', refs('not_in'), ['TRUE', []], ['TRUE', []]],
];

describe.each([
  ['sqlite', sqliteDialect, 2],
  ['postgres', postgresDialect, 3],
] as const)('golden SQL of saved segments: %s', (_, dialect: Dialect, column) => {
  it.each(GOLDEN)('%s', (...args) => {
    const [sql, params] = args[column];
    expect(compileFilter(args[1], { resolveField, dialect, asOf: AS_OF, resolveSegment })).toEqual({ sql, params });
  });

  it('qualifies the customer key with the alias, not the list table', () => {
    const compiled = compileFilter(refs('in', 1), { resolveField, dialect, asOf: AS_OF, resolveSegment, alias: 'c' });
    expect(compiled.sql).toBe(`"c".${LIST_SQL(dialect.placeholder(1))}`);
  });
});

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof QueryError) return error.code;
    throw error;
  }
}

const compile =
  (node: FilterNode, resolver = resolveSegment) =>
  () =>
    compileFilter(node, { resolveField, dialect: sqliteDialect, asOf: AS_OF, resolveSegment: resolver });
const oracle =
  (node: FilterNode, resolver = resolveSegment) =>
  () =>
    matches(node, { customer_id: 'c1', name: null, spend: 2 }, { resolveField, asOf: AS_OF, resolveSegment: resolver, isListMember: () => true });

describe('references that cannot be expanded', () => {
  it.each<[string, FilterNode, string, Record<string, unknown>]>([
    ['an unknown id', ref('=', 99), 'UNKNOWN_SEGMENT', { segment: '99' }],
    ['an unknown name, inside a list of good ones', refs('in', 1, 'S99'), 'UNKNOWN_SEGMENT', { segment: 'S99' }],
    ['a boolean', ref('=', true), 'UNKNOWN_SEGMENT', { segment: 'true' }],
    ['a segment referring to itself', ref('=', 5), 'SEGMENT_CYCLE', { segment: 5 }],
    ['two segments referring to each other', refs('not_in', 6), 'SEGMENT_CYCLE', { segment: 6 }],
    ['references six levels deep', ref('=', 11), 'TOO_DEEP', { max: MAX_SEGMENT_DEPTH, reason: 'segments' }],
    ['an operator membership does not have', c('saved_segment', 'contains', { value: '1' }), 'OPERATOR_NOT_ALLOWED', { field: 'saved_segment' }],
  ])('%s: the compiler and the oracle refuse it alike', (_, node, code, params) => {
    expect(codeOf(compile(node))).toBe(code);
    expect(codeOf(oracle(node))).toBe(code);
    expect(compile(node)).toThrow(expect.objectContaining({ params: expect.objectContaining(params) as object }) as QueryError);
  });

  it('refuses every other reference before it reaches SQL, whatever it holds', () => {
    const hostile = fc.oneof(fc.string(), fc.constantFrom('1; DROP TABLE segments', "1' OR '1'='1", ' 1', '1.0', '-1', '0x1', 'S1 '), fc.double(), fc.boolean());
    fc.assert(
      fc.property(hostile, (value) => {
        fc.pre(resolveSegment(value) === undefined);
        // Structural refusals (NUL, non-finite numbers) come first, as for every condition.
        expect(['UNKNOWN_SEGMENT', 'NUL_IN_VALUE', 'INVALID_VALUE']).toContain(codeOf(compile(refs('in', 1, value))));
        expect(['UNKNOWN_SEGMENT', 'NUL_IN_VALUE', 'INVALID_VALUE']).toContain(codeOf(compile(ref('!=', value))));
      }),
      FC_PARAMS,
    );
  });

  it('refuses every reference when no resolver is given', () => {
    expect(codeOf(() => compileFilter(refs('in', 1), { resolveField, dialect: sqliteDialect, asOf: AS_OF }))).toBe('UNKNOWN_SEGMENT');
    expect(codeOf(() => matches(refs('in', 1), { customer_id: 'c1' }, { resolveField, asOf: AS_OF }))).toBe('UNKNOWN_SEGMENT');
  });

  it(`accepts exactly ${MAX_SEGMENT_DEPTH} levels`, () => {
    // 12 → 13 → 14 → 15 → 16: five segments deep.
    expect(codeOf(compile(ref('=', 12)))).toBe('no error');
    expect(compile(ref('=', 12))().sql).toBe('("name" IS NULL OR "name" = ?)');
    expect(codeOf(oracle(ref('=', 12)))).toBe('no error');
  });

  it('refuses a filter whose expansion is too large, however small it looks', () => {
    const big: FilterNode = { kind: 'group', op: 'or', children: Array.from({ length: 400 }, (_, i) => c('spend', '=', { value: i })) };
    const wide: FilterNode = { kind: 'group', op: 'or', children: Array.from({ length: 30 }, (_, i) => (i % 2 ? ref('=', 20) : ref('!=', 20))) };
    const resolver = segmentResolver([...SAVED, { id: 20, kind: 'filter', filter: big }]);
    expect(codeOf(compile(ref('=', 20), resolver))).toBe('no error');
    expect(codeOf(compile(wide, resolver))).toBe('TOO_MANY_CONDITIONS');
  });

  it('does not let a segment be a dimension or a measure field', () => {
    const run = () =>
      compileQuery(
        { source: 'customer', measures: ['customers'], dimensions: [{ field: 'saved_segment' }] },
        { resolveField, resolveMeasure, dialect: sqliteDialect, asOf: AS_OF, table: 'customer_mart', resolveSegment },
      );
    expect(codeOf(run)).toBe('UNSUPPORTED_FIELD');
  });

  it('filters a query through the resolver', () => {
    const compiled = compileQuery(
      { source: 'customer', measures: ['customers'], dimensions: [], filter: refs('in', 1) },
      { resolveField, resolveMeasure, dialect: sqliteDialect, asOf: AS_OF, table: 'customer_mart', resolveSegment },
    );
    expect(compiled.sql).toBe(`SELECT count(*) AS "customers" FROM "customer_mart" WHERE ${LIST_SQL('?')}`);
    expect(compiled.params).toEqual([1]);
  });
});

describe('direct references', () => {
  it('lists the references a filter makes itself, as written, under NOT and in groups', () => {
    const node = and(c('name', '=', { value: '3' }), not(refs('not_in', 2, 'S7')), ref('=', '5'));
    expect(directSegmentRefs(node, resolveField)).toEqual([2, 'S7', '5']);
    expect(directSegmentRefs(c('spend', 'in', { values: [1] }), resolveField)).toEqual([]);
  });
});

describe('the catalog field', () => {
  it('is the customer key, flagged as membership, with the membership operators', () => {
    const field = baseCatalog.field('customer', SAVED_SEGMENT_FIELD);
    expect(field).toMatchObject({ group: 'segments', type: 'enum', format: 'code', column: 'customer_id', membership: true });
    expect(field && fieldOperators(field)).toEqual(operatorsFor('enum', { membership: true }));
    expect(fieldOperators({ type: 'enum' })).toContain('contains');
  });
});
