// What a click, a bar control or a breadcrumb × does to the filters in force (DashboardFilters):
// pure functions, so linkage (联动), drill and "clear" behave the same on a workspace and in the
// viewer of a dashboard file, and are unit-tested without a browser.
import type { DashboardFilters, DrillStep, LinkageFilter } from '../../../shared/dashboards/dashboard';
import type { FilterNode } from '../../../shared/query/ast';
import type { WidgetSelection, WidgetValue } from './widgets/widget-props';

export const EMPTY_FILTERS: DashboardFilters = { global: [], linkage: [], drill: {} };

/**
 * A click on a widget's value: without Ctrl/Cmd it replaces that widget's linkage with this one
 * value (clicking the only selected value again clears it); with Ctrl/Cmd it toggles the value in
 * the widget's set. Linkage from other widgets stays.
 */
export function applyLinkage(filters: DashboardFilters, selection: WidgetSelection): DashboardFilters {
  const current = filters.linkage.find((l) => l.widgetId === selection.widgetId);
  const others = filters.linkage.filter((l) => l.widgetId !== selection.widgetId);
  const had = current !== undefined && current.field === selection.field && current.values.includes(selection.value);
  let values: WidgetValue[];
  if (selection.additive && current && current.field === selection.field) {
    values = had ? current.values.filter((v) => v !== selection.value) : [...current.values, selection.value];
  } else {
    values = had && current.values.length === 1 ? [] : [selection.value];
  }
  if (values.length === 0) return { ...filters, linkage: others };
  const entry: LinkageFilter = { widgetId: selection.widgetId, field: selection.field, values };
  if (selection.grain) entry.grain = selection.grain;
  return { ...filters, linkage: [...others, entry] };
}

/** The values of one widget selected by linkage (highlighted on it). */
export function selectedValues(filters: DashboardFilters, widgetId: string): WidgetValue[] {
  return filters.linkage.find((l) => l.widgetId === widgetId)?.values ?? [];
}

export function removeLinkage(filters: DashboardFilters, widgetId: string, value?: WidgetValue): DashboardFilters {
  const linkage = filters.linkage.flatMap((l) => {
    if (l.widgetId !== widgetId) return [l];
    if (value === undefined) return [];
    const values = l.values.filter((v) => v !== value);
    return values.length === 0 ? [] : [{ ...l, values }];
  });
  return { ...filters, linkage };
}

export function clearLinkage(filters: DashboardFilters): DashboardFilters {
  return filters.linkage.length === 0 ? filters : { ...filters, linkage: [] };
}

/** One more step down the widget's hierarchy (at most three, as the contract allows). */
export function drillDown(filters: DashboardFilters, widgetId: string, step: DrillStep): DashboardFilters {
  const steps = filters.drill[widgetId] ?? [];
  if (steps.length >= 3) return filters;
  // Drilling into a value makes a linkage selection of the same widget moot.
  return { ...removeLinkage(filters, widgetId), drill: { ...filters.drill, [widgetId]: [...steps, step] } };
}

/** Back up to `depth` steps (0: the top level). */
export function drillUp(filters: DashboardFilters, widgetId: string, depth: number): DashboardFilters {
  const steps = filters.drill[widgetId] ?? [];
  const drill = { ...filters.drill };
  if (depth <= 0) delete drill[widgetId];
  else drill[widgetId] = steps.slice(0, depth);
  return { ...filters, drill };
}

/** The bar control of `field`: replaced by `node`, or removed when `node` is null. */
export function setGlobal(filters: DashboardFilters, field: string, node: FilterNode | null): DashboardFilters {
  const others = filters.global.filter((n) => globalField(n) !== field);
  return { ...filters, global: node ? [...others, node] : others };
}

/** The field a bar control filters (its first condition's field). */
export function globalField(node: FilterNode): string | null {
  switch (node.kind) {
    case 'condition':
      return node.field;
    case 'not':
      return globalField(node.child);
    case 'group':
      return node.children.length > 0 && node.children[0] ? globalField(node.children[0]) : null;
  }
}

/** The values a bar control picks (`in` or `=`), for its select. */
export function globalValues(filters: DashboardFilters, field: string): string[] {
  const node = filters.global.find((n) => globalField(n) === field);
  if (!node || node.kind !== 'condition') return [];
  if (node.op === 'in') return (node.values ?? []).map(String);
  if (node.op === '=' && node.value !== undefined) return [String(node.value)];
  return [];
}

/** A bar control picking values of a field: `in`, or nothing when none is picked. */
export function inCondition(field: string, values: readonly (string | number)[]): FilterNode | null {
  return values.length === 0 ? null : { kind: 'condition', field, op: 'in', values: [...values] };
}

export function hasAnyFilter(filters: DashboardFilters): boolean {
  return filters.global.length > 0 || filters.period !== undefined || filters.linkage.length > 0 || Object.keys(filters.drill).length > 0;
}
