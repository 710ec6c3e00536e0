// Returns and cancellations as exports show them (issue 10 §2): a credit note numbered with a
// cancellation prefix (Online Retail's C536379 next to plain 536365 invoices), a negative
// quantity or amount, or a status word (退款, 已取消 … read by field-value.ts). Such an order
// or line is never a purchase: it is 'refunded' (money went back: its negative amount reduces
// the customer's net spend) or 'cancelled' (no money moved).
import type { OrderStatus } from '../domain/order-net';
import type { RawValue } from './convert';

const CANCELLATION_NUMBER = /^C\d+$/i;
const DIGITS = /^\d+$/;

/**
 * Whether an export numbers its invoices with digits only, so that a 'C' before the digits marks
 * a cancellation. Read from the sample: most order keys are digits. Without this a system whose
 * every order number starts with 'C' (C1001, C1002 …) would have all its orders cancelled.
 */
export function numbersInvoicesWithDigits(keys: readonly RawValue[]): boolean {
  let seen = 0;
  let digits = 0;
  for (const k of keys) {
    if (k === null || k instanceof Uint8Array || typeof k === 'boolean') continue;
    const text = String(k).trim();
    if (!text) continue;
    seen++;
    if (typeof k === 'number' || DIGITS.test(text)) digits++;
  }
  return seen > 0 && digits * 2 >= seen;
}

export function isCancellationNumber(orderId: string): boolean {
  return CANCELLATION_NUMBER.test(orderId);
}

/**
 * The status an order or line is stored with. A status word from the source wins unless it
 * says 'completed' (or is absent) while the row is a return: a negative quantity or amount is
 * a refund; a cancellation number with nothing negative is a cancellation.
 */
export function returnStatus(stated: string | null, amount: number | null, quantity: number | null, cancellationNumber: boolean): OrderStatus {
  if (stated === 'refunded' || stated === 'cancelled') return stated;
  if ((amount !== null && amount < 0) || (quantity !== null && quantity < 0)) return 'refunded';
  if (cancellationNumber) return 'cancelled';
  return 'completed';
}
