// A sheet's drawing part (xl/drawings/drawingN.xml): one xdr:twoCellAnchor per chart or picture,
// each between two cell corners, and the part's relationships to its charts and images.
// A chart sits in an xdr:graphicFrame pointing at its chart part; a picture is an xdr:pic whose
// a:blip embeds the PNG, named (and described, for screen readers) by the widget's title.
import type { DrawingAnchor, DrawingPart } from './drawing-parts';
import { xmlText } from './xml-text';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  image: `${REL_NS}/image`,
} as const;

/** Where a drawing's parts landed in the package: the target of each part, relative to xl/drawings/. */
export interface PlacedPart {
  readonly part: DrawingPart;
  /** e.g. '../charts/chart3.xml' or '../media/image2.png'. */
  readonly target: string;
}

function corner(tag: 'xdr:from' | 'xdr:to', at: { col: number; row: number }): string {
  const col = Math.max(0, Math.floor(at.col));
  const row = Math.max(0, Math.floor(at.row));
  return `<${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></${tag}>`;
}

function anchorXml(anchor: DrawingAnchor, editAs: 'oneCell' | 'twoCell', body: string): string {
  return `<xdr:twoCellAnchor editAs="${editAs}">${corner('xdr:from', anchor.from)}${corner('xdr:to', anchor.to)}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

const NO_TRANSFORM = '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/>';

function chartFrame(id: number, name: string, relId: string): string {
  return (
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlText(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm>${NO_TRANSFORM}</xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL_NS}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`
  );
}

function picture(id: number, name: string, relId: string): string {
  const named = xmlText(name);
  return (
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="${named}" descr="${named}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${REL_NS}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm>${NO_TRANSFORM}</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`
  );
}

/** The drawing part; the k-th placed part is relationship rId{k+1} of relsXml. */
export function drawingXml(parts: readonly PlacedPart[]): string {
  const anchors = parts.map(({ part }, i) => {
    const id = i + 2; // cNvPr ids are unique per drawing; Excel's own start at 2.
    const relId = `rId${i + 1}`;
    if (part.kind === 'chart') return anchorXml(part.anchor, 'twoCell', chartFrame(id, part.chart.title.trim() || `Chart ${i + 1}`, relId));
    return anchorXml(part.anchor, 'oneCell', picture(id, part.name, relId));
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `${anchors.join('')}</xdr:wsDr>`
  );
}

export function drawingRelsXml(parts: readonly PlacedPart[]): string {
  const rels = parts.map(({ part, target }, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE[part.kind === 'chart' ? 'chart' : 'image']}" Target="${xmlText(target)}"/>`);
  return relationshipsXml(rels.join(''));
}

export function relationshipsXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}
