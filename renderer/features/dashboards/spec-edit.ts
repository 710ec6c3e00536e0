// Edits of a dashboard spec in the layout editor: add, duplicate, delete, replace a widget, and
// take react-grid-layout's positions. Each returns a new spec (the undo history keeps the old one).
import { GRID_COLUMNS, type DashboardSpec, type LayoutItem } from '../../../shared/dashboards/dashboard';
import type { Widget } from '../../../shared/dashboards/widget';

/** An id not used by the spec, from a readable stem (`chart_bar_2`). */
export function freshWidgetId(spec: DashboardSpec, stem: string): string {
  const used = new Set(spec.widgets.map((w) => w.id));
  const base = stem.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 32) || 'widget';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}_${n}`;
    if (!used.has(id)) return id;
  }
}

function bottom(layout: readonly LayoutItem[]): number {
  return layout.reduce((max, item) => Math.max(max, item.y + item.h), 0);
}

/** Adds a widget below everything else (the grid compacts it upwards). */
export function addWidget(spec: DashboardSpec, widget: Widget, size: { w: number; h: number }): DashboardSpec {
  const w = Math.min(GRID_COLUMNS, Math.max(1, size.w));
  return { ...spec, widgets: [...spec.widgets, widget], layout: [...spec.layout, { i: widget.id, x: 0, y: bottom(spec.layout), w, h: size.h }] };
}

export function duplicateWidget(spec: DashboardSpec, widgetId: string): DashboardSpec {
  const widget = spec.widgets.find((w) => w.id === widgetId);
  const at = spec.layout.find((l) => l.i === widgetId);
  if (!widget || !at) return spec;
  const copy: Widget = { ...widget, id: freshWidgetId(spec, widgetId) };
  return addWidget(spec, copy, { w: at.w, h: at.h });
}

export function deleteWidget(spec: DashboardSpec, widgetId: string): DashboardSpec {
  return { ...spec, widgets: spec.widgets.filter((w) => w.id !== widgetId), layout: spec.layout.filter((l) => l.i !== widgetId) };
}

export function replaceWidget(spec: DashboardSpec, widget: Widget): DashboardSpec {
  return { ...spec, widgets: spec.widgets.map((w) => (w.id === widget.id ? widget : w)) };
}

interface GridItem {
  readonly i: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The grid's positions; the same spec object when nothing moved (no undo step for a no-op). */
export function applyLayout(spec: DashboardSpec, grid: readonly GridItem[]): DashboardSpec {
  const byId = new Map(grid.map((g) => [g.i, g]));
  let changed = false;
  const layout = spec.layout.map((item) => {
    const g = byId.get(item.i);
    if (!g || (g.x === item.x && g.y === item.y && g.w === item.w && g.h === item.h)) return item;
    changed = true;
    return { i: item.i, x: g.x, y: g.y, w: g.w, h: g.h };
  });
  return changed ? { ...spec, layout } : spec;
}
