// Per-customer features as of a day T (PRODUCT.md §5 "Snapshot"): only events dated ≤ T
// count, whatever the history holds beyond T. Windows are "last N days" = days in
// (T − N, T]. Missing values (no tickets, no surveys, fewer than two order days) are NaN.
import { featureIds, type FeatureId } from './feature-catalog';
import { upperBound } from './events';
import { ACTIVITY, ACTIVITY_KIND, firstPurchaseDay, ORDER, SIGNAL, SURVEY, TICKET, type EventHistory } from './history';
import { medianInPlace } from './stats';

export const FEATURE_COUNT = featureIds.length;
const col = Object.fromEntries(featureIds.map((id, i) => [id, i])) as Record<FeatureId, number>;

export interface FeatureFrame {
  readonly asOfDay: number;
  /** History customer index of each row (customers known at T). */
  readonly rows: Int32Array;
  /** rows × FEATURE_COUNT, row-major, NaN = missing. */
  readonly values: Float64Array;
  /** BG/NBD inputs in days: repeat purchase days, first→last, first→T; Gamma-Gamma mean repeat spend. */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly age: Float64Array;
  readonly repeatSpend: Float64Array;
}

export function featureValue(frame: FeatureFrame, row: number, id: FeatureId): number {
  return frame.values[row * FEATURE_COUNT + col[id]]!;
}

/** First day a customer is known: signup, else first order. NaN when neither. */
export function startDay(h: EventHistory, c: number): number {
  const s = h.customers.signupDay[c]!;
  if (Number.isFinite(s)) return s;
  return firstPurchaseDay(h.orders, c);
}

/**
 * Features of the customers known at T. With `undated`, customers without any date (no signup,
 * no order) count as known too: a table with only a churn flag has nothing else.
 */
export function computeFeatures(h: EventHistory, T: number, options: { undated?: boolean } = {}): FeatureFrame {
  const n = h.customers.ids.length;
  const rows: number[] = [];
  for (let c = 0; c < n; c++) {
    const start = startDay(h, c);
    if (start <= T || (options.undated && Number.isNaN(start))) rows.push(c);
  }
  const m = rows.length;
  const values = new Float64Array(m * FEATURE_COUNT).fill(NaN);
  const x = new Float64Array(m);
  const tx = new Float64Array(m);
  const age = new Float64Array(m);
  const repeatSpend = new Float64Array(m).fill(NaN);
  const scratch = { a: new Float64Array(1024), b: new Float64Array(1024) };
  for (let r = 0; r < m; r++) {
    const c = rows[r]!;
    const out = values.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT);
    orderFeatures(h, c, T, out, scratch, r, { x, tx, age, repeatSpend });
    activityFeatures(h, c, T, out);
    ticketFeatures(h, c, T, out, scratch);
    surveyFeatures(h, c, T, out);
    signalFeatures(h, c, T, out);
    const start = startDay(h, c);
    out[col.tenure_days] = T - start;
    const end = h.customers.contractEndDay[c]!;
    out[col.days_to_contract_end] = Number.isFinite(end) ? end - T : NaN;
  }
  return { asOfDay: T, rows: Int32Array.from(rows), values, x, tx, age, repeatSpend };
}

interface Scratch {
  a: Float64Array;
  b: Float64Array;
}

function ensure(s: Scratch, n: number): void {
  if (s.a.length < n) {
    s.a = new Float64Array(n * 2);
    s.b = new Float64Array(n * 2);
  }
}

function orderFeatures(
  h: EventHistory,
  c: number,
  T: number,
  out: Float64Array,
  s: Scratch,
  r: number,
  bg: { x: Float64Array; tx: Float64Array; age: Float64Array; repeatSpend: Float64Array },
): void {
  const e = h.orders;
  const from = e.offsets[c]!;
  const to = upperBound(e.day, from, e.offsets[c + 1]!, T);
  const amount = e.cols[ORDER.amount]!;
  const discount = e.cols[ORDER.discount]!;
  const completed = e.cols[ORDER.completed]!;
  let o30 = 0,
    o90 = 0,
    o180 = 0,
    o365 = 0;
  let a30 = 0,
    a90 = 0,
    a180 = 0,
    a365 = 0,
    aPrev90 = 0;
  let disc = 0;
  ensure(s, to - from);
  let days = 0;
  let firstDaySpend = 0;
  let totalSpend = 0;
  for (let i = from; i < to; i++) {
    const d = e.day[i]!;
    const age = T - d;
    const amt = amount[i]!;
    // Refunds change amounts (net spend) but are not purchases: no order, no day, no discount.
    const n = completed[i] === 1 ? 1 : 0;
    totalSpend += amt;
    if (n && (days === 0 || s.a[days - 1] !== d)) s.a[days++] = d;
    if (days === 1 && s.a[0] === d) firstDaySpend += amt;
    if (age < 365) {
      o365 += n;
      a365 += amt;
      if (age < 180) {
        o180 += n;
        a180 += amt;
        if (age < 90) {
          o90 += n;
          a90 += amt;
          if (n) disc += discount[i]!;
          if (age < 30) {
            o30 += n;
            a30 += amt;
          }
        } else {
          aPrev90 += amt;
        }
      }
    }
  }
  out[col.orders_30d] = o30;
  out[col.orders_90d] = o90;
  out[col.orders_180d] = o180;
  out[col.orders_365d] = o365;
  out[col.amount_30d] = a30;
  out[col.amount_90d] = a90;
  out[col.amount_180d] = a180;
  out[col.amount_365d] = a365;
  // Relative change; from nothing to something counts as +100 %, nothing to nothing as 0.
  out[col.amount_change_90d] = aPrev90 > 0 ? (a90 - aPrev90) / aPrev90 : a90 > 0 ? 1 : 0;
  out[col.avg_discount_90d] = o90 > 0 ? disc / o90 : NaN;
  if (days === 0) return;
  const first = s.a[0]!;
  const last = s.a[days - 1]!;
  out[col.recency_days] = T - last;
  if (days >= 2) {
    for (let k = 1; k < days; k++) s.b[k - 1] = s.a[k]! - s.a[k - 1]!;
    const gap = medianInPlace(s.b, days - 1);
    out[col.median_order_gap_days] = gap;
    out[col.overdue_ratio] = gap > 0 ? (T - last) / gap : NaN;
  }
  bg.x[r] = days - 1;
  bg.tx[r] = last - first;
  bg.age[r] = T - first;
  if (days >= 2) bg.repeatSpend[r] = (totalSpend - firstDaySpend) / (days - 1);
}

function activityFeatures(h: EventHistory, c: number, T: number, out: Float64Array): void {
  const e = h.activities;
  const from = e.offsets[c]!;
  const to = upperBound(e.day, from, e.offsets[c + 1]!, T);
  const kind = e.cols[ACTIVITY.kind]!;
  const count = e.cols[ACTIVITY.count]!;
  let ad30 = 0,
    ad90 = 0,
    adPrev30 = 0,
    pv30 = 0,
    pv90 = 0,
    pvPrev30 = 0,
    email = 0;
  let lastActiveDay = NaN;
  for (let i = to - 1; i >= from; i--) {
    const d = e.day[i]!;
    const age = T - d;
    if (age >= 90) break;
    const k = kind[i]!;
    if (k === ACTIVITY_KIND.emailOpen) {
      email += count[i]!;
      continue;
    }
    if (k === ACTIVITY_KIND.pageView) {
      pv90 += count[i]!;
      if (age < 30) pv30 += count[i]!;
      else if (age < 60) pvPrev30 += count[i]!;
    }
    if (k === ACTIVITY_KIND.call) continue;
    if (d !== lastActiveDay) {
      lastActiveDay = d;
      ad90++;
      if (age < 30) ad30++;
      else if (age < 60) adPrev30++;
    }
  }
  out[col.active_days_30d] = ad30;
  out[col.active_days_90d] = ad90;
  out[col.active_days_trend] = ad30 - adPrev30;
  out[col.page_views_30d] = pv30;
  out[col.page_views_90d] = pv90;
  out[col.page_views_trend] = pv30 - pvPrev30;
  out[col.email_opens_90d] = email;
}

function ticketFeatures(h: EventHistory, c: number, T: number, out: Float64Array, s: Scratch): void {
  const e = h.tickets;
  const from = e.offsets[c]!;
  const to = upperBound(e.day, from, e.offsets[c + 1]!, T);
  const complaint = e.cols[TICKET.complaint]!;
  const severe = e.cols[TICKET.severe]!;
  const hours = e.cols[TICKET.responseHours]!;
  let t90 = 0,
    c90 = 0,
    sev90 = 0,
    c365 = 0,
    nh = 0;
  ensure(s, to - from);
  for (let i = to - 1; i >= from; i--) {
    const age = T - e.day[i]!;
    if (age >= 365) break;
    if (complaint[i]) c365++;
    if (age < 180 && Number.isFinite(hours[i])) s.a[nh++] = hours[i]!;
    if (age < 90) {
      t90++;
      if (complaint[i]) c90++;
      if (severe[i]) sev90++;
    }
  }
  out[col.tickets_90d] = t90;
  out[col.complaints_90d] = c90;
  out[col.severe_complaints_90d] = sev90;
  out[col.complaints_365d] = c365;
  out[col.first_response_hours] = medianInPlace(s.a, nh);
}

/** Satisfaction = CSAT surveys and rated tickets together; NPS from NPS surveys. */
function surveyFeatures(h: EventHistory, c: number, T: number, out: Float64Array): void {
  const sat = { recent: 0, nRecent: 0, before: 0, nBefore: 0 };
  const nps = { recent: 0, nRecent: 0, before: 0, nBefore: 0 };
  const add = (acc: typeof sat, age: number, v: number): void => {
    if (!Number.isFinite(v)) return;
    if (age < 180) {
      acc.recent += v;
      acc.nRecent++;
    } else if (age < 360) {
      acc.before += v;
      acc.nBefore++;
    }
  };
  const sv = h.surveys;
  const sTo = upperBound(sv.day, sv.offsets[c]!, sv.offsets[c + 1]!, T);
  for (let i = sTo - 1; i >= sv.offsets[c]!; i--) {
    const age = T - sv.day[i]!;
    if (age >= 360) break;
    add(sv.cols[SURVEY.nps]![i] ? nps : sat, age, sv.cols[SURVEY.score]![i]!);
  }
  const tk = h.tickets;
  const tTo = upperBound(tk.day, tk.offsets[c]!, tk.offsets[c + 1]!, T);
  for (let i = tTo - 1; i >= tk.offsets[c]!; i--) {
    const age = T - tk.day[i]!;
    if (age >= 360) break;
    add(sat, age, tk.cols[TICKET.satisfaction]![i]!);
  }
  const avg = (sum: number, k: number): number => (k > 0 ? sum / k : NaN);
  out[col.satisfaction_avg] = avg(sat.recent, sat.nRecent);
  out[col.satisfaction_trend] = avg(sat.recent, sat.nRecent) - avg(sat.before, sat.nBefore);
  out[col.nps_avg] = avg(nps.recent, nps.nRecent);
  out[col.nps_trend] = avg(nps.recent, nps.nRecent) - avg(nps.before, nps.nBefore);
}

/** Every market signal names a competitor; price comparisons are also counted apart. */
function signalFeatures(h: EventHistory, c: number, T: number, out: Float64Array): void {
  const e = h.signals;
  const from = e.offsets[c]!;
  const to = upperBound(e.day, from, e.offsets[c + 1]!, T);
  let all = 0;
  let price = 0;
  for (let i = to - 1; i >= from; i--) {
    if (T - e.day[i]! >= 90) break;
    all++;
    if (e.cols[SIGNAL.price]![i]) price++;
  }
  out[col.competitor_signals_90d] = all;
  out[col.price_signals_90d] = price;
}
