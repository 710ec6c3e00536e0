// Why a row was rejected, as a code with params (shared/contract/domains/import-rejects.ts): the
// workspace stores the code and the params, so rejects can be grouped by reason and labelled in
// the reader's language (reject-text.ts). The cause is named from the column's meaning where the
// importer can tell it: a guest checkout, an unpaid order.
import type { CanonicalField, CanonicalTableName } from '../domain/canonical-tables';
import type { MessageParams } from '../contract/message-params';
import type { RejectReason } from '../contract/domains/import-rejects';
import type { InvalidValueKind } from './convert';
import { headerKey } from './headers';

/** A payment-time column (付款时间, 支付时间, payment date, paid at…) is empty until the buyer pays. */
const PAYMENT_TIME = /付款|支付|payment|paid|pay(?:date|time)/;

/**
 * A required field with nothing in it. An empty customer id on an order, a ticket or another
 * customer's fact is a guest row; an empty date fed by a payment-time column is most likely an
 * order that was never paid (the analyst then knows to map an order-creation time instead).
 */
export function requiredEmpty(table: CanonicalTableName, field: Pick<CanonicalField, 'name' | 'type'>, column: string): RejectReason {
  if (field.name === 'customer_id' && table !== 'customers') return { code: 'customerMissing', params: { table, column } };
  const dated = field.type === 'date' || field.type === 'datetime';
  if (dated && PAYMENT_TIME.test(headerKey(column))) return { code: 'unpaidOrder', params: { table, field: field.name, column } };
  return { code: 'requiredEmpty', params: { table, field: field.name, column } };
}

/** A value that is not of its field's type (the value itself is stored beside the reason). */
export function invalidValue(table: CanonicalTableName, field: string, column: string, expected: InvalidValueKind): RejectReason {
  return { code: 'invalidValue', params: { table, field, column, expected } };
}

/** A key already in the workspace, or earlier in this import, in append mode. */
export function duplicateKey(table: CanonicalTableName, field: string, column: string | null): RejectReason {
  return { code: 'duplicateKey', params: column === null ? { table, field } : { table, field, column } };
}

/** A reason stored as a sentence before reasons had codes. */
export function legacyReason(text: string): RejectReason {
  return { code: 'legacy', params: { text } };
}

/**
 * The params as stored: JSON with the keys sorted, so one reason always has one spelling and
 * rejects group (and filter) by plain text equality.
 */
export function paramsText(params: MessageParams): string {
  const sorted: MessageParams = {};
  for (const key of Object.keys(params).sort()) sorted[key] = params[key] as string | number;
  return JSON.stringify(sorted);
}

/** Stored params back as an object; anything that is not a flat object of strings and numbers is dropped. */
export function parseParams(text: string | null): MessageParams {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  const params: MessageParams = {};
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return params;
  for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  return params;
}
