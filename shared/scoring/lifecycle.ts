// Lifecycle as of day T (PRODUCT.md §5), decided once from the one configured churn definition,
// and the customer's active spells under the very same rule, so that "active on day d" read
// from the spells is exactly lifecycleAt(d) = 'active' for every d up to the spells' limit.
//
// Active churn always counts, whatever the definition's kind: a cancellation dated ≤ T (or
// one without a date), an unrenewed contract end ≤ T (when the definition counts it), or a
// truthy flag attribute (date unknown). Otherwise the kind decides:
// - implicit: no event ≤ T (per the basis) → prospect; the last event ≤ T plus the threshold
//   (N days, k × own median gap of the events ≤ T, or the smaller) ≤ T → churned on that day;
//   else active. The threshold is re-derived at every event, as lifecycleAt sees it then.
// - active: not started by T (signup, else first order, after T) → prospect; else active.
// Undated churn (a flag, a cancellation without a date) holds on every day: such a customer
// has no spells, since no day can be placed in one.
import type { ChurnDefinition } from './churn-definition';
import { eventDays, implicitThreshold } from './churn';
import { startDay } from './features';
import type { EventHistory } from './history';

export type LifecycleState = 'active' | 'churned' | 'prospect';
export type ChurnKind = 'implicit' | 'cancelled' | 'contract_end' | 'flag';

export const LIFECYCLE_STATES: readonly LifecycleState[] = ['active', 'churned', 'prospect'];
export const CHURN_KINDS: readonly ChurnKind[] = ['implicit', 'cancelled', 'contract_end', 'flag'];

export interface Lifecycle {
  state: LifecycleState;
  /** First day counted as churned; NaN unless churned with a known date. */
  churnDay: number;
  /** Why the customer counts as churned; null unless churned. */
  kind: ChurnKind | null;
}

export interface Spell {
  start: number;
  /** First day counted as churned; Infinity while ongoing at the limit. */
  end: number;
}

const ACTIVE: Lifecycle = { state: 'active', churnDay: NaN, kind: null };
const PROSPECT: Lifecycle = { state: 'prospect', churnDay: NaN, kind: null };

/** Active churn in force on day T: the earliest dated one, else an undated one; null when none. */
export function activeChurnAt(h: EventHistory, def: ChurnDefinition, c: number, T: number): Lifecycle | null {
  const cust = h.customers;
  const cancelled = cust.cancelled[c] === 1;
  const cancel = cust.cancelDay[c]!;
  let day = Infinity;
  let kind: ChurnKind | null = null;
  if (cancelled && cancel <= T) {
    day = cancel;
    kind = 'cancelled';
  }
  const end = cust.contractEndDay[c]!;
  if (def.active.contractEndCounts && end <= T && end < day) {
    day = end;
    kind = 'contract_end';
  }
  if (kind !== null) return { state: 'churned', churnDay: day, kind };
  if (cancelled && Number.isNaN(cancel)) return { state: 'churned', churnDay: NaN, kind: 'cancelled' };
  if (cust.flagged[c] === 1) return { state: 'churned', churnDay: NaN, kind: 'flag' };
  return null;
}

/**
 * First day of active churn as seen at `limit` (history loaded up to it): −Infinity when it
 * holds on every day (undated), Infinity when none by the limit.
 */
function activeChurnBound(h: EventHistory, def: ChurnDefinition, c: number, limit: number): number {
  const a = activeChurnAt(h, def, c, limit);
  if (a === null) return Infinity;
  // An undated churn also wins over a dated one: before the dated day it already holds.
  const cust = h.customers;
  if ((cust.cancelled[c] === 1 && Number.isNaN(cust.cancelDay[c])) || cust.flagged[c] === 1) return -Infinity;
  return a.churnDay;
}

/** The customer's lifecycle as of day T, from events and statuses dated ≤ T. `buf` is scratch. */
export function lifecycleAt(h: EventHistory, def: ChurnDefinition, c: number, T: number, buf: number[]): Lifecycle {
  const active = activeChurnAt(h, def, c, T);
  if (active !== null) return active;
  if (def.kind === 'active') return startDay(h, c) <= T ? ACTIVE : PROSPECT;
  const days = eventDays(h, def, c, T, buf);
  if (days.length === 0) return PROSPECT;
  const end = days[days.length - 1]! + implicitThreshold(def, days);
  return end <= T ? { state: 'churned', churnDay: end, kind: 'implicit' } : ACTIVE;
}

/**
 * Implicit thresholds after each event day, as implicitThreshold gives for that prefix of days,
 * in O(log k + k) per day instead of re-sorting the gaps every time.
 */
class PrefixThreshold {
  private gaps = new Float64Array(64);
  private count = 0;

  constructor(private readonly def: ChurnDefinition) {}

  reset(): void {
    this.count = 0;
  }

  /** Threshold with `days` days seen, the latest gap being `gap` (ignored for the first day). */
  next(days: number, gap: number): number {
    const { rule, days: N, gapMultiple } = this.def.implicit;
    if (rule === 'days') return N;
    if (days >= 2) this.insert(gap);
    if (days < 3) return N;
    const n = this.count;
    const mid = n >> 1;
    const median = n % 2 ? this.gaps[mid]! : (this.gaps[mid - 1]! + this.gaps[mid]!) / 2;
    const kGap = Math.max(1, Math.ceil(gapMultiple * median));
    return rule === 'gap' ? kGap : Math.min(N, kGap);
  }

  private insert(gap: number): void {
    if (this.count === this.gaps.length) {
      const grown = new Float64Array(this.gaps.length * 2);
      grown.set(this.gaps);
      this.gaps = grown;
    }
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (this.gaps[m]! <= gap) lo = m + 1;
      else hi = m;
    }
    this.gaps.copyWithin(lo + 1, lo, this.count);
    this.gaps[lo] = gap;
    this.count++;
  }
}

/** Computes spells customer by customer; reuses its scratch between customers. */
export class SpellFinder {
  private readonly buf: number[] = [];
  private readonly threshold: PrefixThreshold;

  constructor(
    private readonly h: EventHistory,
    private readonly def: ChurnDefinition,
    /** Last day of data the spells see (≤ the history's limit). */
    private readonly limit: number,
  ) {
    this.threshold = new PrefixThreshold(def);
  }

  /** Calls `emit(start, end)` for each spell of customer c, in time order; returns their number. */
  each(c: number, emit: (start: number, end: number) => void): number {
    const { h, def, limit } = this;
    const cut = activeChurnBound(h, def, c, limit);
    if (cut === -Infinity) return 0;
    const close = (end: number) => (end <= limit ? end : Infinity);
    if (def.kind === 'active') {
      const start = startDay(h, c);
      if (!(start <= limit) || cut <= start) return 0;
      emit(start, close(cut));
      return 1;
    }
    const days = eventDays(h, def, c, limit, this.buf);
    this.threshold.reset();
    let count = 0;
    let start = days[0]!;
    for (let k = 0; k < days.length && start < cut; k++) {
      const theta = this.threshold.next(k + 1, k > 0 ? days[k]! - days[k - 1]! : 0);
      // The next event within the threshold keeps the spell going (active on every day between).
      if (k + 1 < days.length && days[k + 1]! - days[k]! <= theta) continue;
      emit(start, close(Math.min(days[k]! + theta, cut)));
      count++;
      if (k + 1 < days.length) start = days[k + 1]!;
    }
    return count;
  }

  /** The spells of customer c as objects (tests, single customers). */
  of(c: number): Spell[] {
    const out: Spell[] = [];
    this.each(c, (start, end) => out.push({ start, end }));
    return out;
  }
}

/** Every customer's spells in compressed-row form: customer c's are rows offsets[c] … offsets[c+1]−1. */
export interface SpellTable {
  readonly offsets: Uint32Array;
  readonly start: Int32Array;
  /** First churned day; Infinity while ongoing at the limit. */
  readonly end: Float64Array;
}

export function spellTable(h: EventHistory, def: ChurnDefinition, limit: number): SpellTable {
  const n = h.customers.ids.length;
  const finder = new SpellFinder(h, def, limit);
  const offsets = new Uint32Array(n + 1);
  let start = new Int32Array(Math.max(1024, n * 2));
  let end = new Float64Array(start.length);
  let k = 0;
  const emit = (s: number, e: number) => {
    if (k === start.length) {
      const s2 = new Int32Array(start.length * 2);
      s2.set(start);
      start = s2;
      const e2 = new Float64Array(end.length * 2);
      e2.set(end);
      end = e2;
    }
    start[k] = s;
    end[k++] = e;
  };
  for (let c = 0; c < n; c++) {
    finder.each(c, emit);
    offsets[c + 1] = k;
  }
  return { offsets, start: start.slice(0, k), end: end.slice(0, k) };
}

/** Lifecycles of many customers as of one day, as codes: the refresh's per-row arrays. */
export interface LifecycleColumns {
  /** Index into LIFECYCLE_STATES. */
  readonly state: Uint8Array;
  /** Index into CHURN_KINDS; NO_KIND unless churned. */
  readonly kind: Uint8Array;
  /** First churned day; NaN unless churned with a known date. */
  readonly churnDay: Float64Array;
}

export const STATE_CODE = { active: 0, churned: 1, prospect: 2 } as const satisfies Record<LifecycleState, number>;
export const NO_KIND = 255;

export function lifecycleColumns(h: EventHistory, def: ChurnDefinition, customers: ArrayLike<number>, T: number): LifecycleColumns {
  const n = customers.length;
  const state = new Uint8Array(n);
  const kind = new Uint8Array(n).fill(NO_KIND);
  const churnDay = new Float64Array(n).fill(NaN);
  const buf: number[] = [];
  for (let r = 0; r < n; r++) {
    const l = lifecycleAt(h, def, customers[r]!, T, buf);
    state[r] = STATE_CODE[l.state];
    if (l.kind !== null) kind[r] = CHURN_KINDS.indexOf(l.kind);
    churnDay[r] = l.churnDay;
  }
  return { state, kind, churnDay };
}
