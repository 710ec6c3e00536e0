// The seam between the compiler and an engine. Everything engine-specific lives behind this
// interface; the compiler only combines fragments and renders them once with `renderSql`.
import type { FilterValue, SortDirection, TimeGrain } from './ast';
import { QueryError } from './errors';
import { render, type Fragment, type RenderedSql } from './fragment';

/** Catalog ids, column names, table names and output keys all follow this pattern. */
export const IDENTIFIER_PATTERN = /^[a-z][a-z0-9_]*$/;

/** The one LIKE escape character; it is escaped itself, so any pattern text is literal. */
export const LIKE_ESCAPE = '!';

/** How a text pattern is matched: anywhere in the text, or at its start. */
export type LikeMatch = 'contains' | 'prefix' | 'suffix';

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** `^[a-z][a-z0-9_]*$` or QueryError INVALID_IDENTIFIER; then quoted with the quote doubled. */
  quoteIdentifier(name: string): string;
  /** `quoteIdentifier` as a fragment. */
  identifier(name: string): Fragment;
  /** Placeholder text of the index-th bound value (1-based). */
  placeholder(index: number): string;
  /** A bound value in the engine's representation (SQLite has no booleans: 1 / 0). */
  value(value: FilterValue): Fragment;
  booleanLiteral(value: boolean): Fragment;
  /** Text of the JSON attribute `key` of a JSON column; the key (or path) is bound. */
  jsonText(column: Fragment, key: string): Fragment;
  /**
   * `expr` matched by LIKE against `text` (already ASCII-folded by the caller), after folding
   * ASCII A–Z of `expr` to a–z and nothing else. Escapes `text`, binds the pattern and always
   * emits ESCAPE. Negated: NOT LIKE (still NULL for a NULL expr).
   */
  like(expr: Fragment, text: string, match: LikeMatch, negated: boolean): Fragment;
  /** TRUE when a and b differ, counting NULL as a value (never NULL itself). */
  isDistinctFrom(a: Fragment, b: Fragment): Fragment;
  /** A date or date-time column as something comparable with `dateValue`. */
  asDate(expr: Fragment): Fragment;
  /** A bound 'YYYY-MM-DD' comparable with `asDate(expr)`. */
  dateValue(iso: string): Fragment;
  /** month → 'YYYY-MM', week → 'YYYY-MM-DD' of the ISO week's Monday, year → 'YYYY'. */
  truncateDate(expr: Fragment, grain: TimeGrain): Fragment;
  /** Floating-point division operand (integer division is the default on both engines). */
  toReal(expr: Fragment): Fragment;
  /** One ORDER BY term with NULLs last in both directions. */
  orderTerm(expr: Fragment, direction: SortDirection): Fragment;
  /** LIMIT / OFFSET with bound integers; empty when both are absent. */
  limitOffset(limit?: number, offset?: number): Fragment;
}

export function renderSql(fragment: Fragment, dialect: Dialect): RenderedSql {
  return render(fragment, (index) => dialect.placeholder(index));
}

export function checkIdentifier(name: string): string {
  if (typeof name !== 'string' || !IDENTIFIER_PATTERN.test(name)) {
    throw new QueryError('INVALID_IDENTIFIER', { name: String(name) }, `identifier refused: ${JSON.stringify(name)}`);
  }
  return name;
}

/** Standard SQL quoting (SQLite and PostgreSQL): checked, then `"` doubled inside `"…"`. */
export function doubleQuoteIdentifier(name: string): string {
  return `"${checkIdentifier(name).replaceAll('"', '""')}"`;
}

/** The LIKE pattern for literal `text`: `!`, `%` and `_` escaped with `!`. */
export function likePattern(text: string, match: LikeMatch): string {
  const escaped = text.replace(/[!%_]/g, (ch) => LIKE_ESCAPE + ch);
  return match === 'contains' ? `%${escaped}%` : match === 'prefix' ? `${escaped}%` : `%${escaped}`;
}

export function checkLimit(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new QueryError('INVALID_QUERY', { reason: name });
  }
}
