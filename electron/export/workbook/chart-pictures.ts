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

/** Section index → its chart's picture. */
export async function renderChartPictures(doc: ExportDocument, signal: AbortSignal, onProgress: WorkbookProgress): Promise<Map<number, ChartPicture>> {
  const wanted = doc.sections.flatMap((section, index) => (needsPicture(section) && section.chart ? [{ index, section, option: section.chart.option }] : []));
  const pictures = new Map<number, ChartPicture>();
  if (wanted.length === 0) return pictures;
  // Loaded only when a picture is wanted: ECharts and resvg weigh tens of MB a list export never needs.
  const [{ renderChartSvg }, { rasterisePng }] = await Promise.all([import('../charts/render-svg'), import('../charts/rasterise')]);
  onProgress('renderingCharts', 0, wanted.length);
  for (const [done, { index, section, option }] of wanted.entries()) {
    const size = coverChartPixels(section);
    const png = rasterisePng(renderChartSvg(option, size), { background: '#ffffff' });
    pictures.set(index, { png, aspect: size.width / size.height });
    onProgress('renderingCharts', done + 1, wanted.length);
    // A cancel arrives as a message on this thread: let it in between charts.
    await nextTurn();
    checkCancelled({ signal });
  }
  return pictures;
}
