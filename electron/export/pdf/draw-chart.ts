// A chart on the page as vectors: the SVG that ECharts' server-side renderer drew
// (electron/export/charts/render-svg.ts) turned into PDF paths and text by svg-to-pdfkit. Every
// SVG font family maps to the one embedded font, so labels are real, searchable text in the
// same face as the screen's.
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartOption } from '../../../shared/dashboards/charts/context';
import { renderChartSvg } from '../charts/render-svg';
import { PDF_FONT } from './pdf-text';

/**
 * Screen pixels a chart is laid out in per PDF point of its box. The screen's dashboard is about
 * 1,300 px wide where an A4 page holds 778 pt, so 1.5 gives a chart about the room it has on the
 * screen (a small gauge's ticks do not meet in the middle) with 12 px labels printed at 8 pt.
 */
const PX_PER_PT = 1.5;

/** The option laid out at its box's size in screen pixels; drawChartSvg scales it into the box. */
export function chartSvgForBox(option: ChartOption, width: number, height: number): string {
  return renderChartSvg(option, { width: Math.max(40, Math.round(width * PX_PER_PT)), height: Math.max(30, Math.round(height * PX_PER_PT)) });
}

/**
 * The root's own width and height (pixels) give way to the box: svg-to-pdfkit then maps the
 * viewBox onto the box, whatever pixel size the chart was laid out at.
 */
export function fitSvgToBox(svg: string): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) => root.replace(/\swidth="[^"]*"/, ' width="100%"').replace(/\sheight="[^"]*"/, ' height="100%"'));
}

export function drawChartSvg(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, width: number, height: number): void {
  SVGtoPDF(doc, fitSvgToBox(svg), x, y, {
    width,
    height,
    fontCallback: () => PDF_FONT,
    // An effect PDF cannot show (a filter) is left out: nothing to tell the analyst.
    warningCallback: () => undefined,
  });
  // svg-to-pdfkit leaves its last font and colours set.
  doc.font(PDF_FONT);
}
