// Hand-written xlsx packages for the streaming reader's edge cases: the XML is exactly what a
// test says (prefixes, BOMs, inline strings, sparse cells…), which no workbook writer produces
// on request. Zipped with deflate and real CRCs, so SheetJS reads them too.
import { crc32, deflateRawSync } from 'node:zlib';

export function zipEntries(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = deflateRawSync(raw);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageSpec {
  /** Sheet name → the inner XML of <worksheet> (<dimension>, <sheetData>, <mergeCells>…). */
  sheets: Record<string, string>;
  /** Inner XML of <sst> (the <si> items). */
  sharedStrings?: string;
  /** Inner XML of <styleSheet> (numFmts, cellXfs). */
  styles?: string;
  date1904?: boolean;
  /** Element prefix for every SpreadsheetML part ('x' writes <x:row>…), as some exporters do. */
  prefix?: string;
  /** Start each part with a UTF-8 byte order mark. */
  bom?: boolean;
}

/** `<row>` → `<x:row>` (and closing tags) for every SpreadsheetML element name in the snippet. */
function prefixed(xml: string, prefix: string | undefined): string {
  return prefix ? xml.replace(/<(\/?)([a-zA-Z]+)(?=[\s>/])/g, `<$1${prefix}:$2`) : xml;
}

export function xlsxPackage(spec: PackageSpec): Buffer {
  const p = spec.prefix;
  const ns = p ? `xmlns:${p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const head = (spec.bom ? '\ufeff' : '') + '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  const names = Object.keys(spec.sheets);
  const files: Record<string, string> = {};
  const overrides = names.map(
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  overrides.push('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>');
  if (spec.sharedStrings !== undefined)
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  if (spec.styles !== undefined) overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  files['[Content_Types].xml'] =
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`;
  files['_rels/.rels'] =
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetTags = names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = head + prefixed(`<workbook ${ns} xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetTags}</sheets></workbook>`, p);
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  files['xl/_rels/workbook.xml.rels'] = `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = head + prefixed(`<worksheet ${ns}>${spec.sheets[n] ?? ''}</worksheet>`, p);
  });
  if (spec.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = head + prefixed(`<sst ${ns}>${spec.sharedStrings}</sst>`, p);
  if (spec.styles !== undefined) files['xl/styles.xml'] = head + prefixed(`<styleSheet ${ns}>${spec.styles}</styleSheet>`, p);
  return zipEntries(files);
}
