// The rejected-row CSV: formula-looking cells neutralised, CSV quoting, BOM for Excel, the reason
// in the chosen language followed by its code.
import { describe, expect, it } from 'vitest';
import { neutraliseCell, rejectsCsv } from '../../shared/import/rejects-csv';
import { invalidValue, legacyReason } from '../../shared/import/reject-reasons';

const headers = { file: '文件', sheet: '工作表', table: '源表', row: '行号', column: '列', value: '值', reason: '原因', code: '原因代码' };

describe('rejects CSV', () => {
  it('neutralises every formula lead character', () => {
    for (const lead of ['=', '+', '-', '@', '|', '%', '\t', '\r', '\n']) expect(neutraliseCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(neutraliseCell('12')).toBe('12');
    expect(neutraliseCell('客户')).toBe('客户');
  });

  it('writes a BOM, a header and quoted, neutralised cells with CRLF', () => {
    const csv = rejectsCsv(
      [
        { file: 'a.csv', sheet: null, table: 'a', row: 7, column: '金额', value: '=HYPERLINK("x")', reason: invalidValue('orders', 'amount', '金额', 'number') },
        { file: 'b,c.csv', sheet: 'S1', table: 'S1', row: 12, column: null, value: null, reason: legacyReason('line\nbreak') },
      ],
      headers,
      'zh-CN',
    );
    expect(csv.startsWith('\uFEFF文件,工作表,源表,行号,列,值,原因,原因代码\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`a.csv,,a,7,金额,"'=HYPERLINK(""x"")",金额：不是有效的数字,invalidValue`);
    expect(lines[2]).toBe('"b,c.csv",S1,S1,12,,,"line\nbreak",legacy');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
