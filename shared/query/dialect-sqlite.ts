// SQLite (better-sqlite3): dates are ISO TEXT ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS') and
// compare as text; booleans are stored and bound as 1 / 0; NULLS LAST needs SQLite ≥ 3.30.
import type { FilterValue, SortDirection, TimeGrain } from './ast';
import { checkLimit, doubleQuoteIdentifier, likePattern, LIKE_ESCAPE, type Dialect, type LikeMatch } from './dialect';
import { join, param, raw, sql, type Fragment } from './fragment';

const GRAIN_FORMATS: Record<Exclude<TimeGrain, 'week'>, string> = { month: '%Y-%m', year: '%Y' };

export const sqliteDialect: Dialect = {
  name: 'sqlite',

  quoteIdentifier: doubleQuoteIdentifier,

  identifier(name: string): Fragment {
    return raw(doubleQuoteIdentifier(name));
  },

  placeholder(): string {
    return '?';
  },

  value(value: FilterValue): Fragment {
    return param(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  },

  booleanLiteral(value: boolean): Fragment {
    return raw(value ? 'TRUE' : 'FALSE');
  },

  // A quoted path label written as a JSON string, so `"`, `\` and control characters in
  // the key are escaped the way SQLite's path parser reads them; the path itself is bound.
  jsonText(column: Fragment, key: string): Fragment {
    return sql`json_extract(${column}, ${param(`$.${JSON.stringify(key)}`)})`;
  },

  // lower() of SQLite folds ASCII only (without ICU), which is exactly the definition of
  // case-insensitive matching in this compiler; LIKE's own ASCII folding then changes nothing.
  like(expr: Fragment, text: string, match: LikeMatch, negated: boolean): Fragment {
    const pattern = param(likePattern(text, match));
    return sql`lower(${expr}) ${raw(negated ? 'NOT LIKE' : 'LIKE')} ${pattern} ${raw(`ESCAPE '${LIKE_ESCAPE}'`)}`;
  },

  isDistinctFrom(a: Fragment, b: Fragment): Fragment {
    return sql`${a} IS NOT ${b}`;
  },

  asDate(expr: Fragment): Fragment {
    return expr;
  },

  dateValue(iso: string): Fragment {
    return param(iso);
  },

  // 'weekday 0' moves forward to the next Sunday (or stays on one); six days back is the
  // Monday that starts the ISO week.
  truncateDate(expr: Fragment, grain: TimeGrain): Fragment {
    if (grain === 'week') return sql`date(${expr}, 'weekday 0', '-6 days')`;
    return sql`strftime(${raw(`'${GRAIN_FORMATS[grain]}'`)}, ${expr})`;
  },

  toReal(expr: Fragment): Fragment {
    return sql`CAST(${expr} AS REAL)`;
  },

  orderTerm(expr: Fragment, direction: SortDirection): Fragment {
    return sql`${expr} ${raw(direction === 'desc' ? 'DESC' : 'ASC')} NULLS LAST`;
  },

  // SQLite has no OFFSET without LIMIT; LIMIT -1 means no limit.
  limitOffset(limit?: number, offset?: number): Fragment {
    checkLimit('limit', limit);
    checkLimit('offset', offset);
    const terms: Fragment[] = [];
    if (limit !== undefined || offset !== undefined) terms.push(sql`LIMIT ${limit === undefined ? raw('-1') : param(limit)}`);
    if (offset !== undefined) terms.push(sql`OFFSET ${param(offset)}`);
    return join(terms, ' ');
  },
};
