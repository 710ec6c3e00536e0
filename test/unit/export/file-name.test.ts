// Export file names every OS accepts: the segment's name and the date, with separators,
// reserved characters, device names, hidden-file dots and overlong names taken care of.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportFileName, safeFileBase } from '../../../shared/export/file-name';

describe('export file name', () => {
  it('keeps a plain Chinese name and adds the date and extension', () => {
    expect(exportFileName('高价值客户', '2026-12-05', 'xlsx', '呼叫名单')).toBe('高价值客户_2026-12-05.xlsx');
  });

  it('replaces what Windows, macOS or Linux refuse', () => {
    expect(safeFileBase('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileBase('tab\there\u0000nul', 'x')).toBe('tab_here_nul');
    expect(safeFileBase('..hidden', 'x')).toBe('hidden');
    expect(safeFileBase('trailing. . ', 'x')).toBe('trailing');
    expect(safeFileBase('CON', 'x')).toBe('_CON');
    expect(safeFileBase('nul.txt', 'x')).toBe('_nul.txt');
    expect(safeFileBase('///', 'fallback')).toBe('fallback');
    expect(safeFileBase('   ', 'fallback')).toBe('fallback');
  });

  it('caps the length in UTF-8 bytes without cutting a character', () => {
    const base = safeFileBase('名'.repeat(200), 'x');
    expect(Buffer.byteLength(base)).toBeLessThanOrEqual(180);
    expect(base).toBe('名'.repeat(60));
  });

  it('property: every name gives a file name with no separator or reserved character, within 255 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const file = exportFileName(name, '2026-12-05', 'csv', '呼叫名单');
        expect([...file].some((ch) => ch.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(ch))).toBe(false);
        expect(file.startsWith('.')).toBe(false);
        expect(file.endsWith('_2026-12-05.csv')).toBe(true);
        expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
      }),
    );
  });
});
