import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_ENTRY_URL, appResponseHeaders, contentTypeFor, isAppUrl, resolveAppFile } from '../../electron/main/app-protocol';
import { checkInvoke, navigationAllowed, requestAllowed, workspaceFromArgv } from '../../electron/main/policy';

describe('app:// origin', () => {
  it('recognises only our scheme and host', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://churn-cockpit/assets/x.js?v=1#top')).toBe(true);
    expect(isAppUrl('app://churn-cockpit.evil.com/')).toBe(false);
    expect(isAppUrl('app://churn-cockpit:8080/')).toBe(false);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(isAppUrl('https://churn-cockpit/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = path.resolve('/app/dist/renderer');
  it('maps paths inside the renderer directory', () => {
    expect(resolveAppFile(root, 'app://churn-cockpit/')).toEqual({ kind: 'file', file: path.join(root, 'index.html'), fallback: null });
    expect(resolveAppFile(root, 'app://churn-cockpit/assets/index-abc.js')).toEqual({
      kind: 'file',
      file: path.join(root, 'assets', 'index-abc.js'),
      fallback: null,
    });
    expect(resolveAppFile(root, 'app://churn-cockpit/assets/%E6%B5%81%E5%A4%B1.svg')).toMatchObject({ file: path.join(root, 'assets', '流失.svg') });
  });
  it('falls back to index.html only for extension-less routes', () => {
    expect(resolveAppFile(root, 'app://churn-cockpit/dashboard/7')).toMatchObject({ fallback: path.join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://churn-cockpit/missing.js')).toMatchObject({ fallback: null });
  });
  it('keeps dot segments the URL parser already collapsed inside the root', () => {
    expect(resolveAppFile(root, 'app://churn-cockpit/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({ file: path.join(root, 'etc', 'passwd') });
  });
  it.each(['app://churn-cockpit/assets/..%2f..%2f..%2fetc/passwd', 'app://churn-cockpit/assets/..%5c..%5csecret'])('refuses traversal: %s', (url) => {
    expect(resolveAppFile(root, url)).toEqual({ kind: 'refused', status: 403 });
  });
  it.each(['app://churn-cockpit/index.html%00.png', 'app://churn-cockpit/C:%5cWindows%5cwin.ini', 'app://churn-cockpit/index.html::$DATA'])(
    'refuses NUL, drive letters and streams: %s',
    (url) => {
      expect(resolveAppFile(root, url)).toEqual({ kind: 'refused', status: 400 });
    },
  );
  it('refuses malformed escapes and foreign origins', () => {
    expect(resolveAppFile(root, 'app://churn-cockpit/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toEqual({ kind: 'refused', status: 404 });
  });
  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Churn Cockpit\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFile(winRoot, 'app://churn-cockpit/assets/a.css', path.win32)).toMatchObject({ file: `${winRoot}\\assets\\a.css` });
    expect(resolveAppFile(winRoot, 'app://churn-cockpit/..%5C..%5Capp.asar', path.win32)).toEqual({ kind: 'refused', status: 403 });
    expect(resolveAppFile(winRoot, 'app://churn-cockpit/%5C%5Cserver%5Cshare%5Cx.js', path.win32)).toMatchObject({
      file: `${winRoot}\\server\\share\\x.js`,
    });
  });
  it('sends the CSP and nosniff on every response', () => {
    const headers = appResponseHeaders(contentTypeFor('/x/index.html'), '/x/index.html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders('text/plain')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});

describe('checkInvoke', () => {
  const app = { url: 'app://churn-cockpit/index.html', isMainFrame: true };
  it('passes known operations from our top-level frame', () => {
    expect(checkInvoke(app, 'workspace.info')).toEqual({ ok: true, name: 'workspace.info' });
  });
  it('refuses other frames and origins', () => {
    for (const sender of [
      { url: null, isMainFrame: true },
      { url: 'app://churn-cockpit/index.html', isMainFrame: false },
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///tmp/x.html', isMainFrame: true },
    ]) {
      expect(checkInvoke(sender, 'workspace.info')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
  it('refuses names outside the operation table', () => {
    for (const name of ['constructor', '__proto__', 'workspace.drop', 42, null, { name: 'workspace.info' }]) {
      expect(checkInvoke(app, name)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    }
  });
});

describe('navigation and requests', () => {
  it('allows navigation only within the app origin', () => {
    expect(navigationAllowed('app://churn-cockpit/index.html#/segments')).toBe(true);
    expect(navigationAllowed('https://example.com/')).toBe(false);
    expect(navigationAllowed('file:///C:/Users/x/report.html')).toBe(false);
    expect(navigationAllowed('javascript:alert(1)')).toBe(false);
  });
  it('lets no request leave the machine', () => {
    expect(requestAllowed('app://churn-cockpit/assets/a.js')).toBe(true);
    expect(requestAllowed('data:image/png;base64,AAAA')).toBe(true);
    expect(requestAllowed('blob:app://churn-cockpit/1234')).toBe(true);
    expect(requestAllowed('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of ['https://cdn.example.com/x.js', 'http://127.0.0.1:8080/', 'wss://x/', 'file:///etc/passwd', 'ftp://x/']) {
      expect(requestAllowed(url)).toBe(false);
    }
  });
});

describe('workspaceFromArgv', () => {
  it('finds the first non-flag workspace argument after the executable', () => {
    expect(workspaceFromArgv(['/opt/cc/churn-cockpit'])).toBeNull();
    expect(workspaceFromArgv(['electron', '/repo', 'q3.churn'])).toBe('q3.churn');
    expect(workspaceFromArgv(['Churn Cockpit.exe', '--allow-file-access-from-files', 'C:\\d\\Q3.CHURN', 'x.churn'])).toBe('C:\\d\\Q3.CHURN');
    expect(workspaceFromArgv(['cc', 'board.churndash'])).toBe('board.churndash');
    expect(workspaceFromArgv(['cc', '--user-data-dir=/x.churn', 'notes.txt'])).toBeNull();
  });
});
