// The export dialogs' pure rules: the monthly report's default month (the last complete month
// before the data date) and which months the picker disables; the cover logo's checks (PNG or
// JPEG by their bytes, at most 2 MB).
import { describe, expect, it } from 'vitest';
import { EXPORT_LOGO_MAX_BYTES } from '../../../shared/contract/domains/exports';
import { checkLogo, logoSrc, megabytes } from '../../../renderer/features/dashboards/logo-file';
import { defaultReportMonth, isAfterLastComplete, lastCompleteMonth, monthsBefore } from '../../../renderer/features/dashboards/report-month';

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const GIF_BYTES = Buffer.from('GIF89a', 'latin1');
const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString('base64')}`;

describe('monthly report month', () => {
  it('takes the month before a mid-month data date, and the data date’s month when it ends that month', () => {
    expect(lastCompleteMonth('2026-11-15')).toBe('2026-10');
    expect(lastCompleteMonth('2026-11-30')).toBe('2026-11');
    expect(lastCompleteMonth('2024-02-29')).toBe('2024-02');
    expect(lastCompleteMonth('2026-01-03')).toBe('2025-12');
    expect(lastCompleteMonth(null)).toBeNull();
  });

  it('falls back to the calendar’s previous month without a data date', () => {
    expect(defaultReportMonth(null, new Date(2026, 0, 10))).toBe('2025-12');
    expect(defaultReportMonth('2026-06-20', new Date(2030, 0, 1))).toBe('2026-05');
  });

  it('disables only months after the last complete one', () => {
    expect(isAfterLastComplete('2026-11', '2026-11-15')).toBe(true);
    expect(isAfterLastComplete('2026-10', '2026-11-15')).toBe(false);
    expect(isAfterLastComplete('2025-03', '2026-11-15')).toBe(false);
    expect(isAfterLastComplete('2099-01', null)).toBe(false);
  });

  it('counts months back across years', () => {
    expect(monthsBefore('2026-03', 3)).toBe('2025-12');
    expect(monthsBefore('2026-03', 15)).toBe('2024-12');
  });
});

describe('cover logo', () => {
  it('accepts PNG and JPEG by their bytes, whatever the data URL claims', () => {
    const png = checkLogo(dataUrl('image/png', PNG_BYTES), PNG_BYTES.length);
    expect(png).toEqual({ ok: true, logo: { mime: 'image/png', base64: PNG_BYTES.toString('base64') } });
    const jpeg = checkLogo(dataUrl('application/octet-stream', JPEG_BYTES), JPEG_BYTES.length);
    expect(jpeg.ok && jpeg.logo.mime).toBe('image/jpeg');
    if (png.ok) expect(logoSrc(png.logo)).toBe(dataUrl('image/png', PNG_BYTES));
  });

  it('refuses another image kind, a non-base64 URL and a file over 2 MB', () => {
    expect(checkLogo(dataUrl('image/png', GIF_BYTES), GIF_BYTES.length)).toEqual({ ok: false, reason: 'wrongType' });
    expect(checkLogo('data:image/png,plain', 5)).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkLogo(dataUrl('image/png', PNG_BYTES), EXPORT_LOGO_MAX_BYTES + 1)).toEqual({ ok: false, reason: 'tooBig' });
    expect(megabytes(3 * 1024 * 1024 + 100_000)).toBe('3.1');
  });
});
