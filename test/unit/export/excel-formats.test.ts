import { describe, expect, it } from 'vitest';
import { FIELD_FORMATS } from '../../../shared/dashboards/widget-data';
import { dayOfText, excelNumberFormat } from '../../../shared/export/excel-formats';
import * as XLSX from 'xlsx';

/** SheetJS's number formatter (its types leave SSF untyped). */
const ssf = (format: string, value: number): string => (XLSX.SSF as { format(format: string, value: number): string }).format(format, value);

describe('excelNumberFormat', () => {
  it('maps each field format to the screen’s figures', () => {
    const zh = (f: (typeof FIELD_FORMATS)[number]) => excelNumberFormat(f, 'zh-CN');
    expect(zh('count')).toBe('#,##0');
    expect(zh('currency')).toBe('"¥"#,##0.00');
    expect(excelNumberFormat('currency', 'en')).toBe('"¥"#,##0.00');
    expect(zh('percent')).toBe('0.0%');
    expect(zh('probability')).toBe('0.0%');
    expect(zh('score')).toBe('0.0');
    expect(zh('days')).toBe('#,##0');
    expect(zh('text')).toBe('@');
    expect(zh('code')).toBe('@');
    expect(zh('date')).toBe('yyyy-mm-dd');
    for (const f of FIELD_FORMATS) expect(excelNumberFormat(f, 'en').length).toBeGreaterThan(0);
  });

  it('keeps month and year grains as text and a week as its Monday', () => {
    expect(excelNumberFormat('date', 'zh-CN', { grain: 'month' })).toBe('@');
    expect(excelNumberFormat('date', 'zh-CN', { grain: 'year' })).toBe('@');
    expect(excelNumberFormat('date', 'zh-CN', { grain: 'week' })).toBe('yyyy-mm-dd');
  });

  it('is compact like a KPI card: 万 / 亿 by the digit shift, M / B by thousands', () => {
    // The 万 / 亿 formats as LibreOffice renders them: test/export/workbook-libreoffice.test.ts.
    expect(excelNumberFormat('count', 'zh-CN', { compact: true })).toBe('[>=100000000]0\\.00,,"亿";[>=10000]0\\.0,"万";#,##0');
    expect(excelNumberFormat('currency', 'zh-CN', { compact: true })).toBe('[>=100000000]"¥"0\\.00,,"亿";[>=10000]"¥"0\\.0,"万";"¥"#,##0.00');
    // SheetJS's formatter, an independent reading of the thousands-scaled English formats.
    const en = excelNumberFormat('count', 'en', { compact: true });
    expect(ssf(en, 1_234_567)).toBe('1.23M');
    expect(ssf(en, 2_500_000_000)).toBe('2.50B');
    expect(ssf(en, 999_999)).toBe('999,999');
    // Rates are not compacted.
    expect(excelNumberFormat('percent', 'zh-CN', { compact: true })).toBe('0.0%');
  });
});

describe('dayOfText', () => {
  it('reads a whole day as UTC midnight and refuses anything else', () => {
    expect(dayOfText('2024-06-30')).toEqual(new Date(Date.UTC(2024, 5, 30)));
    expect(dayOfText('2024-02-30')).toBeNull();
    expect(dayOfText('2024-06')).toBeNull();
    expect(dayOfText('30/06/2024')).toBeNull();
  });
});
