// svg-to-pdfkit 0.1.8 ships no types: the one function and the options this app passes
// (electron/export/pdf/draw-chart.ts). Listed in test/tsconfig.json too, since tests reach the
// PDF writer from outside electron/. PDFKit is @types/pdfkit's global namespace, loaded by every
// file that imports pdfkit.
declare module 'svg-to-pdfkit' {
  interface SvgToPdfFontOptions {
    fauxBold: boolean;
    fauxItalic: boolean;
  }

  interface SvgToPdfOptions {
    /** The viewport in PDF points; the SVG is scaled into it. */
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** SVG units are pixels (1 px = 0.75 pt) unless this says they are points. */
    assumePt?: boolean;
    /** The registered pdfkit font to draw a text element with. */
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: SvgToPdfFontOptions) => string;
    warningCallback?: (message: string) => void;
    precision?: number;
  }

  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
  export default SVGtoPDF;
}
