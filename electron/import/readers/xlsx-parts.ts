// The small parts of an xlsx package, read whole: which part is the workbook, its sheets (names,
// visibility, where each lives), the 1904 date system, and the number format of every cell
// style — the only style fact an import needs (it tells dates from numbers).

import { posix } from 'node:path';
import { XmlScanner } from './xml-scanner';

type Attr = (local: string) => string | undefined;

/** Runs `onOpen` for every listed element of a whole part. */
function eachElement(xml: Buffer, names: readonly string[], onOpen: (name: string, attr: Attr) => void, onClose?: (name: string) => void): void {
  const scanner: XmlScanner = new XmlScanner(names, {
    open: (name) => {
      if (name) onOpen(name, (local) => scanner.attr(local));
    },
    close: (name) => {
      if (name && onClose) onClose(name);
    },
    text: () => undefined,
  });
  scanner.write(xml);
}

export interface PackageParts {
  workbook: string;
  sharedStrings?: string;
  styles?: string;
}

const WORKBOOK_TYPES = /\.(?:sheet|template)\.main\+xml$|macroEnabled\.main\+xml$/;

/** [Content_Types].xml names the workbook, shared strings and styles parts (as SheetJS finds them). */
export function packageParts(contentTypes: Buffer | undefined): PackageParts {
  const parts: PackageParts = { workbook: 'xl/workbook.xml' };
  if (!contentTypes) return parts;
  let workbook: string | undefined;
  eachElement(contentTypes, ['Override'], (_name, attr) => {
    const type = attr('ContentType') ?? '';
    const part = (attr('PartName') ?? '').replace(/^\//, '');
    if (!part) return;
    if (WORKBOOK_TYPES.test(type)) workbook ??= part;
    else if (type.endsWith('.sharedStrings+xml')) parts.sharedStrings ??= part;
    else if (type.endsWith('.styles+xml')) parts.styles ??= part;
  });
  if (workbook) parts.workbook = workbook;
  return parts;
}

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  relId?: string;
}

export interface WorkbookFacts {
  date1904: boolean;
  sheets: WorkbookSheet[];
}

export function workbookFacts(xml: Buffer): WorkbookFacts {
  const facts: WorkbookFacts = { date1904: false, sheets: [] };
  eachElement(xml, ['workbookPr', 'sheet'], (name, attr) => {
    if (name === 'workbookPr') {
      const v = attr('date1904');
      facts.date1904 = v === '1' || v === 'true';
    } else {
      const state = attr('state');
      facts.sheets.push({ name: attr('name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', relId: attr('id') });
    }
  });
  return facts;
}

export interface Relationship {
  target: string;
  type: string;
}

/** Relationships by id, targets resolved against the part that owns them. */
export function relationships(xml: Buffer | undefined, ownerPart: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  const dir = posix.dirname(ownerPart);
  eachElement(xml, ['Relationship'], (_name, attr) => {
    const id = attr('Id');
    const target = attr('Target');
    if (!id || !target || attr('TargetMode') === 'External') return;
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
    out.set(id, { target: resolved, type: attr('Type') ?? '' });
  });
  return out;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/**
 * ECMA-376's built-in number formats as SheetJS's table holds them (ids a workbook may use
 * without declaring them); a cell whose id is in neither this table nor the workbook's own
 * list has no format, which reads as General — as it did through SheetJS.
 */
const BUILTIN_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'm/d/yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy h:mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00;(#,##0.00)'],
  [40, '#,##0.00;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
  [56, '"上午/下午 "hh"時"mm"分"ss"秒 "'],
]);

/** Number format text of each cell style (`s` attribute → format), from styles.xml's cellXfs. */
export function cellFormats(xml: Buffer | undefined): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  if (!xml) return [];
  let inCellXfs = false;
  eachElement(
    xml,
    ['numFmt', 'cellXfs', 'xf'],
    (name, attr) => {
      if (name === 'numFmt') {
        const id = parseInt(attr('numFmtId') ?? '', 10);
        const code = attr('formatCode');
        // Id 0 stays General whatever a file declares (SheetJS never reloads it either).
        if (Number.isInteger(id) && id > 0 && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (inCellXfs) xfIds.push(parseInt(attr('numFmtId') ?? '0', 10) || 0);
    },
    (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  );
  return xfIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS.get(id));
}
