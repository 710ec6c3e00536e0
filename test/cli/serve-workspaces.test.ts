// `serve --workspaces DIR`: the folder the page creates and opens workspaces in (by name), the
// start-up workspace it opens with no WORKSPACE argument, and the WORKSPACE argument that still
// works as before, wherever it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { InvokeResult } from '../../shared/contract/errors';
import { openWorkspace } from '../../electron/store/workspace';
import { recordOpened, RECENT_FILE } from '../../electron/service/recent-workspaces';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { serve, type Served } from '../e2e/serve';

async function call(served: Served, name: string, input: unknown = {}): Promise<InvokeResult<unknown>> {
  const url = new URL(served.url);
  const res = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as InvokeResult<unknown>;
}

describe('serve --workspaces DIR', () => {
  const t = tempDir();
  const folder = join(t.dir, 'folder');
  const running: Served[] = [];

  beforeAll(async () => {
    mkdirSync(folder);
    for (const path of [join(folder, 'older.churn'), join(folder, 'latest.churn'), join(t.dir, 'elsewhere.churn')]) (await openWorkspace(path, { create: true })).close();
    recordOpened(join(folder, RECENT_FILE), join(folder, 'older.churn'), new Date('2024-01-01T00:00:00Z'));
    recordOpened(join(folder, RECENT_FILE), join(folder, 'latest.churn'), new Date('2024-01-02T00:00:00Z'));
  });
  afterAll(async () => {
    for (const s of running) await s.stop();
    t.cleanup();
  });

  it('opens the folder’s last opened workspace when no WORKSPACE is given, and lists the folder', async () => {
    const served = await serve(null, {}, ['--workspaces', folder]);
    running.push(served);
    expect(await call(served, 'workspace.info')).toMatchObject({ ok: true, result: { name: 'latest.churn' } });
    const list = (await call(served, 'workspace.list')) as { ok: true; result: { folder: string; workspaces: { name: string }[]; recent: { name: string }[] } };
    expect(list.result.folder).toBe(realpathSync(folder));
    expect(list.result.workspaces.map((w) => w.name).sort()).toEqual(['latest', 'older']);
    expect(list.result.recent.map((w) => w.name)).toEqual(['latest', 'older']);
  });

  it('still opens a WORKSPACE named on the command line, even outside the folder, while the page stays inside it', async () => {
    const served = await serve(join(t.dir, 'elsewhere.churn'), {}, ['--workspaces', folder]);
    running.push(served);
    expect(await call(served, 'workspace.info')).toMatchObject({ ok: true, result: { name: 'elsewhere.churn' } });
    expect(await call(served, 'workspace.open', { path: join(t.dir, 'elsewhere.churn') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'workspacePathRefused' },
    });
    expect(await call(served, 'workspace.openNamed', { name: 'older' })).toMatchObject({ ok: true, result: { name: 'older.churn' } });
    expect(await call(served, 'workspace.openNamed', { name: '../elsewhere' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', reason: 'workspaceNameSeparator' } });
  });

  it('refuses an empty folder name', () => {
    const r = runCli(['serve', '--workspaces', '']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--workspaces needs a folder');
  });
});
