// Drill-down paths (下钻): geography region → city → owner, and time year → month → week on the
// widget's date dimension. A widget drills when it names a hierarchy and its dimension is a level
// of it. With n drill steps (filters.drill[widget.id]) it shows level start + n, and each step
// filters on the value clicked one level up; a level the source lacks (per the catalog, e.g. a
// dashboard file packaged without owners) ends the path at the last one it has.
import type { Catalog } from '../catalog/catalog';
import type { DrillStep } from './dashboard';
import type { ChartWidget, Widget } from './widget';

export type Grain = 'year' | 'month' | 'week';

export const GEOGRAPHY_LEVELS = ['region', 'city', 'owner'] as const;
export const TIME_GRAINS: readonly Grain[] = ['year', 'month', 'week'];

export interface DrillLevel {
  readonly field: string;
  readonly grain?: Grain;
}

/** The levels of the widget's path from its own dimension down, or [] when it does not drill. */
export function drillPath(widget: Widget, catalog?: Catalog): DrillLevel[] {
  if (widget.kind !== 'chart' || widget.hierarchy === undefined || widget.dimension === undefined) return [];
  const { dimension, source } = widget;
  const exists = (field: string) => catalog === undefined || catalog.field(source, field) !== undefined;
  if (widget.hierarchy === 'geography') {
    const start = GEOGRAPHY_LEVELS.findIndex((level) => level === dimension.field);
    if (start < 0) return [];
    const levels: DrillLevel[] = [];
    for (const field of GEOGRAPHY_LEVELS.slice(start)) {
      if (!exists(field)) break;
      levels.push({ field });
    }
    return levels;
  }
  const start = dimension.grain === undefined ? -1 : TIME_GRAINS.indexOf(dimension.grain);
  if (start < 0) return [];
  return TIME_GRAINS.slice(start).map((grain) => ({ field: dimension.field, grain }));
}

/** How many of the steps take effect: no deeper than the path's bottom. */
export function drillDepth(widget: Widget, steps: readonly DrillStep[], catalog?: Catalog): number {
  const path = drillPath(widget, catalog);
  return path.length === 0 ? 0 : Math.min(steps.length, path.length - 1);
}

/** The dimension a chart shows after the steps (its own without a hierarchy or steps; undefined for other kinds). */
export function drillDimension(widget: Widget, steps: readonly DrillStep[], catalog?: Catalog): ChartWidget['dimension'] {
  if (widget.kind !== 'chart') return undefined;
  const path = drillPath(widget, catalog);
  const level = path[drillDepth(widget, steps, catalog)];
  if (level === undefined) return widget.dimension;
  return level.grain === undefined ? { field: level.field } : { field: level.field, grain: level.grain };
}

/** The level a further click would drill to, or null at the bottom (or without a hierarchy). */
export function nextDrillLevel(widget: Widget, steps: readonly DrillStep[], catalog?: Catalog): DrillLevel | null {
  const path = drillPath(widget, catalog);
  return path[drillDepth(widget, steps, catalog) + 1] ?? null;
}
