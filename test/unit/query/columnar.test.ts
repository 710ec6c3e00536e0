// Differential fuzzing of the columnar evaluator (shared/query/columnar.ts): random filters over
// random rows, evaluated over typed-array columns, must select exactly the rows SQLite selects
// with the compiled SQL (and the JS oracle), saved segments included; topRows must order like
// ORDER BY … , rowid.
// QUERY_FUZZ_SEED overrides the seed.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterNode, SortDirection } from '../../../shared/query/ast';
import { compareCodePoints, countMatches, filterColumns, matchRows, numberColumn, textColumn, topRows, type ColumnData } from '../../../shared/query/columnar';
import { compileFilter } from '../../../shared/query/compile-filter';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { compareText, matches } from '../../../shared/query/evaluate';
import { QueryError } from '../../../shared/query/errors';
import { ALPHABET, FC_PARAMS, asOf, changeCondition, condition, dateCondition, filter, row, rows, snapshotWithRows } from './arbitraries';
import { resolveField } from './catalog';
import { segmentFilter, segments } from './segment-arbitraries';
import { isListMember, listMasks, replaceLists, segmentResolver, type TestSegment } from './segments';
import { TABLE, customerKey, idsWhere, openTestDatabase, replaceRows, type TestRow } from './sqlite-table';

let db: Database.Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

/** JSON attributes are not columnar: the generated attribute conditions ask the name instead. */
function withoutAttributes(node: FilterNode): FilterNode {
  switch (node.kind) {
    case 'group':
      return { ...node, children: node.children.map(withoutAttributes) };
    case 'not':
      return { kind: 'not', child: withoutAttributes(node.child) };
    case 'condition':
      return node.field === 'attr_region' ? { ...node, field: 'name' } : node;
  }
}

function columnsOf(data: readonly TestRow[]): Map<string, ColumnData> {
  return new Map<string, ColumnData>([
    ['name', textColumn(data.map((r) => r.name))],
    ['tier', textColumn(data.map((r) => r.tier))],
    ['signup', textColumn(data.map((r) => r.signup))],
    ['spend', numberColumn(data.map((r) => r.spend))],
    ['spend_prev', numberColumn(data.map((r) => r.spend_prev))],
    ['tenure', numberColumn(data.map((r) => r.tenure))],
    ['active', numberColumn(data.map((r) => (r.active === null ? null : r.active ? 1 : 0)))],
  ]);
}

type Outcome = { ids: number[] } | { error: string };

function outcome(fn: () => number[]): Outcome {
  try {
    return { ids: fn() };
  } catch (error) {
    if (error instanceof QueryError) return { error: error.code };
    throw error;
  }
}

function columnarIds(node: FilterNode, data: readonly TestRow[], snapshot: string): number[] {
  const columns = columnsOf(data);
  const needed = filterColumns(node, resolveField);
  expect(needed.usesAttributes).toBe(false);
  for (const name of needed.columns.keys()) expect(columns.has(name)).toBe(true);
  const match = matchRows(node, data.length, (name) => columns.get(name), { resolveField, asOf: snapshot });
  const ids = data.filter((_, i) => match[i] === 1).map((r) => r.id);
  expect(countMatches(match)).toBe(ids.length);
  return ids;
}

function sqlIds(node: FilterNode, snapshot: string): number[] {
  const compiled = compileFilter(node, { resolveField, dialect: sqliteDialect, asOf: snapshot });
  return idsWhere(db, compiled.sql, compiled.params);
}

const oracleIds = (node: FilterNode, data: readonly TestRow[], snapshot: string) => data.filter((r) => matches(node, { ...r }, { resolveField, asOf: snapshot })).map((r) => r.id);

function agree(raw: FilterNode, data: readonly TestRow[], snapshot: string): void {
  const node = withoutAttributes(raw);
  const sql = outcome(() => sqlIds(node, snapshot));
  expect(outcome(() => columnarIds(node, data, snapshot))).toEqual(sql);
  if ('ids' in sql) expect(oracleIds(node, data, snapshot)).toEqual(sql.ids);
}

describe('columnar filters agree with SQLite and the oracle', () => {
  it('random filter trees over random rows', () => {
    fc.assert(
      fc.property(filter, rows, asOf, (node, data, snapshot) => {
        replaceRows(db, data);
        agree(node, data, snapshot);
        agree({ kind: 'not', child: node }, data, snapshot);
      }),
      { ...FC_PARAMS, numRuns: 400 },
    );
  });

  it.each([
    ['any field', condition],
    ['the date field', dateCondition],
    ['changed_by', changeCondition],
  ])('single conditions on %s, and their negation', (_, leaf) => {
    fc.assert(
      fc.property(leaf, rows, asOf, (node, data, snapshot) => {
        replaceRows(db, data);
        agree(node, data, snapshot);
        agree({ kind: 'not', child: node }, data, snapshot);
      }),
      { ...FC_PARAMS, numRuns: 400 },
    );
  });

  it('date conditions on rows dated around the snapshot date', () => {
    fc.assert(
      fc.property(dateCondition, snapshotWithRows, (node, { snapshot, data }) => {
        replaceRows(db, data);
        agree(node, data, snapshot);
        agree({ kind: 'not', child: node }, data, snapshot);
      }),
      { ...FC_PARAMS, numRuns: 400 },
    );
  });

  it('no filter matches every row', () => {
    expect(countMatches(matchRows(undefined, 7, () => undefined, { resolveField, asOf: '2024-03-31' }))).toBe(7);
  });

  it('in [] matches nothing and not_in [] everything, NULL included', () => {
    const data: TestRow[] = [
      { id: 1, name: null, tier: 'x', spend: null, spend_prev: null, tenure: 1, signup: null, active: null, attrs: null },
      { id: 2, name: 'a', tier: null, spend: 2, spend_prev: 1, tenure: null, signup: '2024-01-01', active: true, attrs: null },
    ];
    replaceRows(db, data);
    for (const field of ['name', 'tier', 'spend', 'tenure']) {
      expect(columnarIds({ kind: 'condition', field, op: 'in', values: [] }, data, '2024-03-31')).toEqual([]);
      expect(columnarIds({ kind: 'condition', field, op: 'not_in', values: [] }, data, '2024-03-31')).toEqual([1, 2]);
    }
  });
});

describe('columnar filters over saved segments agree with SQLite and the oracle', () => {
  const noAttributes = (saved: readonly TestSegment[]): TestSegment[] => saved.map((s) => (s.kind === 'filter' ? { ...s, filter: withoutAttributes(s.filter) } : s));

  function agreeWithSegments(node: FilterNode, data: readonly TestRow[], snapshot: string, saved: readonly TestSegment[]): void {
    const resolveSegment = segmentResolver(saved);
    const compiled = outcome(() => {
      const sql = compileFilter(node, { resolveField, dialect: sqliteDialect, asOf: snapshot, resolveSegment });
      return idsWhere(db, sql.sql, sql.params);
    });
    fc.pre(!('error' in compiled && compiled.error === 'TOO_MANY_CONDITIONS'));
    const columns = columnsOf(data);
    const needed = filterColumns(node, resolveField, resolveSegment);
    expect(needed.unresolved).toBe(false);
    // Every column of every referenced dynamic segment is planned, so none is missing here.
    const lookup = (name: string) => (needed.columns.has(name) ? columns.get(name) : undefined);
    const listMask = listMasks(
      saved,
      data.map((r) => customerKey(r.id)),
    );
    const usedLists = new Set<number>();
    const spy = (id: number) => (usedLists.add(id), listMask(id));
    const match = outcome(() => {
      const mask = matchRows(node, data.length, lookup, { resolveField, asOf: snapshot, resolveSegment, listMask: spy });
      return data.filter((_, i) => mask[i] === 1).map((r) => r.id);
    });
    expect(match).toEqual(compiled);
    // Planning may over-approximate (lowering can fold a list away), never miss one.
    if (usedLists.size > 0) expect(needed.usesLists).toBe(true);
    const options = { resolveField, asOf: snapshot, resolveSegment, isListMember: isListMember(saved) };
    if ('ids' in compiled) expect(data.filter((r) => matches(node, { ...r, customer_id: customerKey(r.id) }, options)).map((r) => r.id)).toEqual(compiled.ids);
  }

  it('random trees referring to dynamic segments and lists, and their negation', () => {
    fc.assert(
      fc.property(segmentFilter, segments, rows, asOf, (raw, list, data, snapshot) => {
        const [node, saved] = [withoutAttributes(raw), noAttributes(list)];
        replaceRows(db, data);
        replaceLists(db, saved);
        agreeWithSegments(node, data, snapshot, saved);
        agreeWithSegments({ kind: 'not', child: node }, data, snapshot, saved);
      }),
      { ...FC_PARAMS, numRuns: 400 },
    );
  });

  it('reports lists and unresolvable references instead of guessing', () => {
    const saved: TestSegment[] = [
      { id: 1, kind: 'list', members: [customerKey(1)] },
      { id: 2, kind: 'filter', filter: { kind: 'condition', field: 'saved_segment', op: 'in', values: [1] } },
      { id: 3, kind: 'filter', filter: { kind: 'condition', field: 'spend', op: '>', value: 1 } },
    ];
    const resolveSegment = segmentResolver(saved);
    const ref = (value: number): FilterNode => ({ kind: 'condition', field: 'saved_segment', op: '=', value });
    expect(filterColumns(ref(2), resolveField, resolveSegment)).toMatchObject({ usesLists: true, unresolved: false });
    expect(filterColumns(ref(3), resolveField, resolveSegment)).toMatchObject({ usesLists: false, unresolved: false, columns: new Map([['spend', 'number']]) });
    expect(filterColumns(ref(9), resolveField, resolveSegment).unresolved).toBe(true);
    expect(filterColumns(ref(3), resolveField).unresolved).toBe(true);
    // Expansions lowering refuses as too large are left to SQL (which reports them) too.
    const big: FilterNode = { kind: 'group', op: 'or', children: Array.from({ length: 400 }, (_, i) => ({ kind: 'condition', field: 'spend', op: '=', value: i })) };
    const wide: FilterNode = {
      kind: 'group',
      op: 'and',
      children: Array.from({ length: 30 }, (_, i): FilterNode => ({ kind: 'condition', field: 'saved_segment', op: i % 2 ? '=' : '!=', value: 4 })),
    };
    const withBig = segmentResolver([...saved, { id: 4, kind: 'filter', filter: big }]);
    expect(filterColumns(ref(4), resolveField, withBig).unresolved).toBe(false);
    expect(filterColumns(wide, resolveField, withBig).unresolved).toBe(true);
    // A list without its mask is an error for the caller to avoid, never an empty list.
    expect(() => matchRows(ref(1), 2, () => undefined, { resolveField, asOf: '2024-03-31', resolveSegment })).toThrow(/no mask for list 1/);
  });
});

describe('code point order', () => {
  it('compareCodePoints orders like compareText (and SQLite)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...ALPHABET, '\uFF21', '\uE000', 'z') })), (values) => {
        expect([...values].sort(compareCodePoints)).toEqual([...values].sort(compareText));
        // The dictionary is sorted the same way.
        expect(textColumn(values).dictionary).toEqual([...new Set(values)].sort(compareText));
      }),
      FC_PARAMS,
    );
  });
});

describe('topRows orders like ORDER BY …, rowid in SQLite', () => {
  const SORTABLE = ['name', 'tier', 'spend', 'tenure', 'signup', 'active'] as const;
  const direction = fc.constantFrom<SortDirection>('asc', 'desc');
  const sortKeys = fc.array(fc.record({ column: fc.constantFrom(...SORTABLE), direction }), { minLength: 0, maxLength: 3 });
  const manyRows = fc.array(row, { maxLength: 300 }).map((list): TestRow[] => list.map((r, i) => ({ id: i + 1, ...r })));

  it('random rows with NULLs and ties, random mask, keys, offset and limit', () => {
    fc.assert(
      fc.property(
        manyRows,
        fc.array(fc.boolean(), { minLength: 300, maxLength: 300 }),
        sortKeys,
        direction,
        fc.nat({ max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        (data, mask, keys, fallback, offset, limit) => {
          replaceRows(db, data);
          const columns = columnsOf(data);
          const match = Uint8Array.from(data, (_, i) => (mask[i] ? 1 : 0));
          const tie = keys.at(-1)?.direction ?? fallback;
          const got = topRows(
            match,
            keys.map((k) => ({ column: columns.get(k.column)!, direction: k.direction })),
            tie,
            offset,
            limit,
          ).map((i) => data[i]!.id);
          const ids = data.filter((_, i) => mask[i]).map((r) => r.id);
          const order = [...keys.map((k) => `"${k.column}" ${k.direction.toUpperCase()}`), `rowid ${tie.toUpperCase()}`].join(', ');
          const expected = (
            db.prepare(`SELECT id FROM ${TABLE} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ${order} LIMIT ? OFFSET ?`).all(JSON.stringify(ids), limit, offset) as {
              id: number;
            }[]
          ).map((r) => r.id);
          expect(got).toEqual(expected);
        },
      ),
      { ...FC_PARAMS, numRuns: 400 },
    );
  });
});
