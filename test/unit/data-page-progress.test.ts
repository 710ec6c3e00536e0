// Progress bar maths of the Data page: percent, rate and time left from job.progress reports.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, progressView } from '../../renderer/features/data/progress-math';

const base = { jobId: 'j', phase: 'reading' as const, done: 0, total: null };

describe('progressView', () => {
  it('has nothing to say before the first report', () => {
    expect(progressView(null, 3)).toMatchObject({ phase: 'starting', percent: null, rows: 0, etaSeconds: null });
  });

  it('prefers bytes, and the host’s own rate and ETA', () => {
    const v = progressView({ ...base, done: 5000, bytes: 250, totalBytes: 1000, rate: 2500, etaSeconds: 6, phase: 'reading' }, 2);
    expect(v).toMatchObject({ percent: 25, rows: 5000, rowsPerSecond: 2500, etaSeconds: 6 });
  });

  it('falls back to rows of a known total and derives rate and ETA from elapsed time', () => {
    const v = progressView({ ...base, done: 300, total: 1200 }, 10);
    expect(v.percent).toBe(25);
    expect(v.rowsPerSecond).toBe(30);
    expect(v.etaSeconds).toBeCloseTo(30, 9);
  });

  it('does not derive a rate from the first half second', () => {
    expect(progressView({ ...base, done: 10 }, 0.2)).toMatchObject({ percent: null, rowsPerSecond: null, etaSeconds: null });
  });

  it('clamps and shows 100 % with nothing left while finishing or committing', () => {
    expect(progressView({ ...base, done: 9, bytes: 2000, totalBytes: 1000 }, 1).percent).toBe(100);
    expect(progressView({ ...base, done: 9, bytes: 10, totalBytes: 1000, phase: 'committing', etaSeconds: 50 }, 1)).toMatchObject({ percent: 100, etaSeconds: 0 });
  });

  it('shows nothing read yet while the import waits for another write, or its thread starts', () => {
    expect(progressView({ ...base, phase: 'queued', params: { position: 1 } }, 5)).toMatchObject({
      phase: 'queued',
      percent: null,
      rows: 0,
      rowsPerSecond: null,
      etaSeconds: null,
    });
    expect(progressView({ ...base, phase: 'starting' }, 5)).toMatchObject({ phase: 'starting', percent: null, etaSeconds: null });
  });
});

describe('formatting', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(470 * 1024 * 1024)).toBe('470 MB');
    expect(formatBytes(null)).toBe('—');
  });

  it('formats durations in both languages', () => {
    expect(formatDuration(45.4, 'zh-CN')).toBe('45 秒');
    expect(formatDuration(0.42, 'zh-CN')).toBe('0.4 秒');
    expect(formatDuration(9.96, 'en')).toBe('10 s');
    expect(formatDuration(3.06, 'en')).toBe('3.1 s');
    expect(formatDuration(185, 'zh-CN')).toBe('3 分 05 秒');
    expect(formatDuration(3720, 'zh-CN')).toBe('1 小时 02 分');
    expect(formatDuration(185, 'en')).toBe('3 min 05 s');
    expect(formatDuration(null, 'en')).toBe('—');
  });
});
