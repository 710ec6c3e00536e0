// Formula neutralising for exported spreadsheets (OWASP CSV injection): every trigger, numbers
// untouched, the Excel cell limit, and properties over arbitrary text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutText, EXCEL_CELL_MAX, FORMULA_TRIGGERS, neutraliseCell, neutraliseText, needsNeutralising } from '../../../shared/export/neutralise';

describe('neutralise', () => {
  it.each([
    [`=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`],
    ['@SUM(1)', "'@SUM(1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['|pipe', "'|pipe"],
    ['%pct', "'%pct"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
  ])('prefixes %j with a single quote', (input, expected) => {
    expect(neutraliseText(input)).toBe(expected);
    expect(neutraliseCell(input)).toBe(expected);
  });

  it('leaves ordinary text, empty text and text with a trigger inside alone', () => {
    for (const text of ['张伟', '', 'a=b', 'x-1', ' =1', "'=already quoted", '13800138000']) expect(neutraliseText(text)).toBe(text);
  });

  it('never touches numbers, even negative ones; a numeric string is text and is neutralised', () => {
    expect(neutraliseCell(-12)).toBe(-12);
    expect(neutraliseCell(0.83)).toBe(0.83);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell('-12')).toBe("'-12");
  });

  it('cuts text at the cell limit, the prefix included, without splitting a surrogate pair', () => {
    const long = `=${'x'.repeat(40_000)}`;
    const cut = neutraliseText(long);
    expect(cut).toHaveLength(EXCEL_CELL_MAX);
    expect(cut.startsWith("'=x")).toBe(true);
    // 𠀀 (U+20000) is two UTF-16 units: a cut through it drops the whole character.
    const pairs = `${'a'.repeat(EXCEL_CELL_MAX - 1)}𠀀`;
    expect(cutText(pairs)).toBe('a'.repeat(EXCEL_CELL_MAX - 1));
    expect(cutText('short')).toBe('short');
  });

  it('property: the result never starts with a trigger, keeps the text after the quote, and fits a cell', () => {
    const trigger = fc.constantFrom(...FORMULA_TRIGGERS);
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.tuple(trigger, fc.string({ maxLength: 60 })).map(([t, s]) => t + s),
    );
    fc.assert(
      fc.property(text, (s) => {
        const out = neutraliseText(s);
        expect(needsNeutralising(out)).toBe(false);
        expect(out.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
        expect(out).toBe(needsNeutralising(s) ? `'${s}` : s);
      }),
    );
  });

  it('property: numbers pass through as the same number', () => {
    fc.assert(fc.property(fc.double(), (n) => Object.is(neutraliseCell(n), n)));
  });
});
