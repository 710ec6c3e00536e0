// The breadcrumb of active filters: one chip per global control, the period, each linkage value
// and each widget's drill, each knowing how to remove itself.
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import type { FilterNode } from '../../../shared/query/ast';
import { drillUp, globalField, removeLinkage, setGlobal } from './filter-state';

export interface FilterChip {
  readonly key: string;
  readonly kind: 'global' | 'period' | 'linkage' | 'drill';
  readonly field: string;
  /** Values as shown (raw; the chip translates them). */
  readonly values: readonly (string | number | boolean)[];
  /** The widget a linkage or drill chip comes from. */
  readonly widgetId?: string;
  readonly remove: (filters: DashboardFilters) => DashboardFilters;
}

function nodeValues(node: FilterNode): (string | number | boolean)[] {
  if (node.kind !== 'condition') return [];
  if (node.values) return [...node.values];
  if (node.value !== undefined) return [node.value];
  return [];
}

export function filterChips(filters: DashboardFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.period) {
    const { from, to } = filters.period;
    chips.push({
      key: 'period',
      kind: 'period',
      field: 'period',
      values: [from === to ? from : `${from} – ${to}`],
      remove: (f) => {
        const next = { ...f };
        delete next.period;
        return next;
      },
    });
  }
  for (const node of filters.global) {
    const field = globalField(node);
    if (field === null) continue;
    chips.push({ key: `global:${field}`, kind: 'global', field, values: nodeValues(node), remove: (f) => setGlobal(f, field, null) });
  }
  for (const l of filters.linkage) {
    for (const value of l.values) {
      chips.push({
        key: `linkage:${l.widgetId}:${String(value)}`,
        kind: 'linkage',
        field: l.field,
        values: [value],
        widgetId: l.widgetId,
        remove: (f) => removeLinkage(f, l.widgetId, value),
      });
    }
  }
  for (const [widgetId, steps] of Object.entries(filters.drill)) {
    if (steps.length === 0) continue;
    const last = steps[steps.length - 1];
    if (!last) continue;
    chips.push({
      key: `drill:${widgetId}`,
      kind: 'drill',
      field: last.field,
      values: steps.map((s) => s.value),
      widgetId,
      remove: (f) => drillUp(f, widgetId, 0),
    });
  }
  return chips;
}
