// The one error type of the query compiler. The UI shows a translated message chosen by
// `code` (and fills it from `params`); `message` is English for logs only, never shown.

export const QUERY_ERROR_CODES = [
  /** A field id the catalog does not know (or a field of another source). */
  'UNKNOWN_FIELD',
  /** The operator does not apply to the field's type (e.g. `contains` on a number). */
  'OPERATOR_NOT_ALLOWED',
  /** An and/or group without children: refused rather than guessing TRUE or FALSE. */
  'EMPTY_GROUP',
  /** A value is missing, of the wrong type, not a real date, not a finite number, … */
  'INVALID_VALUE',
  /** `between` with low > high. */
  'BETWEEN_REVERSED',
  /** A NUL character in a text value (PostgreSQL refuses it, SQLite cuts text at it). */
  'NUL_IN_VALUE',
  /** A text value longer than MAX_TEXT_VALUE_LENGTH (SQLite caps LIKE patterns at 50 kB). */
  'VALUE_TOO_LONG',
  /** An `in` / `not_in` list longer than MAX_IN_VALUES (engines cap bound parameters). */
  'TOO_MANY_VALUES',
  /** More than MAX_FILTER_NODES nodes in one filter. */
  'TOO_MANY_CONDITIONS',
  /**
   * Groups nested deeper than MAX_GROUP_DEPTH (or NOT chains deeper than MAX_NODE_DEPTH), or
   * saved segments referring to each other more than MAX_SEGMENT_DEPTH levels deep.
   */
  'TOO_DEEP',
  /** A node that is not a group, not or condition (only reachable from unvalidated input). */
  'INVALID_FILTER',
  /** A measure id the catalog does not know. */
  'UNKNOWN_MEASURE',
  /** A catalog measure that cannot be compiled (no aggregate, sum of text, ratio cycle, …). */
  'INVALID_MEASURE',
  /** A measure or field of another source than the query's. */
  'SOURCE_MISMATCH',
  /** A table, column or output name outside `^[a-z][a-z0-9_]*$`. */
  'INVALID_IDENTIFIER',
  /** A catalog field the compiler cannot read (e.g. an attribute field typed number). */
  'UNSUPPORTED_FIELD',
  /** A time grain on a field that is not a date. */
  'INVALID_GRAIN',
  /** A sort key that is neither a measure nor a dimension of the query. */
  'UNKNOWN_SORT_KEY',
  /** A saved-segment reference that names no segment (deleted, or no resolver given). */
  'UNKNOWN_SEGMENT',
  /** A saved segment whose rule refers back to itself, directly or through others. */
  'SEGMENT_CYCLE',
  /** A malformed query spec (no measures, too many dimensions, duplicate keys, bad limit, …). */
  'INVALID_QUERY',
] as const;

export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

export type QueryErrorParams = Record<string, string | number>;

export class QueryError extends Error {
  override readonly name = 'QueryError';

  constructor(
    readonly code: QueryErrorCode,
    readonly params: QueryErrorParams = {},
    message?: string,
  ) {
    super(message ?? `${code} ${JSON.stringify(params)}`);
  }
}

export function isQueryError(error: unknown): error is QueryError {
  return error instanceof QueryError;
}
