// Every code the app shows to a person has a label in both UI languages, and no label is the
// code itself (which is how an untranslated code looks on screen). Values outside the lists are
// data as imported and come back unchanged.
import { describe, expect, it } from 'vitest';
import { codeFamilies, codeLabel, codeLabels, displayCodes } from '../../shared/domain/display-codes';
import { locales } from '../../shared/i18n/locales';
import { resources } from '../../shared/i18n/resources';
import { ORDER_STATUS } from '../../shared/domain/canonical-tables';
import { baseCatalog } from '../../shared/catalog';

const CJK = /[\u4e00-\u9fff]/;

describe('display codes', () => {
  it('labels every code of every family in both languages', () => {
    const missing: string[] = [];
    for (const locale of locales)
      for (const family of codeFamilies)
        for (const code of displayCodes[family]) {
          const label = codeLabels(family, locale)[code];
          if (typeof label !== 'string' || label.trim() === '' || label === code) missing.push(`${locale} ${family}.${code}`);
        }
    expect(missing).toEqual([]);
  });

  it('writes every Chinese label in Chinese', () => {
    const english: string[] = [];
    for (const family of codeFamilies) for (const code of displayCodes[family]) if (!CJK.test(codeLabel(family, code, 'zh-CN'))) english.push(`${family}.${code}`);
    expect(english).toEqual([]);
  });

  it('has no label for a code that is not listed (the list is what the tests check)', () => {
    for (const locale of locales)
      for (const [family, labels] of Object.entries(resources[locale].codes))
        expect(Object.keys(labels).sort(), family).toEqual([...displayCodes[family as keyof typeof displayCodes]].sort());
  });

  it('covers the canonical order statuses and every enum the catalog shows', () => {
    expect([...displayCodes.orderStatus]).toEqual([...ORDER_STATUS]);
    const rfm = baseCatalog.fields.find((f) => f.id === 'rfm_segment')?.values ?? [];
    expect([...displayCodes.rfmSegment].sort()).toEqual([...rfm].sort());
    const reasons = baseCatalog.fields.find((f) => f.id === 'top_reason')?.values ?? [];
    expect([...displayCodes.reasonType].sort()).toEqual([...reasons].sort());
  });

  it('reads codes whatever their case and blanks, and leaves free text as imported', () => {
    expect(codeLabel('severity', 'High', 'zh-CN')).toBe('高');
    expect(codeLabel('surveyKind', ' CSAT ', 'en')).toBe('Satisfaction survey (CSAT)');
    expect(codeLabel('ticketKind', 'complaint', 'zh-CN')).toBe('投诉');
    expect(codeLabel('signalKind', 'price_comparison', 'en')).toBe('Price comparison');
    expect(codeLabel('rfmSegment', 'cant_lose', 'zh-CN')).toBe(resources['zh-CN'].scoring.rfmSegments.cant_lose);
    expect(codeLabel('ticketKind', '物流延迟', 'en')).toBe('物流延迟');
    expect(codeLabel('activityKind', 'Webinar attended', 'zh-CN')).toBe('Webinar attended');
  });
});
