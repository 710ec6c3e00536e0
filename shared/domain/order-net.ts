// What an order adds to its customer's net spend (issue 10 §2). A domain rule, not an import
// one: the importer's preview, the scoring history and the mart all read spend through it.
import type { ORDER_STATUS } from './canonical-tables';

export type OrderStatus = (typeof ORDER_STATUS)[number];

/**
 * A completed order its amount; a refund its negative amount (a credit note, whose purchase is
 * another order) or nothing when the amount is positive (the purchase itself, marked refunded,
 * was never counted); a cancellation nothing.
 */
export function netAmount(status: string, amount: number): number {
  if (status === 'completed') return amount;
  if (status === 'refunded') return Math.min(amount, 0);
  return 0;
}
