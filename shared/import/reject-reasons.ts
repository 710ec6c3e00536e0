// Why a row was rejected, in both UI languages at once. The reason is stored as one text in the
// workspace (import_rejects.reason) and read by the CLI, the CSV export and the app alike, so it
// carries English and Chinese side by side; the app shows the half of the reader's language.
import type { CanonicalField, CanonicalTableName } from '../domain/canonical-tables';
import { canonicalFieldLabel } from '../domain/canonical-labels';
import type { Locale } from '../i18n/locales';
import { headerKey } from './headers';

export interface BilingualReason {
  en: string;
  zh: string;
}

/** Between the English and the Chinese half: a full-width bar, which neither half contains. */
const SEPARATOR = ' ｜ ';

export function formatReason(reason: BilingualReason): string {
  return `${reason.en}${SEPARATOR}${reason.zh}`;
}

/** The half of a stored reason in one UI language; reasons stored whole (one language) come back as they are. */
export function reasonIn(stored: string, locale: Locale): string {
  const at = stored.indexOf(SEPARATOR);
  if (at < 0) return stored;
  return locale === 'en' ? stored.slice(0, at) : stored.slice(at + SEPARATOR.length);
}

/** A payment-time column (付款时间, 支付时间, payment date, paid at…) is empty until the buyer pays. */
const PAYMENT_TIME = /付款|支付|payment|paid|pay(?:date|time)/;

/**
 * A required field with nothing in it. When the column feeding it records when the order was
 * paid, the likeliest cause is an order that was never paid, and the reason says so; the
 * analyst then knows to map an order-creation time instead, or to leave those rows out.
 */
export function requiredEmptyReason(table: CanonicalTableName, field: Pick<CanonicalField, 'name' | 'type'>, sourceColumn: string): BilingualReason {
  const label = { en: canonicalFieldLabel(table, field.name, 'en'), zh: canonicalFieldLabel(table, field.name, 'zh-CN') };
  const dated = field.type === 'date' || field.type === 'datetime';
  if (dated && PAYMENT_TIME.test(headerKey(sourceColumn))) {
    return {
      en: `${label.en} is empty: no payment time in "${sourceColumn}" (unpaid order?)`,
      zh: `${label.zh}为空：「${sourceColumn}」没有付款时间（未付款订单？）`,
    };
  }
  return {
    en: `${label.en} is required but "${sourceColumn}" is empty`,
    zh: `${label.zh}为必填项，但「${sourceColumn}」为空`,
  };
}
