import { describe, expect, it } from 'vitest';
import { compactBoxes } from '../../../electron/export/workbook/cover-sheet';

describe('compactBoxes (the cover’s chart grid)', () => {
  it('lifts charts into the rows KPI cards and tables left empty, keeping columns and sizes', () => {
    // A gauge beside the KPI cards (y 0), a trend under them (y 3), a table's hole at x 6..12 y 3.
    const boxes = [
      { x: 9, y: 0, w: 3, h: 3 },
      { x: 0, y: 3, w: 8, h: 6 },
      { x: 0, y: 9, w: 6, h: 6 },
      { x: 6, y: 15, w: 6, h: 6 },
    ];
    expect(compactBoxes(boxes)).toEqual([
      { x: 9, y: 0, w: 3, h: 3 },
      { x: 0, y: 0, w: 8, h: 6 },
      { x: 0, y: 6, w: 6, h: 6 },
      { x: 6, y: 6, w: 6, h: 6 },
    ]);
  });

  it('never overlaps two charts sharing columns', () => {
    const out = compactBoxes([
      { x: 0, y: 5, w: 12, h: 4 },
      { x: 3, y: 2, w: 6, h: 2 },
      { x: 0, y: 20, w: 4, h: 4 },
    ]);
    expect(out).toEqual([
      { x: 0, y: 2, w: 12, h: 4 },
      { x: 3, y: 0, w: 6, h: 2 },
      { x: 0, y: 6, w: 4, h: 4 },
    ]);
  });
});
