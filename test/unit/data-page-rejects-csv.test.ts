// The rejected-row CSV: formula-looking cells neutralised, CSV quoting, BOM for Excel.
import { describe, expect, it } from 'vitest';
import { neutraliseCell, rejectsCsv } from '../../shared/import/rejects-csv';

const headers = { file: '文件', sheet: '工作表', table: '源表', row: '行号', column: '列', value: '值', reason: '原因' };

describe('rejects CSV', () => {
  it('neutralises every formula lead character', () => {
    for (const lead of ['=', '+', '-', '@', '|', '%', '\t', '\r', '\n']) expect(neutraliseCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(neutraliseCell('12')).toBe('12');
    expect(neutraliseCell('客户')).toBe('客户');
  });

  it('writes a BOM, a header and quoted, neutralised cells with CRLF', () => {
    const csv = rejectsCsv(
      [
        { file: 'a.csv', sheet: null, table: 'a', row: 7, column: '金额', value: '=HYPERLINK("x")', reason: 'not a number' },
        { file: 'b,c.csv', sheet: 'S1', table: 'S1', row: 12, column: null, value: null, reason: 'line\nbreak' },
      ],
      headers,
    );
    expect(csv.startsWith('\uFEFF文件,工作表,源表,行号,列,值,原因\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`a.csv,,a,7,金额,"'=HYPERLINK(""x"")",not a number`);
    expect(lines[2]).toBe('"b,c.csv",S1,S1,12,,,"line\nbreak"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
