// PostgreSQL: date columns may be `date` or ISO text, so both sides of a date comparison are
// cast to date; attribute columns may be json, jsonb or text holding JSON, so they are cast to
// jsonb. Parameters are untyped `$n`, typed by PostgreSQL from their context.
import type { FilterValue, SortDirection, TimeGrain } from './ast';
import { checkLimit, doubleQuoteIdentifier, likePattern, LIKE_ESCAPE, type Dialect, type LikeMatch } from './dialect';
import { join, param, raw, sql, type Fragment } from './fragment';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const postgresDialect: Dialect = {
  name: 'postgres',

  quoteIdentifier: doubleQuoteIdentifier,

  identifier(name: string): Fragment {
    return raw(doubleQuoteIdentifier(name));
  },

  placeholder(index: number): string {
    return `$${index}`;
  },

  // Sent as text, like node-postgres does; PostgreSQL reads 'true' / 'false' as boolean.
  value(value: FilterValue): Fragment {
    return param(typeof value === 'boolean' ? String(value) : value);
  },

  booleanLiteral(value: boolean): Fragment {
    return raw(value ? 'TRUE' : 'FALSE');
  },

  // Parenthesized: ->> must not meet a neighbouring operator of the caller's expression.
  jsonText(column: Fragment, key: string): Fragment {
    return sql`(CAST(${column} AS jsonb) ->> ${param(key)})`;
  },

  // lower() and ILIKE of PostgreSQL fold É/é too; translate() folds A–Z only, matching the
  // SQLite dialect and the JavaScript oracle exactly.
  like(expr: Fragment, text: string, match: LikeMatch, negated: boolean): Fragment {
    const folded = sql`translate(${expr}, ${raw(`'${UPPER}', '${UPPER.toLowerCase()}'`)})`;
    const pattern = param(likePattern(text, match));
    return sql`${folded} ${raw(negated ? 'NOT LIKE' : 'LIKE')} ${pattern} ${raw(`ESCAPE '${LIKE_ESCAPE}'`)}`;
  },

  isDistinctFrom(a: Fragment, b: Fragment): Fragment {
    return sql`${a} IS DISTINCT FROM ${b}`;
  },

  asDate(expr: Fragment): Fragment {
    return sql`CAST(${expr} AS date)`;
  },

  dateValue(iso: string): Fragment {
    return sql`CAST(${param(iso)} AS date)`;
  },

  // Date arithmetic only (no timestamps), so the session time zone cannot move a day.
  truncateDate(expr: Fragment, grain: TimeGrain): Fragment {
    const day = sql`CAST(${expr} AS date)`;
    if (grain === 'month') return sql`to_char(${day}, 'YYYY-MM')`;
    if (grain === 'year') return sql`to_char(${day}, 'YYYY')`;
    return sql`to_char(${day} - (CAST(EXTRACT(ISODOW FROM ${day}) AS integer) - 1), 'YYYY-MM-DD')`;
  },

  toReal(expr: Fragment): Fragment {
    return sql`CAST(${expr} AS double precision)`;
  },

  orderTerm(expr: Fragment, direction: SortDirection): Fragment {
    return sql`${expr} ${raw(direction === 'desc' ? 'DESC' : 'ASC')} NULLS LAST`;
  },

  limitOffset(limit?: number, offset?: number): Fragment {
    checkLimit('limit', limit);
    checkLimit('offset', offset);
    const terms: Fragment[] = [];
    if (limit !== undefined) terms.push(sql`LIMIT ${param(limit)}`);
    if (offset !== undefined) terms.push(sql`OFFSET ${param(offset)}`);
    return join(terms, ' ');
  },
};
