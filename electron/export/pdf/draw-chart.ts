// A chart on the page as vectors: the SVG that ECharts' server-side renderer drew
// (electron/export/charts/render-svg.ts) turned into PDF paths and text by svg-to-pdfkit. Every
// SVG font family maps to the one embedded font, so labels are real, searchable text in the
// same face as the screen's.
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartOption } from '../../../shared/dashboards/charts/context';
import { renderChartSvg } from '../charts/render-svg';
import { PDF_FONT } from './pdf-text';

/** CSS pixels per PDF point: svg-to-pdfkit reads SVG units as pixels (1 px = 0.75 pt). */
const PX_PER_PT = 96 / 72;

/** The option drawn at the size of its box on the page, so axis labels keep the screen's type size. */
export function chartSvgForBox(option: ChartOption, width: number, height: number): string {
  return renderChartSvg(option, { width: Math.max(40, Math.round(width * PX_PER_PT)), height: Math.max(30, Math.round(height * PX_PER_PT)) });
}

export function drawChartSvg(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, width: number, height: number): void {
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    fontCallback: () => PDF_FONT,
    // An effect PDF cannot show (a filter) is left out: nothing to tell the analyst.
    warningCallback: () => undefined,
  });
  // svg-to-pdfkit leaves its last font and colours set.
  doc.font(PDF_FONT);
}
