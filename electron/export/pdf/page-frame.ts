// The running header and footer, drawn once every page exists (pdfkit's bufferPages), so each
// page can say "第 3 / 7 页": the document's title and "数据截至 <date>" at the top, the page
// number and the generation time at the foot.
import type { ExportDocument } from '../../../shared/export/document';
import type { PageGeometry } from './page-geometry';
import { contentWidth } from './page-geometry';
import { drawLine, fullTitle, INK_SECONDARY, RULE_LINE } from './pdf-text';

export function drawPageFrames(pdf: PDFKit.PDFDocument, doc: ExportDocument, g: PageGeometry): number {
  const range = pdf.bufferedPageRange();
  const size = g.type.small;
  const half = contentWidth(g) / 2;
  const dataDate = doc.dataDate === null ? null : `${doc.words.dataDate} ${doc.dataDate}`;
  const title = fullTitle(doc, ' · ');
  for (let i = 0; i < range.count; i += 1) {
    pdf.switchToPage(range.start + i);
    drawLine(pdf, title, g.left, g.headerY, dataDate ? half : contentWidth(g), { size, color: INK_SECONDARY });
    if (dataDate) drawLine(pdf, dataDate, g.left + half, g.headerY, half, { size, color: INK_SECONDARY, align: 'right' });
    const rule = g.headerY + size * 1.6;
    pdf.moveTo(g.left, rule).lineTo(g.right, rule).lineWidth(0.5).strokeColor(RULE_LINE).stroke();
    const third = contentWidth(g) / 3;
    drawLine(pdf, doc.workspace, g.left, g.footerY, third, { size, color: INK_SECONDARY });
    drawLine(pdf, doc.words.page(i + 1, range.count), g.left + third, g.footerY, third, { size, color: INK_SECONDARY, align: 'center' });
    drawLine(pdf, `${doc.words.generatedAt} ${doc.generatedAt}`, g.right - third, g.footerY, third, { size, color: INK_SECONDARY, align: 'right' });
  }
  return range.count;
}
