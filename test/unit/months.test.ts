import { describe, expect, it } from 'vitest';
import { churnRate, lastCompleteMonths } from '../../shared/metrics/months';

describe('lastCompleteMonths', () => {
  it('includes the data date month only when the data date is its last day', () => {
    expect(lastCompleteMonths('2024-06-30', 1)[0]?.month).toBe('2024-06');
    expect(lastCompleteMonths('2024-06-29', 1)[0]?.month).toBe('2024-05');
  });
  it('crosses years and knows leap Februaries', () => {
    expect(lastCompleteMonths('2024-03-15', 3)).toEqual([
      { month: '2023-12', first: '2023-12-01', last: '2023-12-31' },
      { month: '2024-01', first: '2024-01-01', last: '2024-01-31' },
      { month: '2024-02', first: '2024-02-01', last: '2024-02-29' },
    ]);
    expect(lastCompleteMonths('2023-03-01', 1)[0]?.last).toBe('2023-02-28');
  });
});

describe('churnRate', () => {
  it('is churned over active at start, undefined with nobody active', () => {
    expect(churnRate(40, 3)).toBeCloseTo(0.075);
    expect(churnRate(0, 0)).toBeNull();
  });
});
