// A reject reason in one UI language, for every place that shows one: the CLI, the rejects CSV
// and the Data page. The label of the code comes from the 'rejects' namespace of the i18n
// resources; the canonical table and field names among its params are put in the reader's
// words first, and the kind of value expected by its own label.
import type { RejectReason } from '../contract/domains/import-rejects';
import type { MessageParams } from '../contract/message-params';
import { isCanonicalTable } from '../domain/canonical-tables';
import { canonicalFieldLabel, canonicalTableLabel } from '../domain/canonical-labels';
import type { Locale } from '../i18n/locales';
import { resources } from '../i18n/resources';
import { invalidValueKinds, type InvalidValueKind } from './convert';
import { legacyReasonText } from './legacy-reason';

function isInvalidValueKind(value: unknown): value is InvalidValueKind {
  return typeof value === 'string' && (invalidValueKinds as readonly string[]).includes(value);
}

/** {{name}} filled from params; a placeholder without a param stays as written, so a gap shows. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The params as the label reads them: table, field and expected value in the reader's words. */
function readableParams(params: MessageParams, locale: Locale): MessageParams {
  const out: MessageParams = { ...params };
  const { table, field, expected } = params;
  if (typeof table === 'string' && isCanonicalTable(table)) {
    out.table = canonicalTableLabel(table, locale);
    if (typeof field === 'string') out.field = canonicalFieldLabel(table, field, locale);
  }
  if (isInvalidValueKind(expected)) out.expected = resources[locale].rejects.expected[expected];
  return out;
}

export function rejectReasonText(reason: RejectReason, locale: Locale): string {
  if (reason.code === 'legacy') return legacyReasonText(String(reason.params.text ?? ''), locale);
  return interpolate(resources[locale].rejects.codes[reason.code], readableParams(reason.params, locale));
}
