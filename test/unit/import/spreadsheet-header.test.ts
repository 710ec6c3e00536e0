// Header-row detection on the shapes seen in real workbooks: notes written above the table (readxl's
// deaths.xlsx), text-only tables, and merged group headings versus notes that merge cells.
import { describe, expect, it } from 'vitest';
import { findHeaderRow, headerTexts, type Merge } from '../../../electron/import/readers/spreadsheet-header';

const notesAbove = [
  ['Lots of people', null, null, null, null, null],
  ['simply cannot resist writing', null, null, null, null, 'some notes'],
  ['at', 'the', 'top', null, 'of', 'their spreadsheets'],
  ['or', 'merging', null, null, null, 'cells'],
  ['Name', 'Profession', 'Age', 'Has kids', 'Date of birth', 'Date of death'],
  ['David Bowie', 'musician', 69, 'TRUE', '1947-01-08', '2016-01-10'],
  ['Carrie Fisher', 'actor', 60, 'TRUE', '1956-10-21', '2016-12-27'],
];

describe('header row', () => {
  it('skips wide note rows above the table: the header is the label row right above typed data', () => {
    expect(findHeaderRow(notesAbove)).toBe(4);
  });

  it('keeps the first label row of a table of text only', () => {
    expect(
      findHeaderRow([
        ['客户名称', '城市', '行业'],
        ['甲公司', '北京', '制造'],
        ['乙公司', '上海', '零售'],
      ]),
    ).toBe(0);
  });

  it('a note row that merges a few cells is not a group heading; a row of merged headings is', () => {
    const noteMerge: Merge[] = [{ s: { r: 3, c: 1 }, e: { r: 3, c: 4 } }];
    expect(headerTexts(notesAbove, 4, 0, 5, noteMerge)).toEqual(['Name', 'Profession', 'Age', 'Has kids', 'Date of birth', 'Date of death']);
    const grouped = [
      ['客户', null, '订单', null],
      ['编号', '名称', '日期', '金额'],
      ['C1', '甲', '2024-03-05', 10],
    ];
    const groups: Merge[] = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 1 } },
      { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
    ];
    expect(headerTexts(grouped, 1, 0, 3, groups)).toEqual(['客户_编号', '客户_名称', '订单_日期', '订单_金额']);
  });
});
