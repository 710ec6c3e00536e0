// Labelled populations for training and evaluation: customers active on day T, labelled 1
// when they churn within (T, T + horizon]. Requires T + horizon ≤ the data limit.
import type { ChurnDefinition } from './churn-definition';
import { churnStatus, eventDays, implicitThreshold, type LabelKind } from './churn';
import type { FeatureFrame } from './features';
import type { EventHistory } from './history';

export interface Labelled {
  /** Frame rows in the population. */
  rows: Int32Array;
  labels: Uint8Array;
}

export function labelAt(h: EventHistory, def: ChurnDefinition, kind: LabelKind, frame: Pick<FeatureFrame, 'asOfDay' | 'rows'>, horizon: number): Labelled {
  const T = frame.asOfDay;
  const rows: number[] = [];
  const labels: number[] = [];
  const buf: number[] = [];
  for (let r = 0; r < frame.rows.length; r++) {
    const s = churnStatus(h, def, kind, frame.rows[r]!, T, h.limitDay, buf);
    if (!s.activeAtT) continue;
    rows.push(r);
    labels.push(s.churnDay <= T + horizon ? 1 : 0);
  }
  return { rows: Int32Array.from(rows), labels: Uint8Array.from(labels) };
}

/** Churn state on the snapshot day itself: churned (with its day, when known) or not. */
export function churnedOn(h: EventHistory, def: ChurnDefinition, kind: LabelKind, c: number, T: number, buf: number[]): { churned: boolean; day: number } {
  if (kind === 'active') {
    const s = churnStatus(h, def, kind, c, T, T, buf);
    if (s.activeAtT) return { churned: false, day: NaN };
    const cancel = h.customers.cancelDay[c]!;
    const end = h.customers.contractEndDay[c]!;
    const day = cancel <= T ? cancel : def.active.contractEndCounts && end <= T ? end : NaN;
    return { churned: true, day };
  }
  const days = eventDays(h, def, c, T, buf);
  if (days.length === 0) return { churned: false, day: NaN };
  const threshold = implicitThreshold(def, days);
  const last = days[days.length - 1]!;
  return last + threshold <= T ? { churned: true, day: last + threshold } : { churned: false, day: NaN };
}
