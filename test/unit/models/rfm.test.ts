import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, quintileScores, rfmScores, rfmSegment, rfmValueClass, rfmValueClasses } from '../../../shared/models/rfm';

describe('RFM quintile scores', () => {
  it('splits distinct values into five equal groups', () => {
    expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('gives ties one score (mid-rank) and ignores input order', () => {
    const v = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    // Six tied 1s: mid-rank percentile (0 + 3)/10 = 0.3 ⇒ score 2.
    expect(Array.from(quintileScores(v))).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
    const perm = [9, 3, 0, 7, 5, 1, 8, 2, 6, 4];
    const shuffled = quintileScores(perm.map((i) => v[i]!));
    const base = quintileScores(v);
    perm.forEach((i, k) => expect(shuffled[k]).toBe(base[i]));
  });
  it('scores recency so that more recent (fewer days) = 5', () => {
    const s = rfmScores([5, 300, 40, 90, 10], [1, 1, 1, 1, 1], [10, 20, 30, 40, 50]);
    expect(Array.from(s.r)).toEqual([5, 1, 3, 2, 4]);
    expect(Array.from(s.m)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(s.f)).toEqual([3, 3, 3, 3, 3]);
  });
});

describe('RFM segments', () => {
  it('maps the R × F grid to the 11 named segments', () => {
    expect(rfmSegment(5, 5)).toBe('champions');
    expect(rfmSegment(3, 4)).toBe('loyal');
    expect(rfmSegment(5, 2)).toBe('potential_loyalist');
    expect(rfmSegment(5, 1)).toBe('new');
    expect(rfmSegment(4, 1)).toBe('promising');
    expect(rfmSegment(3, 3)).toBe('need_attention');
    expect(rfmSegment(3, 1)).toBe('about_to_sleep');
    expect(rfmSegment(2, 4)).toBe('at_risk');
    expect(rfmSegment(1, 5)).toBe('cant_lose');
    expect(rfmSegment(2, 2)).toBe('hibernating');
    expect(rfmSegment(1, 1)).toBe('lost');
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) seen.add(rfmSegment(r, f));
    expect(seen.size).toBe(11);
    expect([...seen].sort()).toEqual([...RFM_SEGMENTS].sort());
  });
  it('the Chinese 8-class scheme', () => {
    expect(rfmValueClass(true, true, true)).toBe('important_value');
    expect(rfmValueClass(true, false, true)).toBe('important_develop');
    expect(rfmValueClass(false, true, true)).toBe('important_retain');
    expect(rfmValueClass(false, false, true)).toBe('important_winback');
    expect(rfmValueClass(true, true, false)).toBe('general_value');
    expect(rfmValueClass(true, false, false)).toBe('general_develop');
    expect(rfmValueClass(false, true, false)).toBe('general_retain');
    expect(rfmValueClass(false, false, false)).toBe('general_winback');
    // Means: recency 40, frequency 3, monetary 250.
    expect(rfmValueClasses([10, 70, 10, 70], [5, 5, 1, 1], [400, 400, 100, 100])).toEqual(['important_value', 'important_retain', 'general_develop', 'general_winback']);
  });
});
