// Orders in import results and previews (issue 10): how many orders an import stored as returns
// or cancellations, how many lines it grouped into how many orders, and what a line-level
// table's sample rows make once grouped. Part of the import domain (import.ts).
import { z } from 'zod';

/** Sample rows of a line-level table grouped into orders: what the import would make of them. */
export const LineOrdersPreviewSchema = z.object({
  /** Sample rows that are lines (with an order key, a customer and a date). */
  lines: z.number().int().nonnegative(),
  orders: z.number().int().nonnegative(),
  /** Σ of the orders' net amounts (returns negative, cancellations left out). */
  total: z.number(),
  refunded: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
});
export type LineOrdersPreview = z.infer<typeof LineOrdersPreviewSchema>;

/**
 * Orders an import stored as returns (refunded: credit notes, negative quantities or amounts,
 * refund words) or cancellations, and for line-level tables how many lines were grouped into how many orders.
 */
export const ImportOrdersSchema = z.object({
  refunded: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  fromLines: z.object({ lines: z.number().int().nonnegative(), orders: z.number().int().nonnegative() }).nullable(),
});
export type ImportOrders = z.infer<typeof ImportOrdersSchema>;
