// When training refuses for too few churners (issue 10 §6), settings that would work: the
// longest shorter horizon whose time windows hold enough churned and retained customers. Only
// labels are counted (no features, no fit), so trying a handful of horizons stays cheap.
import type { ChurnDefinition } from './churn-definition';
import type { LabelKind } from './churn';
import { startDay } from './features';
import type { EventHistory } from './history';
import { labelAt } from './labels';
import { timeWindows, usable } from './training';

/** Horizons tried, longest first: the first that works changes the question least. */
export const SUGGESTED_HORIZONS = [60, 45, 30, 21, 14, 7] as const;

/** Customers known on day T, as computeFeatures selects them (a dated start on or before T). */
function knownOn(h: EventHistory, T: number): Int32Array {
  const rows: number[] = [];
  for (let c = 0; c < h.customers.ids.length; c++) if (startDay(h, c) <= T) rows.push(c);
  return Int32Array.from(rows);
}

/** Whether training with this horizon would find enough of each class in both time windows. */
export function horizonWorks(h: EventHistory, def: ChurnDefinition, label: LabelKind, horizonDays: number): boolean {
  const windows = timeWindows(h, { horizonDays });
  if (!windows) return false;
  return [windows.trainDay, windows.evalDay].every((day) => usable(labelAt(h, def, label, { asOfDay: day, rows: knownOn(h, day) }, horizonDays)));
}

/** The longest horizon shorter than `current` that would train, or null when none does. */
export function suggestHorizon(h: EventHistory, def: ChurnDefinition, label: LabelKind, current: number): number | null {
  for (const horizon of SUGGESTED_HORIZONS) {
    if (horizon < current && horizonWorks(h, def, label, horizon)) return horizon;
  }
  return null;
}
