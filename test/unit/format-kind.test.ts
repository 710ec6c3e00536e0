// One format per kind of number, in both UI languages (shared/i18n/format-kind.ts).
import { describe, expect, it } from 'vitest';
import { MISSING } from '../../shared/i18n/format';
import { formatFieldValue, formatValue, type ValueKind } from '../../shared/i18n/format-kind';

const both = ['zh-CN', 'en'] as const;

describe.each(both)('formatValue in %s', (locale) => {
  it('scores: one decimal, always', () => {
    expect(formatValue(88, 'score', locale)).toBe('88.0');
    expect(formatValue(30.94, 'score', locale)).toBe('30.9');
    expect(formatValue(4.25, 'score', locale)).toBe('4.3');
    expect(formatValue(-0.04, 'score', locale)).toBe('0.0');
  });

  it('probabilities and rates: a percentage with one decimal', () => {
    expect(formatValue(0.826, 'probability', locale)).toBe('82.6%');
    expect(formatValue(0.04, 'percent', locale)).toBe('4.0%');
    expect(formatValue(1, 'probability', locale)).toBe('100.0%');
  });

  it('AUC three decimals, lift two, coefficients three and signed', () => {
    expect(formatValue(0.8214, 'auc', locale)).toBe('0.821');
    expect(formatValue(0.8, 'auc', locale)).toBe('0.800');
    expect(formatValue(2.4, 'lift', locale)).toBe('2.40');
    expect(formatValue(12.345, 'lift', locale)).toBe('12.35');
    expect(formatValue(0.9274, 'coefficient', locale)).toBe('+0.927');
    expect(formatValue(-0.9274, 'coefficient', locale)).toBe('-0.927');
    expect(formatValue(0.00001, 'coefficient', locale)).toBe('0.000');
  });

  it("one customer's money: the full figure with two decimals", () => {
    expect(formatValue(22642.7, 'currency', locale)).toBe('¥22,642.70');
    expect(formatValue(0.03, 'currency', locale)).toBe('¥0.03');
    expect(formatValue(-12, 'currency', locale)).toBe('-¥12.00');
  });

  it('counts and days: whole numbers with separators', () => {
    expect(formatValue(12345.4, 'count', locale)).toBe('12,345');
    expect(formatValue(87, 'days', locale)).toBe('87');
  });

  it('anything missing is a dash', () => {
    for (const kind of ['score', 'probability', 'currency', 'auc', 'lift', 'count', 'number'] satisfies ValueKind[]) {
      expect(formatValue(null, kind, locale)).toBe(MISSING);
      expect(formatValue(Number.NaN, kind, locale)).toBe(MISSING);
    }
  });
});

describe('aggregates use the reader’s units', () => {
  it('counts and money in 万/亿 for Chinese readers, M/B for English ones', () => {
    expect(formatValue(123456, 'compact', 'zh-CN')).toBe('12.3万');
    expect(formatValue(123456, 'compact', 'en')).toBe('123,456');
    expect(formatValue(12_345_678, 'currencyCompact', 'zh-CN')).toBe('¥1,235万');
    expect(formatValue(12_345_678, 'currencyCompact', 'en')).toBe('¥12.3M');
  });
});

describe('formatFieldValue (by the catalog field’s format)', () => {
  it('formats numbers by kind, dates by locale, and leaves codes and text to their labels', () => {
    expect(formatFieldValue(0.1234, 'probability', 'en')).toBe('12.3%');
    expect(formatFieldValue(64.44, 'score', 'zh-CN')).toBe('64.4');
    expect(formatFieldValue(5519.47, 'currency', 'zh-CN')).toBe('¥5,519.47');
    expect(formatFieldValue('2026-10-31', 'date', 'en')).toBe('Oct 31, 2026');
    expect(formatFieldValue('atRisk', 'code', 'en')).toBeNull();
    expect(formatFieldValue('x', 'currency', 'en')).toBeNull();
  });
});
