// The rule file's own errors (rule-file.ts): a code, its params and where in the file, worded
// by rule-file-message.ts. Kept apart so the wording can import it without importing the parser.

export type RuleFileErrorCode =
  | 'INVALID_JSON'
  | 'NOT_AN_OBJECT'
  | 'NOT_A_RULE'
  | 'UNKNOWN_OP'
  | 'MISSING_KEY'
  | 'UNKNOWN_KEY'
  | 'INVALID_FIELD'
  | 'INVALID_NOT'
  | 'WRONG_VALUE_TYPE'
  | 'EMPTY_GROUP'
  | 'TOO_DEEP'
  | 'TOO_MANY_RULES';

/** What a condition's "value" must be, by operator (the `expected` param of WRONG_VALUE_TYPE). */
export type RuleValueShape = 'list' | 'pair' | 'wholeNumber' | 'number' | 'scalar' | 'direction';

export const RULE_FILE_ERROR_CODES: readonly RuleFileErrorCode[] = [
  'INVALID_JSON',
  'NOT_AN_OBJECT',
  'NOT_A_RULE',
  'UNKNOWN_OP',
  'MISSING_KEY',
  'UNKNOWN_KEY',
  'INVALID_FIELD',
  'INVALID_NOT',
  'WRONG_VALUE_TYPE',
  'EMPTY_GROUP',
  'TOO_DEEP',
  'TOO_MANY_RULES',
];

export class RuleFileError extends Error {
  override readonly name = 'RuleFileError';

  constructor(
    readonly code: RuleFileErrorCode,
    /** Where in the file: `rules[1].rules[0]`, '' for the top level. */
    readonly path: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} at ${path || '(top level)'} ${JSON.stringify(params)}`);
  }
}
