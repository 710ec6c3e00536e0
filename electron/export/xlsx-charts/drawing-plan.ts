// What adding the drawings changes in the package, decided before a byte is copied: per sheet
// with parts, a drawing part with its relationships, a chart part per chart and a PNG per
// picture (numbered past the parts the workbook already has), the sheet's relationship to its
// drawing (a new rels part or one more relationship), the `<drawing/>` element in the sheet, and
// the content types of the new parts.
import { chartSpaceXml } from './chart-xml/chart-space';
import type { DrawingPart, SheetDrawings } from './drawing-parts';
import { drawingRelsXml, drawingXml, REL_TYPE, type PlacedPart } from './drawing-xml';
import { addContentTypes, addRelationship, relativeTarget, relsPartOf } from './package-xml';
import { sheetDrawingInserter, type ByteTransform } from './sheet-drawing';
import { replaceWith, type NewEntry, type RewritePlan } from './zip-rewrite';

export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  png: 'image/png',
} as const;

export interface PackageFacts {
  /** Every entry name of the workbook as written. */
  readonly names: readonly string[];
  /** Worksheet parts in the workbook's sheet order. */
  readonly sheetParts: readonly string[];
  readonly contentTypes: string;
  /** The text of an existing part (a sheet's relationships), or null when the package has none. */
  readonly partText: (name: string) => string | null;
}

/** The next free number of parts named like `pattern` (xl/charts/chart{n}.xml). */
function numbering(names: readonly string[], pattern: RegExp): () => number {
  let next = 1;
  for (const name of names) {
    const match = pattern.exec(name);
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  return () => next++;
}

function mergeBySheet(sheets: readonly SheetDrawings[]): Map<number, DrawingPart[]> {
  const merged = new Map<number, DrawingPart[]>();
  for (const sheet of sheets) {
    if (sheet.parts.length === 0) continue;
    merged.set(sheet.sheet, [...(merged.get(sheet.sheet) ?? []), ...sheet.parts]);
  }
  return merged;
}

export function planDrawings(facts: PackageFacts, sheets: readonly SheetDrawings[]): RewritePlan {
  const nextDrawing = numbering(facts.names, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const nextChart = numbering(facts.names, /^xl\/charts\/chart(\d+)\.xml$/);
  const nextImage = numbering(facts.names, /^xl\/media\/image(\d+)\.\w+$/);
  const encoder = new TextEncoder();
  const transforms = new Map<string, () => ByteTransform>();
  const additions: NewEntry[] = [];
  const overrides: { part: string; type: string }[] = [];
  let pictures = false;

  for (const [position, parts] of mergeBySheet(sheets)) {
    const sheetPart = facts.sheetParts[position - 1];
    if (sheetPart === undefined) throw new Error(`xlsx-charts: the workbook has no sheet ${position}`);
    const drawingPart = `xl/drawings/drawing${nextDrawing()}.xml`;
    const placed: PlacedPart[] = parts.map((part) => {
      if (part.kind === 'chart') {
        const chartPart = `xl/charts/chart${nextChart()}.xml`;
        additions.push({ name: chartPart, data: encoder.encode(chartSpaceXml(part.chart)), compress: true });
        overrides.push({ part: chartPart, type: CONTENT_TYPE.chart });
        return { part, target: relativeTarget(drawingPart, chartPart) };
      }
      const imagePart = `xl/media/image${nextImage()}.png`;
      additions.push({ name: imagePart, data: part.png, compress: false });
      pictures = true;
      return { part, target: relativeTarget(drawingPart, imagePart) };
    });
    additions.push({ name: drawingPart, data: encoder.encode(drawingXml(placed)), compress: true });
    additions.push({ name: relsPartOf(drawingPart), data: encoder.encode(drawingRelsXml(placed)), compress: true });
    overrides.push({ part: drawingPart, type: CONTENT_TYPE.drawing });

    const sheetRelsPart = relsPartOf(sheetPart);
    const existing = facts.partText(sheetRelsPart);
    const rel = addRelationship(existing, REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart));
    if (existing === null) additions.push({ name: sheetRelsPart, data: encoder.encode(rel.xml), compress: true });
    else transforms.set(sheetRelsPart, replaceWith(rel.xml));
    transforms.set(sheetPart, () => sheetDrawingInserter(rel.id));
  }

  if (transforms.size > 0) {
    const types = addContentTypes(facts.contentTypes, overrides, pictures ? [{ extension: 'png', type: CONTENT_TYPE.png }] : []);
    transforms.set('[Content_Types].xml', replaceWith(types));
  }
  return { transforms, additions };
}
