// Churn status and dates per the configured definition (PRODUCT.md §5).
// Implicit: a customer is active on day d while within `threshold` days of an event
// (orders, activities or either); the churn day is last event + threshold when no event
// follows within it. Active: the churn day is the cancel date, or a contract end on or
// before the data limit (not renewed), or — for a flag column — unknown (NaN with flag set).
import type { ChurnDefinition } from './churn-definition';
import { upperBound } from './events';
import { startDay } from './features';
import { isPurchase, type EventHistory } from './history';
import { medianInPlace } from './stats';

export type LabelKind = ChurnDefinition['kind'];

export interface ChurnStatus {
  /** Known and not churned on day T. */
  activeAtT: boolean;
  /** Churn day after T observed by the data limit, NaN when none (yet). */
  churnDay: number;
}

/** Distinct event days ≤ upTo of a customer per the implicit basis, ascending, into `out`. */
export function eventDays(h: EventHistory, def: ChurnDefinition, c: number, upTo: number, out: number[]): number[] {
  out.length = 0;
  const basis = def.implicit.basis;
  const o = h.orders;
  const a = h.activities;
  let i = basis === 'activity' ? o.offsets[c + 1]! : o.offsets[c]!;
  const iEnd = upperBound(o.day, o.offsets[c]!, o.offsets[c + 1]!, upTo);
  let j = basis === 'orders' ? a.offsets[c + 1]! : a.offsets[c]!;
  const jEnd = basis === 'orders' ? j : upperBound(a.day, a.offsets[c]!, a.offsets[c + 1]!, upTo);
  while (i < iEnd || j < jEnd) {
    const fromOrders = j >= jEnd || (i < iEnd && o.day[i]! <= a.day[j]!);
    // A refund is not a purchase: it does not keep a customer alive.
    if (fromOrders && !isPurchase(o, i)) {
      i++;
      continue;
    }
    const d = fromOrders ? o.day[i++]! : a.day[j++]!;
    if (out.length === 0 || out[out.length - 1] !== d) out.push(d);
  }
  return out;
}

const gapScratch = { buf: new Float64Array(256) };

/** Days without an event after which the customer counts as churned. */
export function implicitThreshold(def: ChurnDefinition, days: readonly number[]): number {
  const N = def.implicit.days;
  if (def.implicit.rule === 'days' || days.length < 3) return N;
  if (gapScratch.buf.length < days.length) gapScratch.buf = new Float64Array(days.length * 2);
  for (let k = 1; k < days.length; k++) gapScratch.buf[k - 1] = days[k]! - days[k - 1]!;
  const kGap = Math.max(1, Math.ceil(def.implicit.gapMultiple * medianInPlace(gapScratch.buf, days.length - 1)));
  return def.implicit.rule === 'gap' ? kGap : Math.min(N, kGap);
}

/**
 * Status on day T and the churn day after T, seeing events up to `limit` (the data date).
 * The threshold uses only events ≤ T, so the label never feeds back into the feature time.
 */
export function churnStatus(h: EventHistory, def: ChurnDefinition, kind: LabelKind, c: number, T: number, limit: number, buf: number[]): ChurnStatus {
  if (kind === 'active') {
    const start = startDay(h, c);
    const end = activeChurnDay(h, def, c, limit);
    return { activeAtT: start <= T && !(end <= T) && !(h.customers.flagged[c] && Number.isNaN(end)), churnDay: end > T ? end : NaN };
  }
  const days = eventDays(h, def, c, limit, buf);
  let k = 0;
  while (k < days.length && days[k]! <= T) k++;
  if (k === 0) return { activeAtT: false, churnDay: NaN };
  const threshold = implicitThreshold(def, days.slice(0, k));
  let prev = days[k - 1]!;
  if (prev + threshold <= T) return { activeAtT: false, churnDay: NaN };
  for (let i = k; i < days.length; i++) {
    if (days[i]! - prev > threshold) break;
    prev = days[i]!;
  }
  const end = prev + threshold;
  return { activeAtT: true, churnDay: end <= limit ? end : NaN };
}

/** Active definition: cancel day, else an unrenewed contract end on or before the limit. */
export function activeChurnDay(h: EventHistory, def: ChurnDefinition, c: number, limit: number): number {
  const cancel = h.customers.cancelDay[c]!;
  if (cancel <= limit) return cancel;
  const end = h.customers.contractEndDay[c]!;
  if (def.active.contractEndCounts && end <= limit) return end;
  return NaN;
}

export interface Spell {
  start: number;
  /** First day counted as churned; Infinity while ongoing. */
  end: number;
}

/** Active spells of a customer up to the data limit (implicit: one per run of close events). */
export function spells(h: EventHistory, def: ChurnDefinition, kind: LabelKind, c: number, limit: number, buf: number[]): Spell[] {
  if (kind === 'active') {
    const start = startDay(h, c);
    if (!(start <= limit)) return [];
    if (h.customers.flagged[c] && Number.isNaN(activeChurnDay(h, def, c, limit))) return [];
    const end = activeChurnDay(h, def, c, limit);
    return [{ start, end: Number.isNaN(end) ? Infinity : end }];
  }
  const days = eventDays(h, def, c, limit, buf);
  if (days.length === 0) return [];
  const threshold = implicitThreshold(def, days);
  const out: Spell[] = [];
  let start = days[0]!;
  for (let i = 1; i <= days.length; i++) {
    const prev = days[i - 1]!;
    if (i === days.length || days[i]! - prev > threshold) {
      const end = prev + threshold;
      out.push({ start, end: end <= limit ? end : Infinity });
      if (i < days.length) start = days[i]!;
    }
  }
  return out;
}
