// Purchase aggregates of the mart from the loaded history (dated ≤ the history's limit): the
// same definitions as build-mart.ts's SQL — order_count counts completed orders, total_amount
// is the net spend (completed amounts plus credit notes' negative amounts, history-load.ts),
// first and last order are purchases — without another pass over the orders table.
import { isPurchase, ORDER, type EventHistory } from '../../../shared/scoring/history';

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
    if (to === from) continue;
    let sum = 0;
    let purchases = 0;
    for (let i = from; i < to; i++) {
      sum += value[i]!;
      if (!isPurchase(h.orders, i)) continue;
      if (purchases++ === 0) firstDay[r] = day[i]!;
      lastDay[r] = day[i]!;
    }
    count[r] = purchases;
    amount[r] = sum;
  }
  return { count, amount, firstDay, lastDay };
}
