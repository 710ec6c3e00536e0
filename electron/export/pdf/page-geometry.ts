// Where things go on a landscape page: the printable box between the running header and footer,
// the 12-column grid of the dashboard scaled to the page width, and the type sizes. A3 is A4
// scaled by √2, so the same dashboard reads the same on both, only larger.
import { GRID_COLUMNS } from '../../../shared/dashboards/dashboard';

export type PdfPageSize = 'A4' | 'A3';

export interface PageGeometry {
  readonly size: PdfPageSize;
  /** Landscape page in PDF points (1/72 inch). */
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  /** First line of content, below the running header. */
  readonly top: number;
  /** Last line of content, above the footer. */
  readonly bottom: number;
  /** Space between widgets, as the screen's grid margin. */
  readonly gap: number;
  /** One grid column including its gap. */
  readonly column: number;
  /** One grid row: the screen's row height relative to a column, so a chart keeps its proportions. */
  readonly row: number;
  /** The header's baseline area (title, data date) and the footer's (page n of N, generated at). */
  readonly headerY: number;
  readonly footerY: number;
  /** Type sizes in points. */
  readonly type: { readonly title: number; readonly subtitle: number; readonly body: number; readonly small: number; readonly table: number; readonly kpi: number };
}

const LANDSCAPE: Readonly<Record<PdfPageSize, { width: number; height: number }>> = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
};

/** The screen's grid row (react-grid-layout rowHeight ≈ 40 px) over one column of a 1,300 px canvas (≈ 108 px). */
const ROW_PER_COLUMN = 0.37;

export function pageGeometry(size: PdfPageSize): PageGeometry {
  const { width, height } = LANDSCAPE[size];
  const k = size === 'A3' ? Math.SQRT2 : 1;
  const margin = 30 * k;
  const gap = 8 * k;
  const left = margin;
  const right = width - margin;
  const column = (right - left + gap) / GRID_COLUMNS;
  return {
    size,
    width,
    height,
    left,
    right,
    top: 52 * k,
    bottom: height - 36 * k,
    gap,
    column,
    row: column * ROW_PER_COLUMN,
    headerY: 22 * k,
    footerY: height - 26 * k,
    type: { title: 20 * k, subtitle: 13 * k, body: 9.5 * k, small: 8 * k, table: 7.5 * k, kpi: 17 * k },
  };
}

export const contentWidth = (g: PageGeometry): number => g.right - g.left;
export const contentHeight = (g: PageGeometry): number => g.bottom - g.top;
