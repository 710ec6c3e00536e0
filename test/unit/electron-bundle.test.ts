// Builds the Electron bundles and runs the utility host under plain Node with a stand-in for
// Electron's `process.parentPort`, so the real bundle is exercised without the Electron binary.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/service/service';

interface Built {
  buildElectron: (options: { outdir: string }) => Promise<string>;
}

const root = path.resolve(import.meta.dirname, '../..');
// Inside the checkout so the bundle resolves better-sqlite3 from node_modules as dist/ does.
const outdir = path.join(root, '.cache', `test-electron-${process.pid}`);
const temp = mkdtempSync(path.join(tmpdir(), 'cc-utility-'));

beforeAll(async () => {
  const { buildElectron } = (await import(pathToFileURL(path.join(root, 'build', 'build-electron.js')).href)) as Built;
  await buildElectron({ outdir });
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

describe('electron bundles', () => {
  it('emits a CommonJS preload that only requires electron', () => {
    const preload = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("churnCockpit"');
  });

  it('keeps electron and better-sqlite3 external in the ES module bundles', () => {
    const main = readFileSync(path.join(outdir, 'main.js'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).not.toContain('better_sqlite3.node');
    const utility = readFileSync(path.join(outdir, 'utility-host.js'), 'utf8');
    expect(utility).toMatch(/from "better-sqlite3"/);
    expect(utility).not.toMatch(/from "electron"/);
  });

  it('bundles the worker threads next to the utility host, without the tsx loader', () => {
    for (const file of ['job-worker-entry.js', 'read-worker-entry.js', 'load-worker-entry.js', 'import-parse-worker.js', 'integrity-worker-entry.js']) {
      const code = readFileSync(path.join(outdir, file), 'utf8');
      expect(code, file).toMatch(/from "better-sqlite3"|from "node:worker_threads"/);
      expect(code, file).not.toMatch(/from "tsx|tsx\/esm/);
    }
  });

  it('serves requests through the utility host', async () => {
    const workspace = path.join(temp, 'test.churn');
    const setup = createService();
    expect(await setup.invoke('workspace.open', { path: workspace, create: true })).toMatchObject({ ok: true });
    setup.close();

    const harness = path.join(root, 'test', 'support', 'parent-port-harness.js');
    const child = fork(harness, [pathToFileURL(path.join(outdir, 'utility-host.js')).href], {
      env: { ...process.env, CHURN_COCKPIT_WORKSPACE: workspace, CHURN_COCKPIT_HOME: temp },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const messages: unknown[] = [];
    const waitFor = (predicate: (m: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const check = () => {
          const found = messages.find((m) => predicate(m as Record<string, unknown>));
          if (found) resolve(found as Record<string, unknown>);
          return found !== undefined;
        };
        if (check()) return;
        child.on('message', () => check());
        child.once('exit', (code) => reject(new Error(`utility host exited with ${code}`)));
      });
    child.on('message', (m) => messages.push(m));
    try {
      // Sent before `ready` on purpose: requests must wait for the start-up open.
      child.send({ id: 1, name: 'workspace.info', input: {} });
      child.send({ id: 2, name: 'workspace.drop', input: {} });
      child.send({ id: 3, name: 'dashboard.churnTrend', input: { months: 0 } });
      child.send({ nonsense: true });
      const ready = await waitFor((m) => m.type === 'ready');
      expect(ready.workspace).toMatchObject({ ok: true, result: { path: workspace } });
      const info = await waitFor((m) => m.type === 'result' && m.id === 1);
      expect(info.result).toMatchObject({ ok: true, result: { path: workspace } });
      const unknown = await waitFor((m) => m.type === 'result' && m.id === 2);
      expect(unknown.result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
      const invalid = await waitFor((m) => m.type === 'result' && m.id === 3);
      expect(invalid.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
