// One line naming what is wrong with a rule file, for the CLI (which may print English; the
// Chinese wording comes from the same i18n resources as the UI). Rule-file errors say where in
// the file; compiler errors (an unknown field, an operator the field's type does not take …)
// name the offending field, operator or value in brackets after the label, since a label may not.
import { resources } from '../i18n/resources';
import type { Locale } from '../i18n/locales';
import { QueryError } from '../query/errors';
import { RuleFileError, type RuleValueShape } from './rule-file-error';

type Params = Readonly<Record<string, string | number>>;

function fill(template: string, params: Params): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** Control characters (a newline in a hostile field name) escaped, so the message stays one line. */
function oneLine(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
    out += control ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

function isShape(value: unknown, shapes: Readonly<Record<RuleValueShape, string>>): value is RuleValueShape {
  return typeof value === 'string' && Object.hasOwn(shapes, value);
}

export function ruleFileErrorMessage(error: RuleFileError | QueryError, locale: Locale = 'en'): string {
  if (error instanceof RuleFileError) {
    const text = resources[locale].segments.ruleFile;
    const shapes = text.expected as Record<RuleValueShape, string>;
    const expected = isShape(error.params.expected, shapes) ? shapes[error.params.expected] : '';
    return oneLine(fill(text.errors[error.code], { ...error.params, where: error.path || text.topLevel, expected }));
  }
  const label = fill(resources[locale].jobs.queryErrors[error.code], error.params);
  const details = Object.entries(error.params).map(([key, value]) => `${key}=${typeof value === 'string' ? JSON.stringify(value) : value}`);
  return oneLine(`${label} [${[error.code, ...details].join(' ')}]`);
}

/** The CLI's line for whatever parsing or compiling a rule file threw; null for anything else (a bug to report as such). */
export function ruleFileErrorLine(error: unknown, locale: Locale = 'en'): string | null {
  return error instanceof RuleFileError || error instanceof QueryError ? ruleFileErrorMessage(error, locale) : null;
}
