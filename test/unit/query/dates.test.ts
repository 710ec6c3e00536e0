// Relative-date conventions against hand-computed calendar days, and grain truncation on
// SQLite against a JavaScript oracle over every day of 2000–2030.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterNode, TimeGrain } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { renderSql } from '../../../shared/query/dialect';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { matches } from '../../../shared/query/evaluate';
import { resolveField } from './catalog';
import { idsWhere, openTestDatabase, replaceRows, type TestRow } from './sqlite-table';

let db: Database.Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

interface Convention {
  readonly title: string;
  readonly node: FilterNode;
  readonly asOf: string;
  /** The bound dates, worked out by hand. */
  readonly params: readonly string[];
  readonly inside: readonly string[];
  readonly outside: readonly string[];
}

const on = (op: FilterNode & { kind: 'condition' }): FilterNode => op;
const relative = (op: 'in_last_days' | 'in_last_months' | 'before_days_ago', amount: number): FilterNode => on({ kind: 'condition', field: 'signup', op, amount });

const CONVENTIONS: Convention[] = [
  {
    title: 'in_last_days 1 is asOf alone',
    node: relative('in_last_days', 1),
    asOf: '2024-03-01',
    params: ['2024-03-01', '2024-03-02'],
    inside: ['2024-03-01'],
    outside: ['2024-02-29', '2024-03-02'],
  },
  {
    title: 'in_last_days 7 counts asOf and six days back, through a leap day',
    node: relative('in_last_days', 7),
    asOf: '2024-03-03',
    params: ['2024-02-26', '2024-03-04'],
    inside: ['2024-02-26', '2024-02-29', '2024-03-03'],
    outside: ['2024-02-25', '2024-03-04'],
  },
  {
    title: 'in_last_days 30 in a common year',
    node: relative('in_last_days', 30),
    asOf: '2023-03-01',
    params: ['2023-01-31', '2023-03-02'],
    inside: ['2023-01-31', '2023-02-28', '2023-03-01'],
    outside: ['2023-01-30', '2023-03-02'],
  },
  {
    title: 'in_last_days across a year end',
    node: relative('in_last_days', 3),
    asOf: '2024-01-01',
    params: ['2023-12-30', '2024-01-02'],
    inside: ['2023-12-30', '2024-01-01'],
    outside: ['2023-12-29', '2024-01-02'],
  },
  {
    title: 'in_last_months 1 from March 31st clamps to the leap day',
    node: relative('in_last_months', 1),
    asOf: '2024-03-31',
    params: ['2024-02-29', '2024-04-01'],
    inside: ['2024-02-29', '2024-03-31'],
    outside: ['2024-02-28', '2024-04-01'],
  },
  {
    title: 'in_last_months 1 from March 31st of a common year clamps to February 28th',
    node: relative('in_last_months', 1),
    asOf: '2023-03-31',
    params: ['2023-02-28', '2023-04-01'],
    inside: ['2023-02-28'],
    outside: ['2023-02-27'],
  },
  {
    title: 'in_last_months 3 from May 31st',
    node: relative('in_last_months', 3),
    asOf: '2024-05-31',
    params: ['2024-02-29', '2024-06-01'],
    inside: ['2024-02-29', '2024-05-31'],
    outside: ['2024-02-28', '2024-06-01'],
  },
  {
    title: 'in_last_months 1 from mid-January crosses the year',
    node: relative('in_last_months', 1),
    asOf: '2024-01-15',
    params: ['2023-12-15', '2024-01-16'],
    inside: ['2023-12-15', '2024-01-15'],
    outside: ['2023-12-14', '2024-01-16'],
  },
  {
    title: 'in_last_months 12 from a leap day lands on February 28th',
    node: relative('in_last_months', 12),
    asOf: '2024-02-29',
    params: ['2023-02-28', '2024-03-01'],
    inside: ['2023-02-28'],
    outside: ['2023-02-27', '2024-03-01'],
  },
  {
    title: 'in_last_months 48 from a leap day lands on the previous leap day',
    node: relative('in_last_months', 48),
    asOf: '2024-02-29',
    params: ['2020-02-29', '2024-03-01'],
    inside: ['2020-02-29'],
    outside: ['2020-02-28'],
  },
  {
    title: '2100 is a common year (divisible by 100)',
    node: relative('in_last_months', 1),
    asOf: '2100-03-31',
    params: ['2100-02-28', '2100-04-01'],
    inside: ['2100-02-28'],
    outside: ['2100-02-27'],
  },
  {
    title: '2000 is a leap year (divisible by 400)',
    node: relative('in_last_months', 1),
    asOf: '2000-03-30',
    params: ['2000-02-29', '2000-03-31'],
    inside: ['2000-02-29'],
    outside: ['2000-02-28'],
  },
  {
    title: 'before_days_ago 0 is strictly before asOf',
    node: relative('before_days_ago', 0),
    asOf: '2024-03-01',
    params: ['2024-03-01'],
    inside: ['2024-02-29', '1999-12-31'],
    outside: ['2024-03-01', '2024-03-02'],
  },
  {
    title: 'before_days_ago 1 skips the leap day',
    node: relative('before_days_ago', 1),
    asOf: '2024-03-01',
    params: ['2024-02-29'],
    inside: ['2024-02-28'],
    outside: ['2024-02-29'],
  },
  {
    title: 'before_days_ago 365 in a leap year',
    node: relative('before_days_ago', 365),
    asOf: '2024-12-31',
    params: ['2024-01-01'],
    inside: ['2023-12-31'],
    outside: ['2024-01-01'],
  },
  {
    title: '<= a day includes the whole day',
    node: on({ kind: 'condition', field: 'signup', op: '<=', value: '2024-02-29' }),
    asOf: '2024-03-31',
    params: ['2024-03-01'],
    inside: ['2024-02-29'],
    outside: ['2024-03-01'],
  },
  {
    title: '> a day starts the next day',
    node: on({ kind: 'condition', field: 'signup', op: '>', value: '2023-12-31' }),
    asOf: '2024-03-31',
    params: ['2024-01-01'],
    inside: ['2024-01-01'],
    outside: ['2023-12-31'],
  },
  {
    title: 'between is inclusive at both ends',
    node: on({ kind: 'condition', field: 'signup', op: 'between', low: '2024-02-28', high: '2024-02-29' }),
    asOf: '2024-03-31',
    params: ['2024-02-28', '2024-03-01'],
    inside: ['2024-02-28', '2024-02-29'],
    outside: ['2024-02-27', '2024-03-01'],
  },
];

const row = (id: number, signup: string): TestRow => ({
  id,
  name: null,
  tier: null,
  spend: null,
  spend_prev: null,
  tenure: null,
  signup,
  active: null,
  attrs: null,
});

describe('relative dates and day bounds', () => {
  it.each(CONVENTIONS)('$title', ({ node, asOf, params, inside, outside }) => {
    const compiled = compileFilter(node, { resolveField, dialect: sqliteDialect, asOf });
    expect(compiled.params).toEqual(params);

    // Each day both bare and with a time late in the day: the calendar day is what counts.
    const days = [...inside, ...outside];
    const data = days.flatMap((d, i) => [row(2 * i + 1, d), row(2 * i + 2, `${d} 23:59:59`)]);
    const expected = inside.flatMap((d) => {
      const i = days.indexOf(d);
      return [2 * i + 1, 2 * i + 2];
    });
    replaceRows(db, data);
    expect(idsWhere(db, compiled.sql, compiled.params)).toEqual(expected);
    expect(data.filter((r) => matches(node, { ...r }, { resolveField, asOf })).map((r) => r.id)).toEqual(expected);
  });

  it('opens bounds at the ends of the calendar instead of writing 5-digit years', () => {
    const options = { resolveField, dialect: sqliteDialect };
    expect(compileFilter(relative('in_last_days', 1), { ...options, asOf: '9999-12-31' })).toEqual({ sql: '"signup" >= ?', params: ['9999-12-31'] });
    expect(compileFilter(on({ kind: 'condition', field: 'signup', op: '<=', value: '9999-12-31' }), { ...options, asOf: '2024-01-01' })).toEqual({
      sql: '"signup" IS NOT NULL',
      params: [],
    });
    expect(compileFilter(on({ kind: 'condition', field: 'signup', op: '>', value: '9999-12-31' }), { ...options, asOf: '2024-01-01' })).toEqual({
      sql: 'FALSE',
      params: [],
    });
    expect(compileFilter(relative('before_days_ago', 10), { ...options, asOf: '0001-01-05' })).toEqual({ sql: 'FALSE', params: [] });
    expect(compileFilter(relative('in_last_days', 10), { ...options, asOf: '0001-01-05' })).toEqual({ sql: '"signup" < ?', params: ['0001-01-06'] });
  });
});

// ---- grains ----------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const ALL_DAYS: string[] = [];
for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2030, 11, 31); t += DAY_MS) ALL_DAYS.push(new Date(t).toISOString().slice(0, 10));

/** The JS oracle: the Monday on or before the day (ISO weeks start on Monday). */
function isoMonday(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

const ORACLE: Record<TimeGrain, (day: string) => string> = {
  week: isoMonday,
  month: (day) => day.slice(0, 7),
  year: (day) => day.slice(0, 4),
};

describe('grain truncation on SQLite', () => {
  it(`covers ${ALL_DAYS.length} days from 2000-01-01 to 2030-12-31`, () => {
    expect(ALL_DAYS[0]).toBe('2000-01-01');
    expect(ALL_DAYS.at(-1)).toBe('2030-12-31');
    expect(ALL_DAYS).toHaveLength(11_323);
  });

  it.each<TimeGrain>(['week', 'month', 'year'])('%s matches the JS oracle for dates and date-times', (grain) => {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS days (d TEXT)');
    db.exec('DELETE FROM days');
    const insert = db.prepare('INSERT INTO days (d) VALUES (?)');
    db.transaction(() => {
      for (const day of ALL_DAYS) {
        insert.run(day);
        insert.run(`${day} 23:59:59`);
      }
    })();
    const truncated = renderSql(sqliteDialect.truncateDate(sqliteDialect.identifier('d'), grain), sqliteDialect);
    const rows = db.prepare(`SELECT d, ${truncated.sql} AS t FROM days`).all(...truncated.params) as { d: string; t: string }[];
    expect(rows).toHaveLength(ALL_DAYS.length * 2);
    const wrong = rows.filter((r) => r.t !== ORACLE[grain](r.d.slice(0, 10)));
    expect(wrong).toEqual([]);
  });

  it('puts the ISO week of a year boundary on its Monday (hand-checked)', () => {
    const truncated = renderSql(sqliteDialect.truncateDate(sqliteDialect.identifier('d'), 'week'), sqliteDialect);
    const week = (day: string) => (db.prepare(`SELECT ${truncated.sql} AS t FROM (SELECT ? AS d)`).get(day) as { t: string }).t;
    expect(week('2021-01-03')).toBe('2020-12-28'); // a Sunday: still ISO week 53 of 2020
    expect(week('2024-12-30')).toBe('2024-12-30'); // a Monday: ISO week 1 of 2025
    expect(week('2025-01-01')).toBe('2024-12-30');
    expect(week('2024-03-03')).toBe('2024-02-26'); // across the leap day
  });
});
