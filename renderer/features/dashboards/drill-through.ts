// "Open in Customers" (drill-through): the customers a widget counts, as one filter AST the
// Customers grid applies — the global bar, other widgets' linkage, this widget's drill steps and
// its own filter. Conditions on fields the customer mart lacks (a month source's month, a
// grain-truncated date) cannot be carried over and are left out.
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import type { Widget } from '../../../shared/dashboards/widget';
import type { FilterNode } from '../../../shared/query/ast';

function fieldsOf(node: FilterNode): string[] {
  switch (node.kind) {
    case 'condition':
      return [node.field];
    case 'not':
      return fieldsOf(node.child);
    case 'group':
      return node.children.flatMap(fieldsOf);
  }
}

export function drillThroughFilter(widget: Widget, filters: DashboardFilters, customerFields: ReadonlySet<string>): FilterNode | null {
  const mappable = (node: FilterNode) => fieldsOf(node).every((f) => customerFields.has(f));
  const parts: FilterNode[] = [];
  if (widget.receivesFilters) {
    parts.push(...filters.global.filter(mappable));
    for (const l of filters.linkage) {
      if (l.widgetId === widget.id || l.grain || !customerFields.has(l.field)) continue;
      parts.push({ kind: 'condition', field: l.field, op: 'in', values: l.values });
    }
  }
  for (const step of filters.drill[widget.id] ?? []) {
    if (step.grain || !customerFields.has(step.field)) continue;
    parts.push({ kind: 'condition', field: step.field, op: '=', value: step.value });
  }
  if (widget.filter && mappable(widget.filter)) parts.push(widget.filter);
  if (parts.length === 0) return null;
  return parts.length === 1 && parts[0] ? parts[0] : { kind: 'group', op: 'and', children: parts };
}
