// How the Open list and the Recent menu show a workspace file's size and time.
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../renderer/features/workspaces/file-size';
import { formatModified } from '../../../renderer/features/workspaces/modified-time';

describe('workspace list formats', () => {
  it('shows sizes in binary units, bytes whole and the rest with one decimal', () => {
    expect(formatFileSize(null)).toBeNull();
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(1023)).toBe('1023 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(6.8 * 1024 ** 2)).toBe('6.8 MB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3.0 GB');
  });

  it('shows the local date as every screen does, then the time of day', () => {
    const at = new Date(2024, 2, 5, 9, 7);
    expect(formatModified(at.toISOString(), 'zh-CN')).toBe('2024-03-05 09:07');
    expect(formatModified(at.toISOString(), 'en')).toBe('Mar 5, 2024 09:07');
    expect(formatModified(null, 'en')).toBeNull();
    expect(formatModified('not a time', 'en')).toBeNull();
  });
});
