// Reading and amending the package's bookkeeping parts (OPC): relationships, content types and
// the workbook's sheet list. These parts are small and machine-written (ExcelJS), so a tag scan
// is enough; what it needs is attribute order and quoting to be free, which it handles.
import { relationshipsXml } from './drawing-xml';
import { xmlText } from './xml-text';

const TAG = /<([\w.-]+:)?([\w.-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITY[name] ?? whole;
  });
}

/** Attributes of every start (or empty) tag with this local name, in document order. */
export function tagsNamed(xml: string, localName: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const tag of xml.matchAll(TAG)) {
    if (tag[2] !== localName) continue;
    const attributes: Record<string, string> = {};
    for (const attribute of (tag[3] ?? '').matchAll(ATTRIBUTE)) attributes[attribute[1]!] = unescapeXml(attribute[2] ?? attribute[3] ?? '');
    found.push(attributes);
  }
  return found;
}

/** A relationship target resolved against the folder of its source part: ('xl/workbook.xml', 'worksheets/sheet1.xml') → 'xl/worksheets/sheet1.xml'. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const folders = sourcePart.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') folders.pop();
    else if (step !== '.' && step !== '') folders.push(step);
  }
  return folders.join('/');
}

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part's path relative to another part's folder: ('xl/drawings/drawing1.xml', 'xl/charts/chart1.xml') → '../charts/chart1.xml'. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** The workbook part, from the package's root relationships. */
export function workbookPartOf(rootRels: string): string {
  const office = tagsNamed(rootRels, 'Relationship').find((r) => r.Type?.endsWith('/officeDocument'));
  if (!office?.Target) throw new Error('xlsx-charts: the package names no workbook');
  return resolveTarget('', office.Target);
}

/** The worksheet parts in the workbook's sheet order (what "sheet 1" means to the user), resolved through the workbook's relationships. */
export function sheetParts(workbookPart: string, workbookXml: string, workbookRels: string): string[] {
  const targets = new Map(tagsNamed(workbookRels, 'Relationship').map((r) => [r.Id ?? '', r.Target ?? '']));
  return tagsNamed(workbookXml, 'sheet').map((sheet) => {
    const id = sheet['r:id'] ?? '';
    const target = targets.get(id);
    if (!target) throw new Error(`xlsx-charts: sheet '${sheet.name ?? ''}' has no part`);
    return resolveTarget(workbookPart, target);
  });
}

/** A fresh relationship id of a relationships part: rId{n}, n past the highest number in use. */
export function freshRelationshipId(relsXml: string): string {
  const taken = new Set(tagsNamed(relsXml, 'Relationship').map((r) => r.Id ?? ''));
  let n = 1;
  for (const id of taken) {
    const match = /^rId(\d+)$/.exec(id);
    if (match) n = Math.max(n, Number(match[1]) + 1);
  }
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Adds one relationship (a new rels part when `relsXml` is null); answers the part and the id given. */
export function addRelationship(relsXml: string | null, type: string, target: string): { xml: string; id: string } {
  const existing = relsXml ?? relationshipsXml('');
  const id = freshRelationshipId(existing);
  const close = existing.lastIndexOf('</Relationships>');
  if (close < 0) throw new Error('xlsx-charts: a relationships part without its end tag');
  const element = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`;
  return { xml: existing.slice(0, close) + element + existing.slice(close), id };
}

/** Content types: an Override per new part, a Default per new extension the package lacks. */
export function addContentTypes(typesXml: string, overrides: readonly { part: string; type: string }[], defaults: readonly { extension: string; type: string }[]): string {
  const known = new Set(tagsNamed(typesXml, 'Default').map((d) => (d.Extension ?? '').toLowerCase()));
  const overridden = new Set(tagsNamed(typesXml, 'Override').map((o) => o.PartName ?? ''));
  let added = '';
  for (const d of defaults) if (!known.has(d.extension.toLowerCase())) added += `<Default Extension="${xmlText(d.extension)}" ContentType="${xmlText(d.type)}"/>`;
  for (const o of overrides) if (!overridden.has(`/${o.part}`)) added += `<Override PartName="/${xmlText(o.part)}" ContentType="${xmlText(o.type)}"/>`;
  const close = typesXml.lastIndexOf('</Types>');
  if (close < 0) throw new Error('xlsx-charts: [Content_Types].xml without its end tag');
  return typesXml.slice(0, close) + added + typesXml.slice(close);
}
