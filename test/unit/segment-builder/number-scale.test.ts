// Slider steps and the median a new number condition starts from.
import { describe, expect, it } from 'vitest';
import { medianOf, niceStep, roundToStep } from '../../../renderer/features/segments/builder/number-scale';

describe('number scale', () => {
  it('steps by 1, 2 or 5 × a power of ten, about a hundredth of the range', () => {
    expect(niceStep(0, 100)).toBe(1);
    expect(niceStep(0, 1)).toBeCloseTo(0.01);
    expect(niceStep(0, 1_234_567)).toBe(20_000);
    expect(niceStep(5, 5)).toBe(1);
  });

  it('rounds to the step without float noise', () => {
    expect(roundToStep(0.3000004, 0.01)).toBe(0.3);
    expect(roundToStep(61.6, 1)).toBe(62);
    expect(roundToStep(123_456, 20_000)).toBe(120_000);
  });

  it('finds the bin of the median customer', () => {
    const bins = [
      { low: 0, high: 10, count: 1 },
      { low: 10, high: 20, count: 1 },
      { low: 20, high: 30, count: 5 },
      { low: 30, high: 40, count: 1 },
    ];
    expect(medianOf(bins)).toBe(25);
    expect(medianOf(bins.map((b) => ({ ...b, count: 0 })))).toBeNull();
  });
});
