// The desktop app's handling of files from the OS (electron/main/open-file.ts): a .churn opens as
// the workspace, a .churndash read-only in the viewer landing on #/viewer; argv of a launch or a
// second instance is searched past Chromium's switches and resolved against its own working
// directory; a refused dashboard file reads as its reason in the app's language.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind, openErrorText, openRequest, openRequestFromArgv, openStep, viewerUrl } from '../../electron/main/open-file';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol';
import { jobsEn } from '../../shared/i18n/messages/jobs.en';

describe('files handed to the desktop app', () => {
  it('tells workspaces from dashboard files by extension, upper or lower case, and nothing else', () => {
    expect(fileKind('/d/Q3.churn')).toBe('workspace');
    expect(fileKind('C:\\d\\月报.CHURNDASH')).toBe('dashboard');
    expect(fileKind('/d/board.churndash.txt')).toBeNull();
    expect(fileKind('/d/notes.churnx')).toBeNull();
  });

  it('resolves a launch or second-instance argv against the directory it was given in, past Chromium switches', () => {
    const base = path.resolve('/home/manager/Downloads');
    expect(openRequestFromArgv(['/opt/cc/churn-cockpit', '--no-sandbox', 'board.churndash'], base)).toEqual({ kind: 'dashboard', path: path.join(base, 'board.churndash') });
    expect(openRequestFromArgv(['cc', '--user-data-dir=/x.churndash', '../q3.churn', 'other.churndash'], base)).toEqual({
      kind: 'workspace',
      path: path.resolve(base, '../q3.churn'),
    });
    expect(openRequestFromArgv(['cc'], base)).toBeNull();
    expect(openRequestFromArgv(['cc', 'readme.txt'], base)).toBeNull();
    // macOS open-file hands an absolute path: kept as it is.
    const absolute = path.resolve('/Volumes/x/review.churndash');
    expect(openRequest(absolute, base)).toEqual({ kind: 'dashboard', path: absolute });
  });

  it('opens a dashboard file with viewer.open and lands on #/viewer, a workspace with workspace.open and a reload', () => {
    expect(openStep({ kind: 'dashboard', path: '/d/b.churndash' })).toEqual({ operation: 'viewer.open', input: { path: '/d/b.churndash' }, then: 'viewer' });
    expect(openStep({ kind: 'workspace', path: '/d/q.churn' })).toEqual({ operation: 'workspace.open', input: { path: '/d/q.churn' }, then: 'reload' });
    expect(viewerUrl(APP_ENTRY_URL)).toBe(`${APP_ENTRY_URL}#/viewer`);
    expect(viewerUrl(`${APP_ENTRY_URL}#/segments?x=1`)).toBe(`${APP_ENTRY_URL}#/viewer`);
  });

  it('explains a refused file with its reason label, and an unexplained error with its message', () => {
    const refused = openErrorText(
      '/d/evil.churndash',
      { code: 'INVALID_INPUT', message: 'x', reason: 'dashboardFileRefused', params: { code: 'unexpectedObject', name: 'v' } },
      false,
    );
    expect(refused).toBe(`/d/evil.churndash\n${jobsEn.reasons.dashboardFileRefused.replace('{{file}}', 'evil.churndash').replace('{{code}}', 'unexpectedObject')}`);
    expect(openErrorText('/d/b.churndash', { code: 'INTERNAL', message: 'disk on fire' }, true)).toBe('/d/b.churndash\ndisk on fire');
    expect(openErrorText('/d/b.churndash', { code: 'NOT_FOUND', message: 'x', reason: 'viewerNotOpen' }, true)).toContain('尚未打开仪表板文件');
  });
});
