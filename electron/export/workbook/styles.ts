// The looks of an exported workbook: fonts, the header band, titles, notes and the traffic-light
// fills, in one place so the cover and every sheet agree. Colours are the screen's
// (shared/dashboards/charts/palette.ts): a red cell means what a red card means.
import type ExcelJS from 'exceljs';
import { SURFACE_LIGHT, trafficColor } from '../../../shared/dashboards/charts/palette';
import type { TrafficLight } from '../../../shared/dashboards/widget-data';

// An xlsx font names one typeface; the charset (134 = GB2312) and family (2 = sans serif) are
// the fallback hints Excel, WPS and LibreOffice use to pick a Chinese sans font when the named
// one is missing. YaHei in both languages: an English export still shows Chinese names and cities.
const FACE = { name: 'Microsoft YaHei', family: 2, charset: 134 } as const;

export const DATA_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 10 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
export const TITLE_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 14, bold: true };
export const COVER_TITLE_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 20, bold: true };
export const SUBTITLE_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 13, color: { argb: argb('#595959') } };
export const NOTE_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 10, italic: true, color: { argb: argb('#8c8c8c') } };
export const LABEL_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 11, bold: true };
export const HEADING_FONT: Partial<ExcelJS.Font> = { ...FACE, size: 13, bold: true, color: { argb: argb(SURFACE_LIGHT.primary) } };

export const HEADER_FILL: ExcelJS.Fill = solid(SURFACE_LIGHT.primary);
const THIN = { style: 'thin', color: { argb: argb('#8ea9c1') } } as const;
export const BOX_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** '#rrggbb' → ExcelJS's 'FFRRGGBB'. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/** The colour mixed with white: a fill light enough for black text to read on. */
export function tint(hex: string, whiteShare: number): string {
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(c + (255 - c) * whiteShare)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** A traffic light's cell: the tier colour's light tint behind, the colour itself as text. */
export function lightFill(light: TrafficLight): string {
  return tint(trafficColor(light, false), 0.8);
}

export function lightText(light: TrafficLight): string {
  return trafficColor(light, false);
}

/** Printed (and converted to PDF) like the PDF export: A4 landscape, every column on the page's width, as many pages down as it takes. */
export const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};
