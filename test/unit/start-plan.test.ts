import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkElectronInstall,
  electronPlatformPath,
  fallBackAfterElectronExit,
  nativeBindingPath,
  needsElectronProbes,
  parseStartArgs,
  planLaunch,
  summarizeFailure,
  type LaunchFacts,
} from '../../scripts/launch-plan';

const root = path.resolve('/repo');
const base: LaunchFacts = {
  root,
  baseDir: path.resolve('/home/analyst'),
  nodePath: '/usr/bin/node',
  platform: 'linux',
  env: { DISPLAY: ':0', PATH: '/usr/bin' },
  workspace: null,
  web: false,
  electron: { ok: true, path: '/repo/node_modules/electron/dist/electron' },
  native: { ok: true, path: '/repo/.cache/electron-abi/41.10.0/better_sqlite3.node' },
};

describe('parseStartArgs', () => {
  it('takes an optional workspace and --web', () => {
    expect(parseStartArgs([])).toEqual({ ok: true, workspace: null, web: false });
    expect(parseStartArgs(['a.churn', '--web'])).toEqual({ ok: true, workspace: 'a.churn', web: true });
  });
  it('refuses unknown flags and a second workspace', () => {
    expect(parseStartArgs(['--inspect'])).toMatchObject({ ok: false });
    expect(parseStartArgs(['a.churn', 'b.churn'])).toMatchObject({ ok: false });
  });
});

describe('planLaunch', () => {
  it('launches Electron on the app directory with the Electron-ABI binding', () => {
    const plan = planLaunch({ ...base, workspace: 'q3.churn', env: { ...base.env, ELECTRON_RUN_AS_NODE: '1' } });
    expect(plan.kind).toBe('electron');
    expect(plan.command).toBe(base.electron?.ok && base.electron.path);
    expect(plan.args).toEqual([root, path.resolve('/home/analyst/q3.churn')]);
    expect(plan.env.CHURN_COCKPIT_NATIVE_BINDING).toBe('/repo/.cache/electron-abi/41.10.0/better_sqlite3.node');
    expect(plan.env).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    expect(plan.notice).toBeNull();
  });

  it('falls back to the loopback host when the binary could not be fetched', () => {
    const plan = planLaunch({ ...base, workspace: '/data/x.churn', electron: { ok: false, reason: 'download failed: fetch failed' }, native: null });
    expect(plan).toMatchObject({ kind: 'web', command: '/usr/bin/node' });
    expect(plan.args).toEqual([path.join(root, 'bin', 'churn-cockpit.js'), 'serve', path.resolve('/data/x.churn')]);
    expect(plan.notice).toBe('Electron binary unavailable (download failed: fetch failed); serving Churn Cockpit on loopback instead — open the URL below');
  });

  it('falls back when better-sqlite3 has no Electron build, and never leaks the binding to Node', () => {
    const plan = planLaunch({
      ...base,
      env: { ...base.env, CHURN_COCKPIT_NATIVE_BINDING: '/stale.node' },
      native: { ok: false, reason: 'prebuild-install: 404; node-gyp: ENOTFOUND' },
    });
    expect(plan.kind).toBe('web');
    expect(plan.args).toEqual([path.join(root, 'bin', 'churn-cockpit.js'), 'serve']);
    expect(plan.notice).toMatch(/^better-sqlite3 for Electron unavailable \(prebuild-install: 404; node-gyp: ENOTFOUND\); serving/);
    expect(plan.env).not.toHaveProperty('CHURN_COCKPIT_NATIVE_BINDING');
  });

  it('serves on loopback when asked or when Linux has no display', () => {
    expect(planLaunch({ ...base, web: true }).notice).toMatch(/^--web given; /);
    expect(planLaunch({ ...base, env: {} }).notice).toMatch(/^no display/);
    expect(planLaunch({ ...base, env: { WAYLAND_DISPLAY: 'wayland-0' } }).kind).toBe('electron');
    expect(planLaunch({ ...base, platform: 'win32', env: {} }).kind).toBe('electron');
  });

  it('skips the slow probes only when Electron could not run anyway', () => {
    expect(needsElectronProbes(base)).toBe(true);
    expect(needsElectronProbes({ ...base, web: true })).toBe(false);
    expect(needsElectronProbes({ ...base, env: {} })).toBe(false);
  });
});

describe('checkElectronInstall', () => {
  const facts = { version: '41.10.0', pathTxt: 'electron', distVersion: 'v41.10.0\n', executableExists: true, executablePath: '/e/dist/electron' };
  it('accepts a matching binary', () => {
    expect(checkElectronInstall(facts)).toEqual({ ok: true, path: '/e/dist/electron' });
  });
  it('explains what is missing', () => {
    expect(checkElectronInstall({ ...facts, pathTxt: null, executablePath: null })).toEqual({ ok: false, reason: 'not downloaded' });
    expect(checkElectronInstall({ ...facts, executableExists: false })).toMatchObject({ ok: false });
    expect(checkElectronInstall({ ...facts, distVersion: '40.0.0' })).toEqual({ ok: false, reason: 'dist holds Electron 40.0.0, expected 41.10.0' });
  });
});

describe('helpers', () => {
  it('names the executable as electron/install.js does', () => {
    expect(electronPlatformPath('linux')).toBe('electron');
    expect(electronPlatformPath('win32')).toBe('electron.exe');
    expect(electronPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
  it('keeps the Electron-ABI binding per Electron version under .cache', () => {
    expect(nativeBindingPath(root, '41.10.0')).toBe(path.join(root, '.cache', 'electron-abi', '41.10.0', 'better_sqlite3.node'));
  });
  it('summarizes tool output to its telling line', () => {
    const output = 'Downloading...\nTypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async x (y.js:1:1)\n';
    expect(summarizeFailure(output)).toBe('TypeError: fetch failed');
    expect(summarizeFailure('npm warn whatever\nplain last line\n')).toBe('plain last line');
    expect(summarizeFailure('')).toBe('');
    expect(summarizeFailure(`Error: ${'x'.repeat(300)}`)).toHaveLength(158);
  });
  it('falls back only when Electron died at once with an error', () => {
    expect(fallBackAfterElectronExit({ code: 1, signal: null, elapsedMs: 800 })).toBe(true);
    expect(fallBackAfterElectronExit({ code: 0, signal: null, elapsedMs: 800 })).toBe(false);
    expect(fallBackAfterElectronExit({ code: 1, signal: null, elapsedMs: 60_000 })).toBe(false);
    expect(fallBackAfterElectronExit({ code: null, signal: 'SIGINT', elapsedMs: 800 })).toBe(false);
  });
});
