// One c:ser of a bar, line or pie chart, children in the schema's order (CT_BarSer, CT_LineSer,
// CT_PieSer): idx, order, tx, spPr, (bar: invertIfNegative | line: marker | pie: dPt*, dLbls),
// cat, val, (line: smooth). Values and categories are references into the sheet, so the chart
// follows the cells when a manager edits them; the 警戒线 is the one series of literal values.
import type { ChartSeriesPart, WarningLinePart } from '../drawing-parts';
import { formulaRef, srgb, xmlNumber, xmlText } from '../xml-text';
import { textPropsXml } from './text-props';

export const WARNING_LINE_COLOR = '#cf1322';

/** Position of a series in the chart: idx and order are unique across every chart group of a plot area. */
export interface SeriesSlot {
  readonly index: number;
}

function head(slot: SeriesSlot, name: string): string {
  return `<c:idx val="${slot.index}"/><c:order val="${slot.index}"/><c:tx><c:v>${xmlText(name)}</c:v></c:tx>`;
}

/** The category axis data of every series: the reference, and the labels to cache when known. */
export interface Categories {
  readonly ref: string;
  readonly labels?: readonly string[];
}

export function categoriesOf(chart: { readonly categories: string; readonly cachedCategories?: readonly string[] }): Categories {
  return chart.cachedCategories ? { ref: chart.categories, labels: chart.cachedCategories } : { ref: chart.categories };
}

function categoriesXml(categories: Categories): string {
  const labels = categories.labels;
  const cache = labels
    ? `<c:strCache><c:ptCount val="${labels.length}"/>${labels.map((label, i) => `<c:pt idx="${i}"><c:v>${xmlText(label)}</c:v></c:pt>`).join('')}</c:strCache>`
    : '';
  return `<c:cat><c:strRef><c:f>${formulaRef(categories.ref)}</c:f>${cache}</c:strRef></c:cat>`;
}

/** Cached points of a series; an empty cell has no point (c:pt is optional per index). */
function numberPoints(values: readonly (number | null)[]): string {
  let points = '';
  values.forEach((value, i) => {
    if (value !== null && Number.isFinite(value)) points += `<c:pt idx="${i}"><c:v>${xmlNumber(value)}</c:v></c:pt>`;
  });
  return `<c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}`;
}

function valuesXml(series: ChartSeriesPart): string {
  const cache = series.cached ? `<c:numCache>${numberPoints(series.cached)}</c:numCache>` : '';
  return `<c:val><c:numRef><c:f>${formulaRef(series.values)}</c:f>${cache}</c:numRef></c:val>`;
}

const fill = (color: string): string => `<a:solidFill><a:srgbClr val="${srgb(color)}"/></a:solidFill>`;

export function barSeriesXml(slot: SeriesSlot, series: ChartSeriesPart, categories: Categories): string {
  return `<c:ser>${head(slot, series.name)}<c:spPr>${fill(series.color)}</c:spPr><c:invertIfNegative val="0"/>${categoriesXml(categories)}${valuesXml(series)}</c:ser>`;
}

function lineLook(color: string, dashed: boolean, markers: boolean): string {
  const dash = dashed ? '<a:prstDash val="dash"/>' : '';
  const line = `<c:spPr><a:ln w="${dashed ? 19050 : 28575}" cap="rnd">${fill(color)}${dash}<a:round/></a:ln></c:spPr>`;
  const marker = markers
    ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill(color)}<a:ln w="9525">${fill(color)}</a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  return line + marker;
}

export function lineSeriesXml(slot: SeriesSlot, series: ChartSeriesPart, categories: Categories): string {
  return `<c:ser>${head(slot, series.name)}${lineLook(series.color, false, true)}${categoriesXml(categories)}${valuesXml(series)}<c:smooth val="0"/></c:ser>`;
}

/**
 * 警戒线: dashed red, no markers, on the primary value axis. Bound to cells when the sheet has
 * them (LibreOffice drops a series without cells), else the value repeated once per category as
 * literal numbers. The cached values let a reader draw the line without computing anything.
 */
export function warningLineSeriesXml(slot: SeriesSlot, line: WarningLinePart, categories: Categories): string {
  const count = Math.max(1, Math.floor(line.categories));
  const data = numberPoints(new Array<number>(count).fill(line.value));
  const values = line.values ? `<c:numRef><c:f>${formulaRef(line.values)}</c:f><c:numCache>${data}</c:numCache></c:numRef>` : `<c:numLit>${data}</c:numLit>`;
  return `<c:ser>${head(slot, line.label)}${lineLook(WARNING_LINE_COLOR, true, false)}${categoriesXml(categories)}<c:val>${values}</c:val><c:smooth val="0"/></c:ser>`;
}

/**
 * Data labels of a slice: its share, with leader lines (CT_DLbls needs all six show* flags). A
 * pie's sit outside like the screen's, in the axis grey; a ring's stay on the ring (Excel refuses
 * a position on a doughnut), in white so they read on every tier colour.
 */
function sliceLabels(ring: boolean): string {
  const position = ring ? '' : '<c:dLblPos val="outEnd"/>';
  return (
    `<c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textPropsXml(9, ring ? 'FFFFFF' : '595959', ring)}${position}` +
    '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/>' +
    '<c:showLeaderLines val="1"/></c:dLbls>'
  );
}

/** A pie's or ring's one series: each slice (c:dPt) takes its own colour, white borders between slices. */
export function pieSeriesXml(slot: SeriesSlot, series: ChartSeriesPart, categories: Categories, pointColors: readonly string[], ring: boolean): string {
  const border = '<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln>';
  const points = pointColors.map((color, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${fill(color)}${border}</c:spPr></c:dPt>`).join('');
  return `<c:ser>${head(slot, series.name)}${points}${sliceLabels(ring)}${categoriesXml(categories)}${valuesXml(series)}</c:ser>`;
}
