// What a click or double-click on a widget's value means for the filters: a double-click
// ('drill') on a widget with a hierarchy, above its bottom level, is one more drill step; any
// other click is linkage (联动) for the other widgets, unless the widget does not emit it.
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { nextDrillLevel } from '../../../shared/dashboards/hierarchies';
import type { Widget } from '../../../shared/dashboards/widget';
import { applyLinkage, drillDown } from './filter-state';
import type { WidgetSelection } from './widgets/widget-props';

export function selectionToFilters(widget: Widget, selection: WidgetSelection, filters: DashboardFilters): DashboardFilters {
  if (selection.gesture === 'drill' && widget.kind === 'chart' && widget.hierarchy && widget.dimension) {
    if (nextDrillLevel(widget, filters.drill[widget.id] ?? []) === null) return filters;
    const step = selection.grain ? { field: selection.field, grain: selection.grain, value: selection.value } : { field: selection.field, value: selection.value };
    return drillDown(filters, widget.id, step);
  }
  if (!widget.emitsLinkage) return filters;
  return applyLinkage(filters, { ...selection, gesture: 'click' });
}
