// A whole chart part (xl/charts/chartN.xml) for a native chart: c:chartSpace with lang,
// roundedCorners, chart (title, autoTitleDeleted, plotArea, legend, plotVisOnly, dispBlanksAs),
// spPr, txPr, in the order of ECMA-376's CT_ChartSpace and CT_Chart. Excel refuses a chart whose
// elements are out of order (LibreOffice does not mind, so it proves nothing about order).
import type { NativeChartPart } from '../drawing-parts';
import { barLinePlotAreaXml } from './plot-area';
import { piePlotAreaXml } from './pie';
import { CHART_LANG, textPropsXml, titleXml } from './text-props';

export const CHART_NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const LEGEND = `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textPropsXml(9)}</c:legend>`;
const CHART_AREA = '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>';

export function chartSpaceXml(chart: NativeChartPart['chart']): string {
  const round = chart.type === 'pie' || chart.type === 'doughnut';
  const plotArea = round ? piePlotAreaXml(chart) : barLinePlotAreaXml(chart);
  // Without a title Excel would make one up from the first series' name.
  const title = chart.title.trim() ? `${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${CHART_NAMESPACES}><c:lang val="${CHART_LANG}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}${plotArea}${LEGEND}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${CHART_AREA}${textPropsXml(9)}</c:chartSpace>`
  );
}
