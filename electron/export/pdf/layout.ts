// The sections laid out like the screen: each widget keeps its place on the 12-column grid,
// scaled to the page width. Widgets that share rows form a band, and a band is never split
// across pages (a chart is never cut in two). Sections without a place (the monthly report's)
// get one: consecutive charts two to a row, a lone chart, tables and notes across the page.
import { GRID_COLUMNS } from '../../../shared/dashboards/dashboard';
import type { PageGeometry } from './page-geometry';
import { contentHeight } from './page-geometry';

export interface GridPlace {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LayoutInput {
  readonly layout: GridPlace | null;
  readonly hasChart: boolean;
}

/** A section's box in points: x from the page's left edge, y from the band's top. */
export interface PlacedBox {
  readonly section: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Band {
  readonly height: number;
  readonly boxes: readonly PlacedBox[];
}

const AUTO_CHART = { w: 6, h: 9 };
const AUTO_WIDE_CHART = { w: 12, h: 9 };
const AUTO_TABLE = { w: 12, h: 10 };

/** Every section's grid place: its own, or the next free one below the placed widgets. */
export function gridPlaces(sections: readonly LayoutInput[]): GridPlace[] {
  let next = sections.reduce((bottom, s) => (s.layout ? Math.max(bottom, s.layout.y + s.layout.h) : bottom), 0);
  let x = 0;
  let rowHeight = 0;
  return sections.map((section, index) => {
    if (section.layout) return section.layout;
    // Two unplaced charts in a row share it; a chart on its own takes the page's width.
    const startsRow = x === 0 || x + AUTO_CHART.w > GRID_COLUMNS;
    const pairs = !startsRow || (sections[index + 1]?.layout === null && sections[index + 1]?.hasChart === true);
    const size = section.hasChart ? (pairs ? AUTO_CHART : AUTO_WIDE_CHART) : AUTO_TABLE;
    if (x + size.w > GRID_COLUMNS) {
      next += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    const place = { x, y: next, ...size };
    x += size.w;
    rowHeight = Math.max(rowHeight, size.h);
    return place;
  });
}

/**
 * Bands in reading order: sections sorted by row then column; a section joins the band while it
 * starts above the band's lowest edge. A band taller than a page is scaled down to fit one.
 */
export function layoutBands(sections: readonly LayoutInput[], g: PageGeometry): Band[] {
  const places = gridPlaces(sections);
  const order = places.map((place, section) => ({ place, section })).sort((a, b) => a.place.y - b.place.y || a.place.x - b.place.x);
  const groups: { top: number; bottom: number; members: typeof order }[] = [];
  for (const item of order) {
    const last = groups.at(-1);
    if (last && item.place.y < last.bottom) {
      last.members.push(item);
      last.bottom = Math.max(last.bottom, item.place.y + item.place.h);
    } else {
      groups.push({ top: item.place.y, bottom: item.place.y + item.place.h, members: [item] });
    }
  }
  return groups.map((group) => {
    const rows = group.bottom - group.top;
    const row = Math.min(g.row, (contentHeight(g) + g.gap) / rows);
    return {
      height: rows * row - g.gap,
      boxes: group.members.map(({ place, section }) => ({
        section,
        x: g.left + place.x * g.column,
        y: (place.y - group.top) * row,
        width: Math.min(place.w, GRID_COLUMNS - place.x) * g.column - g.gap,
        height: place.h * row - g.gap,
      })),
    };
  });
}
