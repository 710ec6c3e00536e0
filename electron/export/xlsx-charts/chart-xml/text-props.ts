// Fonts of a chart's words. An xlsx chart names its typefaces: a:latin for Latin letters and
// a:ea for CJK, so Chinese titles, axis labels and legends take Microsoft YaHei in Excel and WPS
// (the workbook's cell font) and the CJK fallback (Noto Sans CJK, PingFang) elsewhere.
import { xmlText } from '../xml-text';

export const CHART_TYPEFACE = 'Microsoft YaHei';
/** The language tag of runs; the words themselves decide nothing, the typefaces do. */
export const CHART_LANG = 'zh-CN';

const FACES = `<a:latin typeface="${CHART_TYPEFACE}"/><a:ea typeface="${CHART_TYPEFACE}"/><a:cs typeface="${CHART_TYPEFACE}"/>`;

/** Run properties: size in points, bold, colour. Children in CT_TextCharacterProperties order (fill before fonts). */
function runProps(tag: 'a:defRPr' | 'a:rPr', size: number, bold: boolean, color: string): string {
  const lang = tag === 'a:rPr' ? ` lang="${CHART_LANG}" altLang="en-US"` : '';
  return `<${tag}${lang} sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${FACES}</${tag}>`;
}

/** c:title with the text as one rich run (CT_Title: tx, layout, overlay). */
export function titleXml(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr>${runProps('a:defRPr', 12, true, '262626')}</a:pPr>` +
    `<a:r>${runProps('a:rPr', 12, true, '262626')}<a:t>${xmlText(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

/** c:txPr: the default text of what it sits in (the whole chart space, an axis, the legend). */
export function textPropsXml(size: number, color = '595959', bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps('a:defRPr', size, bold, color)}</a:pPr><a:endParaRPr lang="${CHART_LANG}"/></a:p></c:txPr>`;
}
