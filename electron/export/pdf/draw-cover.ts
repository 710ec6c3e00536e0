// The first page's top: the title, subtitle, workspace, filters, data date and generation time,
// the logo, the text widgets' words, then the KPI cards as on the screen (title, big value,
// period, the comparison coloured good or bad, a status dot in the traffic-light colour, the
// sparkline as vectors).
import { AppError } from '../../../shared/contract/errors';
import { surface, trafficColor } from '../../../shared/dashboards/charts/palette';
import type { ExportDocument, ExportKpi } from '../../../shared/export/document';
import { drawChartSvg } from './draw-chart';
import type { PageGeometry } from './page-geometry';
import { contentWidth } from './page-geometry';
import { drawLine, drawParagraph, INK_SECONDARY, RULE_LINE } from './pdf-text';

const CARD_MIN_WIDTH = 150;

/** pdfkit reads the PNG or JPEG itself: one it cannot read is the analyst's logo refused, not a crash. */
function drawLogo(pdf: PDFKit.PDFDocument, data: Uint8Array, x: number, y: number, box: { width: number; height: number }): void {
  try {
    pdf.image(Buffer.from(data), x, y, { fit: [box.width, box.height], align: 'right' });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `export: the logo could not be read (${error instanceof Error ? error.message : String(error)})`, { reason: 'exportLogoRefused' });
  }
}

export interface CardGrid {
  readonly perRow: number;
  readonly width: number;
  readonly height: number;
  /** The sparkline's box inside a card, for rendering its SVG at the right size. */
  readonly spark: { readonly width: number; readonly height: number };
}

export function cardGrid(doc: ExportDocument, g: PageGeometry): CardGrid {
  const k = g.size === 'A3' ? Math.SQRT2 : 1;
  const perRow = Math.max(1, Math.min(doc.kpis.length, Math.floor(contentWidth(g) / (CARD_MIN_WIDTH * k))));
  const width = (contentWidth(g) - (perRow - 1) * g.gap) / perRow;
  const sparkHeight = doc.kpis.some((kpi) => kpi.sparkline !== null) ? 20 * k : 0;
  const t = g.type;
  const height = 2 * cardPadding(g) + t.small * 1.45 + t.kpi * 1.35 + 2 * t.small * 1.45 + (sparkHeight > 0 ? sparkHeight + 4 * k : 0);
  return { perRow, width, height, spark: { width: width - 2 * cardPadding(g), height: sparkHeight } };
}

const cardPadding = (g: PageGeometry): number => 9 * (g.size === 'A3' ? Math.SQRT2 : 1);

/** Draws the cover's top on the current page from `g.top`; answers the y below it. */
export function drawCover(pdf: PDFKit.PDFDocument, doc: ExportDocument, g: PageGeometry): number {
  const k = g.size === 'A3' ? Math.SQRT2 : 1;
  const logoBox = { width: doc.logo ? 150 * k : 0, height: 54 * k };
  const textWidth = contentWidth(g) - (logoBox.width > 0 ? logoBox.width + g.gap : 0);
  if (doc.logo) drawLogo(pdf, doc.logo.data, g.right - logoBox.width, g.top, logoBox);
  let y = g.top;
  drawLine(pdf, doc.title, g.left, y, textWidth, { size: g.type.title, bold: true });
  y += g.type.title * 1.5;
  // A subtitle the title already says ("流失月报 2026-09") is not repeated.
  if (doc.subtitle && !doc.title.includes(doc.subtitle)) {
    drawLine(pdf, doc.subtitle, g.left, y, textWidth, { size: g.type.subtitle, color: INK_SECONDARY });
    y += g.type.subtitle * 1.6;
  }
  const filters = doc.filters.length === 0 ? doc.words.noFilters : doc.filters.map((f) => `${f.label}: ${f.value}`).join('；');
  const facts: [string, string][] = [
    [doc.words.workspace, doc.workspace],
    [doc.words.filters, filters],
    [doc.words.dataDate, doc.dataDate ?? '—'],
    [doc.words.generatedAt, doc.generatedAt],
  ];
  const labelWidth = 78 * k;
  for (const [label, value] of facts) {
    drawLine(pdf, label, g.left, y, labelWidth - 6, { size: g.type.body, color: INK_SECONDARY });
    y += drawParagraph(pdf, value, { x: g.left + labelWidth, y, width: textWidth - labelWidth, maxHeight: g.bottom - y }, g.type.body) + 2 * k;
  }
  y = Math.max(y, g.top + (doc.logo ? logoBox.height : 0)) + 6 * k;
  for (const text of doc.texts) {
    y += drawParagraph(pdf, text, { x: g.left, y, width: contentWidth(g), maxHeight: g.bottom - y }, g.type.body) + 4 * k;
  }
  pdf.moveTo(g.left, y).lineTo(g.right, y).lineWidth(0.5).strokeColor(RULE_LINE).stroke();
  return y + 8 * k;
}

/** The KPI cards, row after row, from y (a row that does not fit goes to a new page); answers the y below them. */
export function drawKpiCards(
  pdf: PDFKit.PDFDocument,
  doc: ExportDocument,
  g: PageGeometry,
  grid: CardGrid,
  start: number,
  sparklines: ReadonlyMap<number, string>,
  nextPage: () => number,
): number {
  let y = start;
  doc.kpis.forEach((kpi, i) => {
    const column = i % grid.perRow;
    if (column === 0 && i > 0) y += grid.height + g.gap;
    if (column === 0 && y + grid.height > g.bottom) y = nextPage();
    drawCard(pdf, kpi, doc, g, grid, g.left + column * (grid.width + g.gap), y, sparklines.get(i) ?? null);
  });
  return doc.kpis.length === 0 ? y : y + grid.height + g.gap;
}

function drawCard(pdf: PDFKit.PDFDocument, kpi: ExportKpi, doc: ExportDocument, g: PageGeometry, grid: CardGrid, x: number, y: number, spark: string | null): void {
  const pad = cardPadding(g);
  const t = g.type;
  pdf
    .roundedRect(x, y, grid.width, grid.height, 6)
    .lineWidth(0.75)
    .fillAndStroke('#ffffff', kpi.status ? trafficColor(kpi.status, false) : RULE_LINE);
  const inner = grid.width - 2 * pad;
  let statusWidth = 0;
  if (kpi.status) {
    const color = trafficColor(kpi.status, false);
    const word = doc.words.status[kpi.status];
    pdf.fontSize(t.small);
    statusWidth = Math.min(inner / 2, pdf.widthOfString(word) + t.small * 1.2);
    const r = t.small * 0.32;
    pdf.circle(x + grid.width - pad - statusWidth + r, y + pad + t.small * 0.75, r).fill(color);
    drawLine(pdf, word, x + grid.width - pad - statusWidth + 3 * r, y + pad, statusWidth - 3 * r, { size: t.small, color });
  }
  let line = y + pad;
  drawLine(pdf, kpi.title, x + pad, line, inner - statusWidth - 4, { size: t.small, color: INK_SECONDARY });
  line += t.small * 1.45;
  drawLine(pdf, kpi.valueText, x + pad, line, inner, { size: t.kpi, bold: true });
  line += t.kpi * 1.35;
  drawLine(pdf, kpi.periodText, x + pad, line, inner, { size: t.small, color: INK_SECONDARY });
  line += t.small * 1.45;
  if (kpi.comparisonText) {
    const color = kpi.changeIsGood === null ? surface(false).neutral : trafficColor(kpi.changeIsGood ? 'green' : 'red', false);
    drawLine(pdf, kpi.comparisonText, x + pad, line, inner, { size: t.small, color });
  }
  line += t.small * 1.45;
  if (spark && grid.spark.height > 0) drawChartSvg(pdf, spark, x + pad, line + 2, grid.spark.width, grid.spark.height);
}
