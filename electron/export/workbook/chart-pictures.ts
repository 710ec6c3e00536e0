// Pictures of the charts Excel cannot draw from the sheet's cells (gauge, heat map, Kaplan–Meier,
// or a chart whose table is empty): the screen's ECharts option drawn by ECharts' server-side
// SVG renderer and rasterised by resvg with the bundled CJK font, at the size the chart takes on
// the cover, before any sheet is written (the job reports 'renderingCharts').
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportDocument, ExportSection } from '../../../shared/export/document';
import { checkCancelled, type WorkbookProgress } from './context';
import { coverChartPixels } from './cover-sheet';
import type { ChartPicture } from './section-sheet';

export function needsPicture(section: ExportSection): boolean {
  return section.chart !== null && (section.chart.native === null || section.table.rowCount === 0);
}

export interface ChartPictures {
  /** Section index → its chart's picture. */
  readonly sections: Map<number, ChartPicture>;
  /** KPI index → its sparkline's picture. */
  readonly sparklines: Map<number, Uint8Array>;
}

/** A KPI card's sparkline on the cover: the card's three columns wide, one 40-pixel row high. */
export const SPARKLINE_PIXELS = { width: 300, height: 40 };

export async function renderChartPictures(doc: ExportDocument, signal: AbortSignal, onProgress: WorkbookProgress): Promise<ChartPictures> {
  const wanted = [
    ...doc.sections.flatMap((section, index) =>
      needsPicture(section) && section.chart ? [{ kind: 'section' as const, index, option: section.chart.option, size: coverChartPixels(section) }] : [],
    ),
    ...doc.kpis.flatMap((kpi, index) => (kpi.sparkline ? [{ kind: 'sparkline' as const, index, option: kpi.sparkline, size: SPARKLINE_PIXELS }] : [])),
  ];
  const pictures: ChartPictures = { sections: new Map(), sparklines: new Map() };
  if (wanted.length === 0) return pictures;
  // Loaded only when a picture is wanted: ECharts and resvg weigh tens of MB a list export never needs.
  const [{ renderChartSvg }, { rasterisePng }] = await Promise.all([import('../charts/render-svg'), import('../charts/rasterise')]);
  onProgress('renderingCharts', 0, wanted.length);
  for (const [done, { kind, index, option, size }] of wanted.entries()) {
    const png = rasterisePng(renderChartSvg(option, size), kind === 'section' ? { background: '#ffffff' } : {});
    if (kind === 'section') pictures.sections.set(index, { png, aspect: size.width / size.height });
    else pictures.sparklines.set(index, png);
    onProgress('renderingCharts', done + 1, wanted.length);
    // A cancel arrives as a message on this thread: let it in between charts.
    await nextTurn();
    checkCancelled({ signal });
  }
  return pictures;
}
