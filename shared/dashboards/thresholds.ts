// Green / amber / red from thresholds with a direction, the one rule behind KPI cards, gauges,
// heat-map cells, table 条件属性 and (next issue) Excel conditional formats. Equality at a
// threshold falls on the worse side, in both directions.
import type { Thresholds } from './widget';
import type { TrafficLight } from './widget-data';

export function trafficLight(value: number | null | undefined, thresholds: Thresholds): TrafficLight | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (thresholds.direction === 'lowerIsBetter') {
    if (value >= thresholds.red) return 'red';
    if (value >= thresholds.amber) return 'amber';
    return 'green';
  }
  if (value <= thresholds.red) return 'red';
  if (value <= thresholds.amber) return 'amber';
  return 'green';
}

/** Whether moving from `before` to `after` is good news; null when unchanged or unknown. */
export function changeIsGood(before: number | null, after: number | null, direction: Thresholds['direction']): boolean | null {
  if (before === null || after === null || before === after) return null;
  return direction === 'lowerIsBetter' ? after < before : after > before;
}
