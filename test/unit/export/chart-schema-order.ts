// The child order ECMA-376 (dml-chart.xsd, dml-main.xsd, dml-spreadsheetDrawing.xsd) requires of
// the elements our chart and drawing parts use, written out from the schema. Excel refuses a
// part whose children are out of this order; LibreOffice reads it anyway, so only a check like
// this one catches it. `|` joins names of one choice (same rank); `*` marks a repeatable rank.
import type { XmlElement } from '../../support/xml-tree';

const FILL = 'a:noFill|a:solidFill|a:gradFill|a:blipFill|a:pattFill|a:grpFill';
const TEXT_RUN = [
  'a:ln',
  FILL,
  'a:effectLst|a:effectDag',
  'a:highlight',
  'a:uLnTx|a:uLn',
  'a:uFillTx|a:uFill',
  'a:latin',
  'a:ea',
  'a:cs',
  'a:sym',
  'a:hlinkClick',
  'a:hlinkMouseOver',
  'a:rtl',
  'a:extLst',
];
const CHART_GROUPS =
  'c:areaChart|c:area3DChart|c:lineChart|c:line3DChart|c:stockChart|c:radarChart|c:scatterChart|c:pieChart|c:pie3DChart|c:doughnutChart|c:barChart|c:bar3DChart|c:ofPieChart|c:surfaceChart|c:surface3DChart|c:bubbleChart';
const AXIS_HEAD = [
  'c:axId',
  'c:scaling',
  'c:delete',
  'c:axPos',
  'c:majorGridlines',
  'c:minorGridlines',
  'c:title',
  'c:numFmt',
  'c:majorTickMark',
  'c:minorTickMark',
  'c:tickLblPos',
  'c:spPr',
  'c:txPr',
  'c:crossAx',
  'c:crosses|c:crossesAt',
];
const DATA = ['c:formatCode', 'c:ptCount', 'c:pt*', 'c:extLst'];

/** Child order by element name; for c:ser, by the chart group holding it. */
export const CHILD_ORDER: Readonly<Record<string, readonly string[]>> = {
  'c:chartSpace': [
    'c:date1904',
    'c:lang',
    'c:roundedCorners',
    'c:style',
    'c:clrMapOvr',
    'c:pivotSource',
    'c:protection',
    'c:chart',
    'c:spPr',
    'c:txPr',
    'c:externalData',
    'c:printSettings',
    'c:userShapes',
    'c:extLst',
  ],
  'c:chart': [
    'c:title',
    'c:autoTitleDeleted',
    'c:pivotFmts',
    'c:view3D',
    'c:floor',
    'c:sideWall',
    'c:backWall',
    'c:plotArea',
    'c:legend',
    'c:plotVisOnly',
    'c:dispBlanksAs',
    'c:showDLblsOverMax',
    'c:extLst',
  ],
  'c:title': ['c:tx', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'c:plotArea': ['c:layout', `${CHART_GROUPS}*`, 'c:valAx|c:catAx|c:dateAx|c:serAx*', 'c:dTable', 'c:spPr', 'c:extLst'],
  'c:barChart': ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser*', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines*', 'c:axId*', 'c:extLst'],
  'c:lineChart': ['c:grouping', 'c:varyColors', 'c:ser*', 'c:dLbls', 'c:dropLines', 'c:hiLowLines', 'c:upDownBars', 'c:marker', 'c:smooth', 'c:axId*', 'c:extLst'],
  'c:pieChart': ['c:varyColors', 'c:ser*', 'c:dLbls', 'c:firstSliceAng', 'c:extLst'],
  'c:doughnutChart': ['c:varyColors', 'c:ser*', 'c:dLbls', 'c:firstSliceAng', 'c:holeSize', 'c:extLst'],
  'c:barChart/c:ser': [
    'c:idx',
    'c:order',
    'c:tx',
    'c:spPr',
    'c:invertIfNegative',
    'c:pictureOptions',
    'c:dPt*',
    'c:dLbls',
    'c:trendline*',
    'c:errBars',
    'c:cat',
    'c:val',
    'c:shape',
    'c:extLst',
  ],
  'c:lineChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:dPt*', 'c:dLbls', 'c:trendline*', 'c:errBars', 'c:cat', 'c:val', 'c:smooth', 'c:extLst'],
  'c:pieChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:explosion', 'c:dPt*', 'c:dLbls', 'c:cat', 'c:val', 'c:extLst'],
  'c:doughnutChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:explosion', 'c:dPt*', 'c:dLbls', 'c:cat', 'c:val', 'c:extLst'],
  'c:dPt': ['c:idx', 'c:invertIfNegative', 'c:marker', 'c:bubble3D', 'c:explosion', 'c:spPr', 'c:pictureOptions', 'c:extLst'],
  'c:dLbls': [
    'c:dLbl*',
    'c:delete',
    'c:numFmt',
    'c:spPr',
    'c:txPr',
    'c:dLblPos',
    'c:showLegendKey',
    'c:showVal',
    'c:showCatName',
    'c:showSerName',
    'c:showPercent',
    'c:showBubbleSize',
    'c:separator',
    'c:showLeaderLines',
    'c:leaderLines',
    'c:extLst',
  ],
  'c:marker': ['c:symbol', 'c:size', 'c:spPr', 'c:extLst'],
  'c:catAx': [...AXIS_HEAD, 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:tickLblSkip', 'c:tickMarkSkip', 'c:noMultiLvlLbl', 'c:extLst'],
  'c:valAx': [...AXIS_HEAD, 'c:crossBetween', 'c:majorUnit', 'c:minorUnit', 'c:dispUnits', 'c:extLst'],
  'c:scaling': ['c:logBase', 'c:orientation', 'c:max', 'c:min', 'c:extLst'],
  'c:legend': ['c:legendPos', 'c:legendEntry*', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'c:numRef': ['c:f', 'c:numCache', 'c:extLst'],
  'c:strRef': ['c:f', 'c:strCache', 'c:extLst'],
  'c:numLit': DATA,
  'c:numCache': DATA,
  'c:strCache': ['c:ptCount', 'c:pt*', 'c:extLst'],
  'c:cat': ['c:multiLvlStrRef|c:numRef|c:numLit|c:strRef|c:strLit'],
  'c:val': ['c:numRef|c:numLit'],
  'c:tx': ['c:strRef|c:rich|c:v'],
  'c:rich': ['a:bodyPr', 'a:lstStyle', 'a:p*'],
  'c:txPr': ['a:bodyPr', 'a:lstStyle', 'a:p*'],
  'a:p': ['a:pPr', 'a:r|a:br|a:fld*', 'a:endParaRPr'],
  'a:pPr': [
    'a:lnSpc',
    'a:spcBef',
    'a:spcAft',
    'a:buClrTx|a:buClr',
    'a:buSzTx|a:buSzPct|a:buSzPts',
    'a:buFontTx|a:buFont',
    'a:buNone|a:buAutoNum|a:buChar|a:buBlip',
    'a:tabLst',
    'a:defRPr',
    'a:extLst',
  ],
  'a:r': ['a:rPr', 'a:t'],
  'a:rPr': TEXT_RUN,
  'a:defRPr': TEXT_RUN,
  'a:endParaRPr': TEXT_RUN,
  'c:spPr': ['a:xfrm', 'a:custGeom|a:prstGeom', FILL, 'a:ln', 'a:effectLst|a:effectDag', 'a:scene3d', 'a:sp3d', 'a:extLst'],
  'a:ln': [FILL, 'a:prstDash|a:custDash', 'a:round|a:bevel|a:miter', 'a:headEnd', 'a:tailEnd', 'a:extLst'],
  'c:majorGridlines': ['c:spPr'],
  'xdr:wsDr': ['xdr:twoCellAnchor|xdr:oneCellAnchor|xdr:absoluteAnchor*'],
  'xdr:twoCellAnchor': ['xdr:from', 'xdr:to', 'xdr:sp|xdr:grpSp|xdr:graphicFrame|xdr:cxnSp|xdr:pic|xdr:contentPart', 'xdr:clientData'],
  'xdr:from': ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'],
  'xdr:to': ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'],
  'xdr:graphicFrame': ['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic'],
  'xdr:nvGraphicFramePr': ['xdr:cNvPr', 'xdr:cNvGraphicFramePr'],
  'xdr:pic': ['xdr:nvPicPr', 'xdr:blipFill', 'xdr:spPr', 'xdr:style'],
  'xdr:nvPicPr': ['xdr:cNvPr', 'xdr:cNvPicPr'],
  'xdr:blipFill': ['a:blip', 'a:srcRect', 'a:tile|a:stretch'],
  'xdr:spPr': ['a:xfrm', 'a:custGeom|a:prstGeom', FILL, 'a:ln', 'a:effectLst|a:effectDag', 'a:scene3d', 'a:sp3d', 'a:extLst'],
};

/** Elements whose children are out of schema order, or not children the schema allows there: empty when the part is in order. */
export function orderViolations(element: XmlElement, parent: string | null = null): string[] {
  const key = element.name === 'c:ser' && parent ? `${parent}/c:ser` : element.name;
  const ranks = CHILD_ORDER[key];
  const problems: string[] = [];
  if (ranks) {
    let last = -1;
    let lastName = '';
    for (const child of element.children) {
      const rank = ranks.findIndex((r) => r.replace(/\*$/, '').split('|').includes(child.name));
      if (rank < 0) problems.push(`${key}: <${child.name}> is not a child it may have`);
      else if (rank < last) problems.push(`${key}: <${child.name}> comes after <${lastName}>`);
      else if (rank === last && !ranks[rank]!.endsWith('*')) problems.push(`${key}: <${child.name}> repeated`);
      last = Math.max(last, rank);
      lastName = child.name;
    }
  }
  for (const child of element.children) problems.push(...orderViolations(child, element.name));
  return problems;
}
