import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readAllTables } from '../../../electron/import/readers/source';
import { readSpreadsheet } from '../../../electron/import/readers/spreadsheet';
import { tempDir } from './helpers';

const tmp = tempDir();

function workbook(date1904 = false): XLSX.WorkBook {
  const ws: XLSX.WorkSheet = XLSX.utils.aoa_to_sheet([['2024年3月 客户报表'], [], ['客户', null, '订单', null, '备注'], ['编号', '名称', '日期', '金额', null]]);
  XLSX.utils.sheet_add_aoa(
    ws,
    [
      [{ t: 'n', v: 123, z: '000000' }, 'A公司', { t: 'n', v: 45356.5, z: 'yyyy-mm-dd' }, 10.5, { t: 'e', v: 7 }],
      [{ t: 'n', v: 7, z: '000000' }, 'B公司', { t: 'n', v: 60, z: 'yyyy-mm-dd' }, { t: 'n', v: 3, f: 'A5+1' }, 'x'],
      [],
      [{ t: 's', v: '000042' }, 'C公司', { t: 'n', v: 0.75, z: 'hh:mm' }, { t: 'b', v: true }, null],
    ],
    { origin: 'A5' },
  );
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
    { s: { r: 2, c: 0 }, e: { r: 2, c: 1 } },
    { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
    { s: { r: 2, c: 4 }, e: { r: 3, c: 4 } },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '订单');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Empty');
  if (date1904) wb.Workbook = { ...wb.Workbook, WBProps: { date1904: true } };
  return wb;
}

describe('spreadsheets', () => {
  for (const bookType of ['xlsx', 'xls', 'ods'] as const) {
    it(`${bookType}: title rows, merged two-level headers, padded IDs, dates, errors, blank rows`, async () => {
      const path = tmp.write(`report.${bookType}`, XLSX.write(workbook(), { type: 'buffer', bookType: bookType === 'xls' ? 'biff8' : bookType }) as Buffer);
      const src = readSpreadsheet(path);
      const [t, empty] = await readAllTables(src);
      expect(t?.info.name).toBe('订单');
      expect(t?.info.headerRow).toBe(4);
      expect(t?.info.columns).toEqual(['客户_编号', '客户_名称', '订单_日期', '订单_金额', '备注']);
      expect(t?.rows.map((r) => r.lineage.row)).toEqual([5, 6, 8]);
      expect(t?.rows[0]?.values.slice(0, 4)).toEqual(['000123', 'A公司', '2024-03-05 12:00:00', 10.5]);
      expect(t?.rows[0]?.values[4]).toBeNull();
      expect(t?.rows[1]?.values[2]).toBeNull();
      expect(t?.rows[2]?.values.slice(0, 4)).toEqual(['000042', 'C公司', '18:00:00', 'TRUE']);
      if (bookType !== 'ods') expect(t?.rows[1]?.values[0]).toBe('000007');
      expect(src.warnings.count('fictional-date')).toBe(1);
      // SheetJS's ODS writer drops error cells.
      if (bookType !== 'ods') expect(src.warnings.count('excel-error-value')).toBe(1);
      expect(src.warnings.count('empty-rows-skipped')).toBe(1);
      expect(empty?.info.columns).toEqual([]);
      expect(empty?.rows).toEqual([]);
    });
  }

  it('honours the 1904 date system', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['日期'], [{ t: 'n', v: 43894, z: 'yyyy-mm-dd' }]]), 'S');
    wb.Workbook = { WBProps: { date1904: true } };
    const path = tmp.write('mac.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const src = readSpreadsheet(path);
    const [t] = await readAllTables(src);
    expect(src.details.get('date1904')).toBe(true);
    expect(t?.rows[0]?.values).toEqual(['2024-03-05']);
  });
});
