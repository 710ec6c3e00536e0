// The package bookkeeping of addDrawings: where <drawing/> goes in a worksheet (streamed in pieces
// of any size), which part "sheet k" is (the workbook's order, not the file names), fresh
// relationship ids, content types without duplicates.
import { describe, expect, it } from 'vitest';
import {
  addContentTypes,
  addRelationship,
  freshRelationshipId,
  relativeTarget,
  relsPartOf,
  resolveTarget,
  sheetParts,
  workbookPartOf,
} from '../../../electron/export/xlsx-charts/package-xml';
import { drawingInsertionPoint, sheetDrawingInserter } from '../../../electron/export/xlsx-charts/sheet-drawing';

const HEAD =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const ROWS = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;/sheetData&gt; &lt;extLst&gt;</t></is></c></row></sheetData>';

function run(xml: string, pieceSize: number, relId = 'rId7'): string {
  const stage = sheetDrawingInserter(relId);
  const bytes = new TextEncoder().encode(xml);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += pieceSize) out.push(...stage.push(bytes.slice(at, at + pieceSize)));
  out.push(...stage.end());
  return Buffer.concat(out).toString('utf8');
}

describe('the <drawing/> element in a worksheet', () => {
  const cases: [string, string, string][] = [
    ['at the end', '<pageMargins left="0.7"/><pageSetup orientation="portrait"/>', ''],
    [
      'before legacyDrawing, tableParts and the sheet extLst',
      '<pageMargins/><headerFooter><oddHeader>a &gt; b</oddHeader></headerFooter>',
      '<legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst><ext uri="x"/></extLst>',
    ],
    [
      'after a data bar whose cfRule has an extLst of its own',
      '<conditionalFormatting sqref="B2:B9"><cfRule type="dataBar" priority="1"><extLst><ext uri="{B025}"><x14:id/></ext></extLst></cfRule></conditionalFormatting><pageMargins/>',
      '<extLst/>',
    ],
    ['after an attribute holding >', '<pageSetup paperSize="9" note="a>b"/>', '<picture r:id="rId2"/>'],
  ];
  it.each(cases)('%s, whatever the piece size', (_, before, after) => {
    const xml = `${HEAD}${ROWS}${before}${after}</worksheet>`;
    const expected = `${HEAD}${ROWS}${before}<drawing r:id="rId7"/>${after}</worksheet>`;
    for (const size of [1, 3, 11, 12, 13, 64, 1 << 16]) expect(run(xml, size), `pieces of ${size}`).toBe(expected);
  });

  it('declares the relationships prefix itself when the root does not', () => {
    const bare = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(run(bare, 5, 'rId1')).toBe(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>',
    );
  });

  it('refuses a sheet that already has a drawing, or no sheetData', () => {
    expect(() => drawingInsertionPoint('<pageMargins/><drawing r:id="rId1"/></worksheet>')).toThrow(/already has a drawing/);
    expect(() => run(`${HEAD}</worksheet>`, 8)).toThrow(/no sheetData/);
  });

  it('passes the rows through before the end arrives (only the part after sheetData is held)', () => {
    const stage = sheetDrawingInserter('rId1');
    const rows = new TextEncoder().encode(HEAD + '<sheetData>' + '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1000));
    const passed = stage.push(rows).reduce((n, piece) => n + piece.length, 0);
    expect(passed).toBeGreaterThan(rows.length - 12);
  });
});

describe('package parts', () => {
  it('finds sheets in the workbook order through the relationships, whatever their file names', () => {
    const workbookPart = workbookPartOf(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    expect(workbookPart).toBe('xl/workbook.xml');
    const workbook = '<workbook xmlns:r="r"><sheets><sheet name="b" sheetId="2" r:id="rId9"/><sheet name="a &amp; c" r:id="rId3" sheetId="1"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id=\'rId3\' Target=\'worksheets/sheet1.xml\' Type=\'ws\'/><Relationship Target="/xl/worksheets/other.xml" Id="rId9" Type="ws"/></Relationships>';
    expect(sheetParts(workbookPart, workbook, rels)).toEqual(['xl/worksheets/other.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('resolves and relativises targets', () => {
    expect(resolveTarget('xl/drawings/drawing1.xml', '../charts/chart2.xml')).toBe('xl/charts/chart2.xml');
    expect(resolveTarget('xl/workbook.xml', './worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/drawing1.xml')).toBe('../drawings/drawing1.xml');
    expect(relativeTarget('xl/drawings/drawing1.xml', 'xl/media/image1.png')).toBe('../media/image1.png');
    expect(relsPartOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
  });

  it('gives a relationship an id no other one has', () => {
    const rels =
      '<Relationships><Relationship Id="rId1" Type="t" Target="a"/><Relationship Id="rId3" Type="t" Target="b"/><Relationship Id="rId4x" Type="t" Target="c"/></Relationships>';
    expect(freshRelationshipId(rels)).toBe('rId4');
    const added = addRelationship(rels, 'http://x/drawing', '../drawings/drawing1.xml');
    expect(added.id).toBe('rId4');
    expect(added.xml).toContain('<Relationship Id="rId4" Type="http://x/drawing" Target="../drawings/drawing1.xml"/></Relationships>');
    expect(addRelationship(null, 'http://x/drawing', 'd.xml').id).toBe('rId1');
  });

  it('adds each content type once', () => {
    const types = '<Types><Default Extension="PNG" ContentType="image/png"/><Override PartName="/xl/charts/chart1.xml" ContentType="c"/></Types>';
    const updated = addContentTypes(
      types,
      [
        { part: 'xl/charts/chart1.xml', type: 'c' },
        { part: 'xl/charts/chart2.xml', type: 'c' },
      ],
      [
        { extension: 'png', type: 'image/png' },
        { extension: 'jpeg', type: 'image/jpeg' },
      ],
    );
    expect(updated).toBe(
      '<Types><Default Extension="PNG" ContentType="image/png"/><Override PartName="/xl/charts/chart1.xml" ContentType="c"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/xl/charts/chart2.xml" ContentType="c"/></Types>',
    );
  });
});
