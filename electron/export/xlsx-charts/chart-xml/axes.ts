// The axes of a bar / line / combo plot area (CT_CatAx, CT_ValAx children in schema order:
// axId, scaling, delete, axPos, majorGridlines, numFmt, majorTickMark, minorTickMark, tickLblPos,
// spPr, txPr, crossAx, crosses, then auto/lblAlgn/lblOffset or crossBetween). The secondary pair
// of a combo: a hidden category axis and a value axis on the right (crosses max).
import { xmlText } from '../xml-text';
import { textPropsXml } from './text-props';

export interface AxisPair {
  readonly category: number;
  readonly value: number;
}

export const PRIMARY_AXES: AxisPair = { category: 10001, value: 10002 };
export const SECONDARY_AXES: AxisPair = { category: 10003, value: 10004 };

const AXIS_LINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';
const GRIDLINES = '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="E8E8E8"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
const NO_TICKS = '<c:majorTickMark val="none"/><c:minorTickMark val="none"/>';

export interface AxesOptions {
  /** Bars drawn horizontally: categories on the left, first row at the top (like the screen's ranking). */
  readonly horizontal: boolean;
  /** Excel number format of the values. */
  readonly numberFormat: string;
  readonly secondary: boolean;
  /** The secondary value axis' format (a combo's rate beside counts). */
  readonly secondaryNumberFormat: string;
}

function categoryAxisXml(pair: AxisPair, options: { horizontal: boolean; hidden: boolean }): string {
  // A ranking reads top-down: the category axis runs max→min, and the value axis then crosses at its max to stay at the bottom.
  const orientation = options.horizontal ? 'maxMin' : 'minMax';
  const position = options.horizontal ? 'l' : 'b';
  const labels = options.hidden ? '<c:tickLblPos val="none"/>' : `<c:tickLblPos val="nextTo"/>${AXIS_LINE}${textPropsXml(9)}`;
  return (
    `<c:catAx><c:axId val="${pair.category}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="${options.hidden ? 1 : 0}"/>` +
    `<c:axPos val="${position}"/><c:numFmt formatCode="General" sourceLinked="1"/>${NO_TICKS}${labels}` +
    `<c:crossAx val="${pair.value}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valueAxisXml(pair: AxisPair, options: { horizontal: boolean; numberFormat: string; secondary: boolean }): string {
  const position = options.secondary ? 'r' : options.horizontal ? 'b' : 'l';
  const crosses = options.secondary || options.horizontal ? 'max' : 'autoZero';
  const gridlines = options.secondary ? '' : GRIDLINES;
  return (
    `<c:valAx><c:axId val="${pair.value}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${gridlines}<c:numFmt formatCode="${xmlText(options.numberFormat)}" sourceLinked="0"/>${NO_TICKS}` +
    `<c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textPropsXml(9)}` +
    `<c:crossAx val="${pair.category}"/><c:crosses val="${crosses}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** Every axis the chart groups refer to: the primary pair, and the secondary pair when a series uses it. */
export function axesXml(options: AxesOptions): string {
  const primary = categoryAxisXml(PRIMARY_AXES, { horizontal: options.horizontal, hidden: false }) + valueAxisXml(PRIMARY_AXES, { ...options, secondary: false });
  if (!options.secondary) return primary;
  return (
    primary +
    valueAxisXml(SECONDARY_AXES, { horizontal: false, numberFormat: options.secondaryNumberFormat, secondary: true }) +
    categoryAxisXml(SECONDARY_AXES, { horizontal: false, hidden: true })
  );
}
