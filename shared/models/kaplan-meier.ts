/**
 * Kaplan–Meier product-limit estimator (Kaplan & Meier 1958) with Greenwood's variance
 * (Greenwood 1926) and pointwise 95 % bands on the log(−log S) scale (Kalbfleisch &
 * Prentice 2002 §1.4; R `survfit(conf.type = "log-log")`), which keeps bands inside (0, 1).
 *
 * Input: duration per subject and event flag (1 = churned at that time, 0 = censored, i.e.
 * still active at the snapshot). Censorings tied with events at the same time count as at
 * risk at that time (the usual convention: events precede censorings).
 */

export interface KmPoint {
  time: number;
  nRisk: number;
  nEvents: number;
  nCensored: number;
  survival: number;
  /** Greenwood standard error of S(t). */
  se: number;
  lower: number;
  upper: number;
}

export interface KmCurve {
  n: number;
  events: number;
  /** One row per distinct time with an event or censoring, ascending. */
  points: KmPoint[];
  /** Smallest t with S(t) ≤ 0.5, or null if the curve never gets there. */
  median: number | null;
}

const Z975 = 1.959963984540054;

export function kaplanMeier(times: ArrayLike<number>, events: ArrayLike<number>, z = Z975): KmCurve {
  const n = times.length;
  if (events.length !== n) throw new RangeError('KM: times and events differ in length');
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (!(times[i]! >= 0)) throw new RangeError(`KM: invalid time at row ${i}`);
    idx[i] = i;
  }
  idx.sort((a, b) => times[a]! - times[b]!);
  const groups: TimeCounts[] = [];
  for (let i = 0; i < n;) {
    const t = times[idx[i]!]!;
    let d = 0;
    let c = 0;
    while (i < n && times[idx[i]!]! === t) {
      if (events[idx[i]!] === 1) d++;
      else c++;
      i++;
    }
    groups.push({ time: t, events: d, censored: c });
  }
  return productLimit(groups, n, z);
}

/** Subjects sharing one duration: how many churned then and how many were censored then. */
interface TimeCounts {
  time: number;
  events: number;
  censored: number;
}

/** One row of grouped counts: `subjects` with this duration, of whom `events` churned. */
export interface KmCountRow {
  readonly time: number;
  readonly subjects: number;
  readonly events: number;
}

/**
 * The same estimate from counts grouped by duration (a GROUP BY of the mart, or a dashboard
 * file's packaged aggregate) instead of one row per subject: identical to `kaplanMeier` on the
 * expanded arrays, because the estimator only ever reads the counts at each distinct time. Rows
 * may repeat a time (they are added) and come in any order; rows with no subjects are skipped.
 */
export function kaplanMeierFromCounts(rows: readonly KmCountRow[], z = Z975): KmCurve {
  const byTime = new Map<number, TimeCounts>();
  let n = 0;
  rows.forEach((row, i) => {
    const { time, subjects, events } = row;
    if (!(time >= 0)) throw new RangeError(`KM: invalid time at row ${i}`);
    if (!Number.isInteger(subjects) || !Number.isInteger(events) || events < 0 || events > subjects) throw new RangeError(`KM: invalid counts at row ${i}`);
    if (subjects === 0) return;
    const group = byTime.get(time) ?? { time, events: 0, censored: 0 };
    group.events += events;
    group.censored += subjects - events;
    byTime.set(time, group);
    n += subjects;
  });
  return productLimit(
    [...byTime.values()].sort((a, b) => a.time - b.time),
    n,
    z,
  );
}

/** The product-limit estimate over distinct times in ascending order, n subjects in all. */
function productLimit(groups: readonly TimeCounts[], n: number, z: number): KmCurve {
  let atRisk = n;
  let S = 1;
  let gw = 0; // Σ d / (n (n − d))
  let totalEvents = 0;
  let median: number | null = null;
  const points: KmPoint[] = [];
  for (const { time: t, events: d, censored: c } of groups) {
    if (d > 0) {
      S *= 1 - d / atRisk;
      gw += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
      totalEvents += d;
    }
    const se = S * Math.sqrt(gw);
    let lower: number;
    let upper: number;
    if (S <= 0 || !Number.isFinite(gw)) {
      lower = upper = S;
    } else if (S >= 1) {
      lower = upper = 1;
    } else {
      // se of log(−log S) by the delta method: √gw / |log S|.
      const k = (z * Math.sqrt(gw)) / Math.abs(Math.log(S));
      lower = Math.pow(S, Math.exp(k));
      upper = Math.pow(S, Math.exp(-k));
    }
    points.push({ time: t, nRisk: atRisk, nEvents: d, nCensored: c, survival: S, se, lower, upper });
    if (median === null && S <= 0.5 && d > 0) median = t;
    atRisk -= d + c;
  }
  return { n, events: totalEvents, points, median };
}

/** S(t) from a fitted curve (right-continuous step function). */
export function survivalAt(curve: KmCurve, t: number): number {
  let s = 1;
  for (const p of curve.points) {
    if (p.time > t) break;
    s = p.survival;
  }
  return s;
}

/** One curve per group key (e.g. segment), keys in first-seen order. */
export function kaplanMeierByGroup(times: ArrayLike<number>, events: ArrayLike<number>, groups: ArrayLike<string>, z = Z975): Map<string, KmCurve> {
  const rows = new Map<string, number[]>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    let r = rows.get(g);
    if (!r) rows.set(g, (r = []));
    r.push(i);
  }
  const out = new Map<string, KmCurve>();
  for (const [g, r] of rows) {
    out.set(
      g,
      kaplanMeier(
        r.map((i) => times[i]!),
        r.map((i) => events[i]!),
        z,
      ),
    );
  }
  return out;
}
