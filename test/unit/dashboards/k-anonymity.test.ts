// k-anonymity of a dashboard file's cubes: no cell under k except the all-Other ones (a missing
// value stays missing), every
// component's total unchanged (sums add, min / max combine), time never generalised, a second
// pass changes nothing, and k = 1 changes nothing.
import { describe, expect, it } from 'vitest';
import { OTHER_GROUP } from '../../../shared/dashboards/cube';
import { anonymise, generalisationOrder, type CubeLayout } from '../../../shared/dashboards/k-anonymity';
import type { Cell } from '../../../shared/dashboards/widget-data';

const IDS = ['month', 'region', 'owner', 'city', 'tier'];
const TIME = [true, false, false, false, false];

/** A deterministic pseudo-random cube: dims, a sum, a min, a max, the size. */
function randomCube(seed: number, rows: number): Cell[][] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const seen = new Set<string>();
  const out: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const dims: Cell[] = [
      pick(['2024-01', '2024-02', '2024-03']),
      pick(['east', 'west', null]),
      pick(['ann', 'bob', 'cy', 'dee']),
      pick(['a', 'b', 'c']),
      pick(['healthy', 'atRisk']),
    ];
    const key = JSON.stringify(dims);
    if (seen.has(key)) continue;
    seen.add(key);
    const size = Math.floor(next() * 9);
    out.push([...dims, Math.round(next() * 1000) / 10, size === 0 ? null : Math.floor(next() * 50), Math.floor(next() * 50), size]);
  }
  return out;
}

const layout: CubeLayout = { dimensions: 5, combines: ['sum', 'min', 'max'], order: generalisationOrder(IDS, TIME) };

function totals(rows: readonly Cell[][]) {
  const numbers = (i: number) => rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
  return { sum: numbers(5).reduce((a, b) => a + b, 0), min: Math.min(...numbers(6)), max: Math.max(...numbers(7)), size: numbers(8).reduce((a, b) => a + b, 0) };
}

describe('k-anonymity of cubes', () => {
  it('generalises owner, then city, then the others; never time', () => {
    expect(generalisationOrder(IDS, TIME).map((i) => IDS[i])).toEqual(['owner', 'city', 'tier', 'region']);
    expect(generalisationOrder(['attr_x', 'region', 'segment', 'owner'], [false, false, false, false]).map((i) => ['attr_x', 'region', 'segment', 'owner'][i])).toEqual([
      'owner',
      'attr_x',
      'segment',
      'region',
    ]);
  });

  for (const seed of [1, 7, 42, 1234]) {
    it(`leaves no cell under k but all-Other ones, totals kept (seed ${seed})`, () => {
      const cube = randomCube(seed, 200);
      expect(cube.some((r) => Number(r[8]) < 5)).toBe(true);
      const out = anonymise(cube, layout, 5);
      for (const row of out) {
        if (Number(row[8]) >= 5) continue;
        for (const i of layout.order) expect([OTHER_GROUP, null]).toContain(row[i]);
      }
      const before = totals(cube);
      const after = totals(out);
      expect(after.sum).toBeCloseTo(before.sum, 6);
      expect(after.min).toBe(before.min);
      expect(after.max).toBe(before.max);
      expect(after.size).toBe(before.size);
      // Time stays: every month of the input is still there, and no month became Other.
      expect(new Set(out.map((r) => r[0]))).toEqual(new Set(cube.map((r) => r[0])));
      // Dimensions are unique after the merge.
      expect(new Set(out.map((r) => JSON.stringify(r.slice(0, 5)))).size).toBe(out.length);
      expect(anonymise(out, layout, 5)).toEqual(out);
      // A missing value is never turned into Other.
      expect(out.filter((r) => r[1] === null).length).toBeGreaterThan(0);
    });
  }

  it('changes nothing at k = 1', () => {
    const cube = randomCube(99, 100);
    expect(anonymise(cube, layout, 1)).toEqual(cube);
  });
});
