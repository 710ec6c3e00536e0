// Text on a PDF page: one font for everything (the bundled Noto Sans CJK SC subset, embedded by
// pdfkit as a subset of the glyphs used), user text made printable, and single lines cut with
// … to a width. The writer sets no page margins and places every line itself, so pdfkit never
// adds a page on its own.
import { CJK_FONT_FAMILY, cjkFontPath } from '../charts/cjk-font';

export const PDF_FONT = CJK_FONT_FAMILY;

export const INK = '#1f1f1f';
export const INK_SECONDARY = '#737373';
export const RULE_LINE = '#e5e5e5';

/**
 * Registered under one name and only ever selected by it: pdfkit caches a font by the name it
 * was first opened with (opening the same file under a second name re-reads the 3 MB font on
 * every selection). pdfkit's default Helvetica is never loaded (write-pdf.ts).
 */
export function registerPdfFont(doc: PDFKit.PDFDocument): void {
  doc.registerFont(PDF_FONT, cjkFontPath());
  doc.font(PDF_FONT);
}

/**
 * A user's text as one printable line: control characters (tabs, line breaks, NUL; a pasted
 * customer name may hold them) become spaces, so they neither draw missing-glyph boxes nor
 * break the layout.
 */
export function printable(text: string): string {
  return Array.from(text, (ch) => (isControl(ch.codePointAt(0) ?? 0) ? ' ' : ch)).join('');
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** The longest start of `text` that fits `width` at the current font size, ending in … when cut. */
export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  const line = printable(text);
  if (width <= 0) return '';
  if (doc.widthOfString(line) <= width) return line;
  const chars = Array.from(line);
  let low = 0;
  let high = chars.length;
  // Binary search on whole code points, so a surrogate pair or a CJK character is never halved.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('')}…`;
}

export interface LineOptions {
  readonly size: number;
  readonly color?: string;
  readonly align?: 'left' | 'right' | 'center';
  /** Drawn with a thin outline as well: the bundled font has one weight, so titles are emboldened this way. */
  readonly bold?: boolean;
}

/** One line at (x, y) (y is the line's top), cut to `width`. */
export function drawLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, options: LineOptions): void {
  doc.font(PDF_FONT).fontSize(options.size);
  const line = fitLine(doc, text, width);
  if (line === '') return;
  doc.fillColor(options.color ?? INK);
  if (options.bold) doc.lineWidth(options.size / 40).strokeColor(options.color ?? INK);
  doc.text(line, x, y, { width, align: options.align ?? 'left', lineBreak: false, fill: true, stroke: options.bold === true });
}

/**
 * A paragraph wrapped to `width`, cut with … at `maxHeight` (the room left on the page: pdfkit
 * would otherwise add a page of its own); answers the height drawn.
 */
export function drawParagraph(doc: PDFKit.PDFDocument, text: string, at: { x: number; y: number; width: number; maxHeight: number }, size: number, color = INK): number {
  const height = Math.min(paragraphHeight(doc, text, at.width, size), Math.max(0, at.maxHeight));
  if (height < size) return 0;
  doc.fillColor(color).text(printableParagraph(text), at.x, at.y, { width: at.width, height, lineGap: 1, ellipsis: true });
  return height;
}

export function paragraphHeight(doc: PDFKit.PDFDocument, text: string, width: number, size: number): number {
  doc.font(PDF_FONT).fontSize(size);
  return doc.heightOfString(printableParagraph(text), { width, lineGap: 1 });
}

/** Line breaks kept (a text widget's paragraphs), every other control character a space. */
function printableParagraph(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

/** The title with the subtitle (a report's month) when the title does not already say it. */
export function fullTitle(doc: { readonly title: string; readonly subtitle: string | null }, separator: string): string {
  return doc.subtitle && !doc.title.includes(doc.subtitle) ? `${doc.title}${separator}${doc.subtitle}` : doc.title;
}
