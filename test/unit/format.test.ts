import { describe, expect, it } from 'vitest';
import { MISSING, formatCompact, formatCurrency, formatDate, formatInteger, formatMonth, formatNumber, formatPercent, formatPercentPointChange } from '../../shared/i18n/format';
import { chooseLocale, localeFromLanguageTag } from '../../shared/i18n/locales';

describe('formatInteger', () => {
  it('groups thousands in both locales (tables show the full figure)', () => {
    expect(formatInteger(12345, 'zh-CN')).toBe('12,345');
    expect(formatInteger(12345, 'en')).toBe('12,345');
    expect(formatInteger(1234567.6, 'en')).toBe('1,234,568');
    expect(formatInteger(0, 'zh-CN')).toBe('0');
    expect(formatInteger(-9876, 'en')).toBe('-9,876');
  });

  it('shows missing values as a dash', () => {
    expect(formatInteger(null)).toBe(MISSING);
    expect(formatInteger(undefined)).toBe(MISSING);
    expect(formatInteger(Number.NaN)).toBe(MISSING);
  });
});

describe('formatNumber', () => {
  it('keeps up to the requested decimals', () => {
    expect(formatNumber(1234.5678, 'en')).toBe('1,234.57');
    expect(formatNumber(3, 'zh-CN')).toBe('3');
  });
});

describe('formatCompact', () => {
  it('uses 万 and 亿 for Chinese readers', () => {
    expect(formatCompact(12345, 'zh-CN')).toBe('1.23万');
    expect(formatCompact(123456, 'zh-CN')).toBe('12.3万');
    expect(formatCompact(1234567, 'zh-CN')).toBe('123万');
    expect(formatCompact(12345678, 'zh-CN')).toBe('1,235万');
    expect(formatCompact(123456789, 'zh-CN')).toBe('1.23亿');
    expect(formatCompact(10000, 'zh-CN')).toBe('1万');
  });

  it('leaves figures below the first unit in full', () => {
    expect(formatCompact(9999, 'zh-CN')).toBe('9,999');
    expect(formatCompact(999999, 'en')).toBe('999,999');
    expect(formatCompact(0, 'en')).toBe('0');
  });

  it('carries a rounded mantissa into the next unit', () => {
    expect(formatCompact(99_996_000, 'zh-CN')).toBe('1亿');
    expect(formatCompact(999_999_999, 'en')).toBe('1B');
  });

  it('uses M and B in English', () => {
    expect(formatCompact(1234567, 'en')).toBe('1.23M');
    expect(formatCompact(45_600_000, 'en')).toBe('45.6M');
    expect(formatCompact(2_500_000_000, 'en')).toBe('2.5B');
  });

  it('keeps the sign', () => {
    expect(formatCompact(-12345, 'zh-CN')).toBe('-1.23万');
  });

  it('shows missing values as a dash', () => {
    expect(formatCompact(null, 'zh-CN')).toBe(MISSING);
  });
});

describe('formatPercent', () => {
  it('shows a fraction with one decimal', () => {
    expect(formatPercent(0.0431, 'zh-CN')).toBe('4.3%');
    expect(formatPercent(0.0431, 'en')).toBe('4.3%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0.00049, 'en')).toBe('0.0%');
  });

  it('accepts other precisions for axes', () => {
    expect(formatPercent(0.05, 'en', 0)).toBe('5%');
  });

  it('shows a missing rate as a dash', () => {
    expect(formatPercent(null, 'zh-CN')).toBe(MISSING);
  });
});

describe('formatPercentPointChange', () => {
  it('signs the change and names the unit per locale', () => {
    expect(formatPercentPointChange(0.5, 'en')).toBe('+0.5 pp');
    expect(formatPercentPointChange(0.5, 'zh-CN')).toBe('+0.5 个百分点');
    expect(formatPercentPointChange(-1.26, 'en')).toBe('-1.3 pp');
    expect(formatPercentPointChange(-0.25, 'zh-CN')).toBe('-0.3 个百分点');
  });

  it('never shows a negative zero', () => {
    expect(formatPercentPointChange(-0.04, 'en')).toBe('0.0 pp');
    expect(formatPercentPointChange(0, 'zh-CN')).toBe('0.0 个百分点');
  });

  it('shows a missing change as a dash', () => {
    expect(formatPercentPointChange(null, 'en')).toBe(MISSING);
  });
});

describe('formatCurrency', () => {
  it('formats renminbi with two decimals', () => {
    expect(formatCurrency(12345, 'zh-CN')).toBe('¥12,345.00');
    expect(formatCurrency(12345.678, 'en')).toBe('¥12,345.68');
    expect(formatCurrency(-50, 'en')).toBe('-¥50.00');
  });

  it('has a compact form for cards', () => {
    expect(formatCurrency(1_234_567, 'zh-CN', { compact: true })).toBe('¥123万');
    expect(formatCurrency(1_234_567, 'en', { compact: true })).toBe('¥1.23M');
  });
});

describe('formatDate and formatMonth', () => {
  it('formats stored dates per locale', () => {
    expect(formatDate('2024-03-05', 'zh-CN')).toBe('2024-03-05');
    expect(formatDate('2024-03-05', 'en')).toBe('Mar 5, 2024');
    expect(formatDate('2024-03-05T10:00:00', 'zh-CN')).toBe('2024-03-05');
    expect(formatDate(null, 'en')).toBe(MISSING);
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('formats calendar months per locale', () => {
    expect(formatMonth('2024-03', 'zh-CN')).toBe('2024年3月');
    expect(formatMonth('2024-12', 'en')).toBe('Dec 2024');
    expect(formatMonth(null, 'en')).toBe(MISSING);
  });
});

describe('locale choice', () => {
  it('maps every Chinese variant to zh-CN and the rest to English', () => {
    expect(localeFromLanguageTag('zh-CN')).toBe('zh-CN');
    expect(localeFromLanguageTag('zh-TW')).toBe('zh-CN');
    expect(localeFromLanguageTag('zh')).toBe('zh-CN');
    expect(localeFromLanguageTag('en-GB')).toBe('en');
    expect(localeFromLanguageTag('de')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
  });

  it('prefers a remembered choice over the system language', () => {
    expect(chooseLocale('en', 'zh-CN')).toBe('en');
    expect(chooseLocale('zh-CN', 'en-US')).toBe('zh-CN');
    expect(chooseLocale('fr', 'zh-CN')).toBe('zh-CN');
    expect(chooseLocale(null, 'en-US')).toBe('en');
  });
});
