// Drill paths until helper core's hierarchies.ts lands: geography region → city → owner; time
// year → month → week on the widget's date dimension. The level after the one shown, or null at
// the bottom.
import type { HierarchyId } from '../../../shared/dashboards/widget';

export interface DrillLevel {
  readonly field: string;
  readonly grain?: 'year' | 'month' | 'week';
}

const GEOGRAPHY = ['region', 'city', 'owner'] as const;
const TIME_GRAINS = ['year', 'month', 'week'] as const;

export function nextDrillLevel(hierarchy: HierarchyId, current: DrillLevel): DrillLevel | null {
  if (hierarchy === 'geography') {
    const at = GEOGRAPHY.findIndex((f) => f === current.field);
    const next = at >= 0 ? GEOGRAPHY[at + 1] : undefined;
    return next ? { field: next } : null;
  }
  const at = TIME_GRAINS.findIndex((g) => g === (current.grain ?? 'month'));
  const next = at >= 0 ? TIME_GRAINS[at + 1] : undefined;
  return next ? { field: current.field, grain: next } : null;
}
