// SVG → PNG for the pictures a workbook holds (charts Excel cannot draw natively: gauge, heat map,
// Kaplan–Meier; the cover's sparklines) with resvg (@resvg/resvg-js: Rust, prebuilt binaries on
// npm, no browser). Only the bundled CJK font is loaded, so a picture is the same on every machine.
import { Resvg } from '@resvg/resvg-js';
import { CJK_FONT_FAMILY, cjkFontPath } from './cjk-font';

export interface RasteriseOptions {
  /** Pixels per SVG unit: 2 keeps text sharp on a high-DPI screen and when printed. */
  readonly scale?: number;
  /** A fill behind the chart ('#ffffff'); transparent when absent. */
  readonly background?: string;
}

export function rasterisePng(svg: string, options: RasteriseOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [cjkFontPath()], loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY, sansSerifFamily: CJK_FONT_FAMILY },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    ...(options.background === undefined ? {} : { background: options.background }),
  });
  return resvg.render().asPng();
}
