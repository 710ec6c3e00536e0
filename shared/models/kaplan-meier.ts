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
  let atRisk = n;
  let S = 1;
  let gw = 0; // Σ d / (n (n − d))
  let totalEvents = 0;
  let median: number | null = null;
  const points: KmPoint[] = [];
  for (let i = 0; i < n;) {
    const t = times[idx[i]!]!;
    let d = 0;
    let c = 0;
    while (i < n && times[idx[i]!]! === t) {
      if (events[idx[i]!] === 1) d++;
      else c++;
      i++;
    }
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
