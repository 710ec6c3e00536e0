// A widget's filter: the AND of its own filter, the dashboard's global conditions that apply to
// it, the linkage (联动) clicks on OTHER widgets, and its own drill steps. A dashboard filter
// applies when every field it names exists in the widget's source per the catalog given (the
// workspace's, or a dashboard file's narrower one); otherwise it is reported in `notApplied` and
// the widget shows its data without it, never an error. `receivesFilters: false` keeps a widget
// out of the global bar, the period and linkage (all reported as not applied); its own filter and
// drill steps still apply.
import type { Catalog } from '../catalog/catalog';
import type { SourceId } from '../catalog/types';
import type { FilterNode, FilterValue } from '../query/ast';
import { addDays, parseIsoDate } from '../query/calendar';
import type { DashboardFilters, DrillStep, LinkageFilter } from './dashboard';
import { drillDepth, type Grain } from './hierarchies';
import type { Widget } from './widget';

export interface WidgetFilter {
  /** Undefined when nothing filters the widget. */
  readonly filter: FilterNode | undefined;
  /** Field ids (and 'period') that filtered it, in first-seen order, without repeats. */
  readonly applied: string[];
  readonly notApplied: string[];
  /** Whether the dashboard's period filter replaces the widget's own months. */
  readonly periodApplies: boolean;
}

/** Every field a filter names. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'condition':
      return [node.field];
    case 'not':
      return filterFields(node.child);
    case 'group':
      return node.children.flatMap(filterFields);
  }
}

export function and(nodes: readonly (FilterNode | undefined)[]): FilterNode | undefined {
  const items = nodes.filter((n): n is FilterNode => n !== undefined);
  if (items.length <= 1) return items[0];
  return { kind: 'group', op: 'and', children: items };
}

/**
 * One clicked value as a condition. With a grain on a date field the value is the truncated
 * date shown ('2024', '2024-05' or the Monday of a week) and becomes that range of days.
 */
export function valueCondition(field: string, value: FilterValue, grain: Grain | undefined): FilterNode {
  const range = grain === undefined ? undefined : grainRange(value, grain);
  if (range === undefined) return { kind: 'condition', field, op: '=', value };
  return { kind: 'condition', field, op: 'between', low: range[0], high: range[1] };
}

/** First and last day of a truncated date, or undefined when it is not one of the grain's shape. */
export function grainRange(value: FilterValue, grain: Grain): [string, string] | undefined {
  if (typeof value !== 'string') return undefined;
  if (grain === 'year') return /^\d{4}$/.test(value) ? [`${value}-01-01`, `${value}-12-31`] : undefined;
  if (grain === 'month') {
    const first = /^\d{4}-\d{2}$/.test(value) ? parseIsoDate(`${value}-01`) : undefined;
    if (first === undefined) return undefined;
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  const monday = parseIsoDate(value);
  const sunday = monday && addDays(monday, 6);
  return sunday === undefined ? undefined : [value, sunday];
}

/** A linkage filter as one condition (several values: OR of them). */
export function linkageCondition(linkage: Pick<LinkageFilter, 'field' | 'grain' | 'values'>, grainApplies: boolean): FilterNode {
  const grain = grainApplies ? linkage.grain : undefined;
  if (grain === undefined)
    return linkage.values.length === 1 && linkage.values[0] !== undefined
      ? valueCondition(linkage.field, linkage.values[0], undefined)
      : { kind: 'condition', field: linkage.field, op: 'in', values: [...linkage.values] };
  const items = linkage.values.map((v) => valueCondition(linkage.field, v, grain));
  return items.length === 1 && items[0] ? items[0] : { kind: 'group', op: 'or', children: items };
}

function drillCondition(step: DrillStep, catalog: Catalog, source: SourceId): FilterNode {
  const isDate = catalog.field(source, step.field)?.type === 'date';
  return valueCondition(step.field, step.value, isDate ? step.grain : undefined);
}

/** The filters of one widget under the dashboard's filters (see the header). */
export function widgetFilter(widget: Widget, filters: DashboardFilters, catalog: Catalog): WidgetFilter {
  const applied: string[] = [];
  const notApplied: string[] = [];
  const note = (list: string[], ids: readonly string[]) => {
    for (const id of ids) if (!list.includes(id)) list.push(id);
  };
  if (widget.kind === 'text') {
    const all = [...filters.global.flatMap(filterFields), ...filters.linkage.filter((l) => l.widgetId !== widget.id).map((l) => l.field)];
    note(notApplied, filters.period ? [...all, 'period'] : all);
    return { filter: undefined, applied, notApplied, periodApplies: false };
  }
  const { source } = widget;
  const has = (field: string) => catalog.field(source, field) !== undefined;
  const nodes: (FilterNode | undefined)[] = [widget.filter];
  const receives = widget.receivesFilters;

  for (const node of filters.global) {
    const fields = filterFields(node);
    if (receives && fields.every(has)) {
      nodes.push(node);
      note(applied, fields);
    } else note(notApplied, fields);
  }
  let periodApplies = false;
  if (filters.period !== undefined) {
    periodApplies = receives && source !== 'customer' && has(source === 'churn_month' ? 'month' : 'cohort_month');
    note(periodApplies ? applied : notApplied, ['period']);
  }
  for (const linkage of filters.linkage) {
    if (linkage.widgetId === widget.id) continue;
    const field = catalog.field(source, linkage.field);
    if (receives && field !== undefined) {
      nodes.push(linkageCondition(linkage, field.type === 'date'));
      note(applied, [linkage.field]);
    } else note(notApplied, [linkage.field]);
  }
  const steps = filters.drill[widget.id] ?? [];
  for (const step of steps.slice(0, drillDepth(widget, steps, catalog))) {
    if (has(step.field)) {
      nodes.push(drillCondition(step, catalog, source));
      note(applied, [step.field]);
    } else note(notApplied, [step.field]);
  }
  // A field both applied (somewhere) and not (elsewhere) counts as applied: the widget is filtered by it.
  return { filter: and(nodes), applied, notApplied: notApplied.filter((id) => !applied.includes(id)), periodApplies };
}
