// Differential fuzzing: compiled SQL run by SQLite against the JS oracle evaluating the
// original AST, saved segments included. Failures print fast-check's seed and path;
// QUERY_FUZZ_SEED overrides the seed.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../shared/catalog/types';
import type { FilterNode } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { QueryError } from '../../../shared/query/errors';
import { compareText, matches } from '../../../shared/query/evaluate';
import { ALPHABET, FC_PARAMS, asOf, changeCondition, condition, dateCondition, filter, rows, snapshotWithRows, text } from './arbitraries';
import { resolveField } from './catalog';
import { SEGMENT_IDS, segmentCondition, segmentFilter, segments } from './segment-arbitraries';
import { isListMember, replaceLists, segmentResolver, type TestSegment } from './segments';
import { customerKey, idsWhere, openTestDatabase, replaceRows, type TestRow } from './sqlite-table';

let db: Database.Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

const oracleIds = (node: FilterNode, data: readonly TestRow[], snapshot: string) =>
  data.filter((row) => matches(node, { ...row }, { resolveField, asOf: snapshot })).map((row) => row.id);

const sqlIds = (node: FilterNode, snapshot: string, alias?: string) => {
  const compiled = compileFilter(node, { resolveField, dialect: sqliteDialect, asOf: snapshot, ...(alias ? { alias } : {}) });
  return idsWhere(db, compiled.sql, compiled.params, alias);
};

describe('compiled SQLite filters agree with the JS oracle', () => {
  it('selects exactly the rows the oracle selects', () => {
    fc.assert(
      fc.property(filter, rows, asOf, fc.boolean(), (node, data, snapshot, aliased) => {
        replaceRows(db, data);
        expect(sqlIds(node, snapshot, aliased ? 'c' : undefined)).toEqual(oracleIds(node, data, snapshot));
      }),
      FC_PARAMS,
    );
  });

  it('NOT p selects exactly the rows p does not', () => {
    fc.assert(
      fc.property(filter, rows, asOf, (node, data, snapshot) => {
        replaceRows(db, data);
        const positive = new Set(sqlIds(node, snapshot));
        const negative = sqlIds({ kind: 'not', child: node }, snapshot);
        expect(negative.filter((id) => positive.has(id))).toEqual([]);
        expect(positive.size + negative.length).toBe(data.length);
      }),
      FC_PARAMS,
    );
  });

  it.each([
    ['any field', condition],
    ['the date field (relative dates, day bounds)', dateCondition],
    ['changed_by', changeCondition],
  ])('a single condition on %s agrees, and so does its negation', (_, leaf) => {
    fc.assert(
      fc.property(leaf, rows, asOf, (node, data, snapshot) => {
        replaceRows(db, data);
        expect(sqlIds(node, snapshot)).toEqual(oracleIds(node, data, snapshot));
        const negated: FilterNode = { kind: 'not', child: node };
        expect(sqlIds(negated, snapshot)).toEqual(oracleIds(negated, data, snapshot));
      }),
      { ...FC_PARAMS, numRuns: 600 },
    );
  });

  it('date conditions agree on rows dated around the snapshot date', () => {
    fc.assert(
      fc.property(dateCondition, snapshotWithRows, (node, { snapshot, data }) => {
        replaceRows(db, data);
        expect(sqlIds(node, snapshot)).toEqual(oracleIds(node, data, snapshot));
        const negated: FilterNode = { kind: 'not', child: node };
        expect(sqlIds(negated, snapshot)).toEqual(oracleIds(negated, data, snapshot));
      }),
      { ...FC_PARAMS, numRuns: 600 },
    );
  });

  it('every generated single condition agrees on its own, with and without NOT', () => {
    // Small trees hide single-leaf disagreements behind AND/OR; this asks each leaf directly.
    fc.assert(
      fc.property(filter, rows, asOf, (node, data, snapshot) => {
        replaceRows(db, data);
        const leaves: FilterNode[] = [];
        const collect = (n: FilterNode): void => {
          if (n.kind === 'condition') leaves.push(n);
          else if (n.kind === 'not') collect(n.child);
          else n.children.forEach(collect);
        };
        collect(node);
        for (const leaf of leaves) {
          expect(sqlIds(leaf, snapshot)).toEqual(oracleIds(leaf, data, snapshot));
          const negated: FilterNode = { kind: 'not', child: leaf };
          expect(sqlIds(negated, snapshot)).toEqual(oracleIds(negated, data, snapshot));
        }
      }),
      FC_PARAMS,
    );
  });
});

describe('filters referring to saved segments agree with the JS oracle', () => {
  const run = (node: FilterNode, data: readonly TestRow[], snapshot: string, saved: readonly TestSegment[]) => {
    const resolveSegment = segmentResolver(saved);
    const compiled = outcome(() => compileFilter(node, { resolveField, dialect: sqliteDialect, asOf: snapshot, resolveSegment }));
    // Expansion beyond MAX_EXPANDED_NODES is refused by design; the oracle has no such limit.
    fc.pre(!('error' in compiled && compiled.error === 'TOO_MANY_CONDITIONS'));
    if ('error' in compiled) throw new Error(`unexpected ${compiled.error}`);
    const options = { resolveField, asOf: snapshot, resolveSegment, isListMember: isListMember(saved) };
    const oracle = data.filter((row) => matches(node, { ...row, customer_id: customerKey(row.id) }, options)).map((row) => row.id);
    expect(idsWhere(db, compiled.value.sql, compiled.value.params)).toEqual(oracle);
  };

  it('dynamic segments (nested up to four deep) and lists of hostile keys, with and without NOT', () => {
    fc.assert(
      fc.property(segmentFilter, segments, rows, asOf, (node, saved, data, snapshot) => {
        replaceRows(db, data);
        replaceLists(db, saved);
        run(node, data, snapshot, saved);
        run({ kind: 'not', child: node }, data, snapshot, saved);
      }),
      FC_PARAMS,
    );
  });

  it('a single membership condition on each segment agrees', () => {
    fc.assert(
      fc.property(segmentCondition(SEGMENT_IDS), segments, rows, asOf, (node, saved, data, snapshot) => {
        replaceRows(db, data);
        replaceLists(db, saved);
        run(node, data, snapshot, saved);
      }),
      FC_PARAMS,
    );
  });
});

function outcome<T>(fn: () => T): { value: T } | { error: string } {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof QueryError) return { error: error.code };
    throw error;
  }
}

describe('text ordering', () => {
  it('compareText orders like SQLite (UTF-8 bytes), which JS `<` does not always do', () => {
    const sorted = (values: readonly string[]) => {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS words (v TEXT)');
      db.exec('DELETE FROM words');
      const insert = db.prepare('INSERT INTO words (v) VALUES (?)');
      for (const v of values) insert.run(v);
      return (db.prepare('SELECT v FROM words ORDER BY v').all() as { v: string }[]).map((r) => r.v);
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...ALPHABET, '\uFF21', 'z') })), (values) => {
        expect([...values].sort(compareText)).toEqual(sorted(values));
      }),
      FC_PARAMS,
    );
    // The reason compareText exists: an astral character sorts after U+FF21 in SQLite.
    expect(sorted(['😀', '\uFF21'])).toEqual(['\uFF21', '😀']);
    expect(['😀', '\uFF21'].sort()).toEqual(['😀', '\uFF21']);
  });
});

describe('catalog resolution', () => {
  const HOSTILE = ['a"b', 'x; DROP TABLE customer_mart', 'Name', 'name ', '1name', 'na-me', 'näme', 'name\u0000', '', '"name"', 'a.b'];

  it('refuses ids the catalog does not know, whatever they contain', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: fc.constantFrom(...ALPHABET, ';', ' ', '-', 'n') })), text, (id, value) => {
        fc.pre(resolveField(id) === undefined);
        const node: FilterNode = { kind: 'condition', field: id, op: '=', value };
        expect(() => compileFilter(node, { resolveField, dialect: sqliteDialect, asOf: '2024-03-31' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_FIELD' }) as QueryError);
      }),
      FC_PARAMS,
    );
  });

  it('refuses a catalog column (or alias) outside ^[a-z][a-z0-9_]*$ before it reaches SQL', () => {
    for (const column of HOSTILE) {
      const field: FieldDef = { id: 'hostile', source: 'customer', group: 'profile', labelKey: 'x', type: 'text', format: 'text', column };
      const options = { resolveField: (id: string) => (id === 'hostile' ? field : undefined), dialect: sqliteDialect, asOf: '2024-03-31' };
      const node: FilterNode = { kind: 'condition', field: 'hostile', op: '=', value: 'x' };
      expect(() => compileFilter(node, options), column).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }) as QueryError);
      const alias = { ...options, resolveField, alias: column };
      expect(() => compileFilter({ ...node, field: 'name' }, alias), column).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }) as QueryError);
    }
    // The table is still there and intact.
    expect(db.prepare('SELECT count(*) AS n FROM customer_mart').get()).toBeDefined();
  });
});
