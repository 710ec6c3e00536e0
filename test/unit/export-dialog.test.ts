// The desktop Save dialog for exports, in its pure parts (no Electron binary here): a name, never a
// path, suggested in the documents folder with the format's filter; the extension a Linux dialog
// may drop is put back.
import { describe, expect, it } from 'vitest';
import { exportDialogOptions, withExportExtension } from '../../electron/main/export-dialog';

describe('export Save dialog', () => {
  it('suggests the name in the folder with the format, in the analyst’s language', () => {
    const zh = exportDialogOptions(true, '高价值客户 2026-12-05.xlsx', 'xlsx', '/home/a/Documents');
    expect(zh.defaultPath).toBe('/home/a/Documents/高价值客户 2026-12-05.xlsx');
    expect(zh.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    expect(zh.title).toBe('导出');
    const en = exportDialogOptions(false, 'At risk', 'csv', '/d');
    expect(en.defaultPath).toBe('/d/At risk.csv');
    expect(en.filters?.[0]?.name).toBe('CSV (comma separated)');
  });

  it('keeps the suggestion a name: separators and reserved characters become _, an empty name a default', () => {
    expect(exportDialogOptions(false, '../../etc/passwd', 'csv', '/d').defaultPath).toBe('/d/.._.._etc_passwd.csv');
    expect(exportDialogOptions(false, 'a:b*c?"<>|\u0001', 'xlsx', '/d').defaultPath).toBe('/d/a_b_c______.xlsx');
    expect(exportDialogOptions(true, '   ', 'pdf', '/d').defaultPath).toBe('/d/导出.pdf');
  });

  it('adds the extension when the dialog dropped it, and only then', () => {
    expect(withExportExtension('/d/list', 'xlsx')).toBe('/d/list.xlsx');
    expect(withExportExtension('/d/list.XLSX', 'xlsx')).toBe('/d/list.XLSX');
    expect(withExportExtension('/d/list.csv', 'xlsx')).toBe('/d/list.csv.xlsx');
  });
});
