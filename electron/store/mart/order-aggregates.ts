// Purchase aggregates of the mart from the loaded history (orders not cancelled, dated ≤ the
// history's limit): the same definitions as the customer list's SQL (customers.ts) —
// order_count counts them, total_amount sums the completed ones' amounts — without another
// pass over the orders table.
import { ORDER, type EventHistory } from '../../../shared/scoring/history';

export interface OrderAggregates {
  readonly count: Float64Array;
  readonly amount: Float64Array;
  /** Day numbers; NaN without an order. */
  readonly firstDay: Float64Array;
  readonly lastDay: Float64Array;
}

/** Aggregates of the given customers (history indexes), aligned with them. */
export function orderAggregates(h: EventHistory, customers: ArrayLike<number>): OrderAggregates {
  const n = customers.length;
  const count = new Float64Array(n);
  const amount = new Float64Array(n);
  const firstDay = new Float64Array(n).fill(NaN);
  const lastDay = new Float64Array(n).fill(NaN);
  const { offsets, day, cols } = h.orders;
  const value = cols[ORDER.amount]!;
  for (let r = 0; r < n; r++) {
    const c = customers[r]!;
    const from = offsets[c]!;
    const to = offsets[c + 1]!;
    count[r] = to - from;
    if (to === from) continue;
    // The loader stores 0 for amounts of refunded orders and for missing amounts.
    let sum = 0;
    for (let i = from; i < to; i++) sum += value[i]!;
    amount[r] = sum;
    firstDay[r] = day[from]!;
    lastDay[r] = day[to - 1]!;
  }
  return { count, amount, firstDay, lastDay };
}
