import { describe, expect, it } from 'vitest';
import { quotedSheetName, sanitiseSheetName, SHEET_NAME_MAX, sheetNamer } from '../../../shared/export/sheet-names';

describe('sanitiseSheetName', () => {
  it('replaces the characters Excel refuses and keeps the rest', () => {
    expect(sanitiseSheetName('流失[华北]:*?/\\率')).toBe('流失_华北______率');
    expect(sanitiseSheetName("It's fine")).toBe("It's fine");
  });

  it('cuts to 31 UTF-16 units without splitting a surrogate pair', () => {
    expect(sanitiseSheetName('流'.repeat(40))).toBe('流'.repeat(31));
    const emoji = `${'a'.repeat(30)}😀b`;
    expect(sanitiseSheetName(emoji)).toBe('a'.repeat(30));
    expect(sanitiseSheetName('a'.repeat(29) + '😀')).toHaveLength(31);
  });

  it('does not start or end with an apostrophe, and is never empty', () => {
    expect(sanitiseSheetName("'quoted'")).toBe('quoted');
    expect(sanitiseSheetName(`${'a'.repeat(30)}'b`)).toBe('a'.repeat(30));
    expect(sanitiseSheetName("''")).toBe('Sheet');
    expect(sanitiseSheetName('[]', '工作表')).toBe('__');
    expect(sanitiseSheetName('   ', '工作表')).toBe('工作表');
  });

  it('drops control characters', () => {
    expect(sanitiseSheetName('a\tb\nc')).toBe('a b c');
  });
});

describe('sheetNamer', () => {
  it('makes names unique case-insensitively with suffixes that still fit', () => {
    const namer = sheetNamer();
    expect(namer.take('Trend')).toBe('Trend');
    expect(namer.take('TREND')).toBe('TREND (2)');
    expect(namer.take('trend')).toBe('trend (3)');
    const long = '流'.repeat(40);
    expect(namer.take(long)).toBe('流'.repeat(31));
    const second = namer.take(long);
    expect(second).toBe(`${'流'.repeat(27)} (2)`);
    expect(second.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
    expect(namer.names).toEqual(['Trend', 'TREND (2)', 'trend (3)', '流'.repeat(31), `${'流'.repeat(27)} (2)`]);
  });

  it('never uses the reserved name History', () => {
    const namer = sheetNamer();
    expect(namer.take('History')).toBe('History (2)');
    expect(namer.take('history')).toBe('history (3)');
  });

  it('skips a suffixed name a title already took', () => {
    const namer = sheetNamer();
    namer.take('A (2)');
    namer.take('A');
    expect(namer.take('a')).toBe('a (3)');
  });
});

describe('quotedSheetName', () => {
  it('quotes and doubles apostrophes', () => {
    expect(quotedSheetName("It's")).toBe("'It''s'");
    expect(quotedSheetName('流失趋势')).toBe("'流失趋势'");
  });
});
