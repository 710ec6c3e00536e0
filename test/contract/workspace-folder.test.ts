// Workspaces by name in the host's workspace folder, over every host: list, create (empty and
// from files), open, and the refusals a page could try — absolute paths, '..', separators,
// reserved names and links that lead out of the folder — each as a code with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import { z } from 'zod';
import { PATH_OPERATIONS } from '../../electron/hosts/http-host';
import { operationNames, operations } from '../../shared/contract/operations';
import { seedHandCases } from '../support/hand-cases';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

for (const [label, connect] of allTransports) {
  describe(`workspace folder over ${label}`, () => {
    const t = tempDir();
    const folder = join(t.dir, 'workspaces');
    const outside = join(t.dir, 'elsewhere');
    let service: Service;
    let api: Transport;
    const ok = async (name: string, input: unknown = {}) => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result;
    };
    const list = async () => operations['workspace.list'].output.parse(await ok('workspace.list'));

    beforeAll(async () => {
      mkdirSync(folder);
      mkdirSync(outside);
      const ws = await openWorkspace(join(folder, 'shop.churn'), { create: true });
      seedHandCases(ws.db);
      ws.close();
      // A workspace outside the folder, and a link inside the folder that leads to it.
      (await openWorkspace(join(outside, 'secret.churn'), { create: true })).close();
      symlinkSync(join(outside, 'secret.churn'), join(folder, 'escape.churn'));
      writeFileSync(join(folder, 'notes.txt'), 'not a workspace');
      service = createService(undefined, { workspaceFolder: folder });
      // The process hosts take their folder from CHURN_COCKPIT_HOME.
      api = await connect(service, folder);
    });
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('workspace.list names the folder’s workspaces with size, time and customers, leaving out links that lead outside', async () => {
      const answer = await list();
      expect(answer.workspaces.map((w) => w.name)).toEqual(['shop']);
      expect(answer.workspaces[0]).toMatchObject({ file: 'shop.churn', customers: 6, current: false });
      expect(answer.workspaces[0]?.size).toBeGreaterThan(0);
      expect(Date.parse(answer.workspaces[0]?.modified ?? '')).not.toBeNaN();
      expect(answer.nativeDialogs).toBe(false);
    });

    it('workspace.openNamed opens by name and the list marks it current and recent', async () => {
      expect(await ok('workspace.openNamed', { name: 'shop' })).toMatchObject({ name: 'shop.churn', readOnly: false });
      const answer = await list();
      expect(answer.workspaces.find((w) => w.name === 'shop')?.current).toBe(true);
      expect(answer.recent.map((w) => w.name)).toEqual(['shop']);
    });

    it('workspace.create makes an empty workspace in the folder and opens it; the same name again is WORKSPACE_EXISTS', async () => {
      const made = (await ok('workspace.create', { name: '华东 2024' })) as { path: string; tables: { name: string; rows: number }[] };
      expect(made.path).toBe(join(folder, '华东 2024.churn'));
      expect(made.tables.find((x) => x.name === 'customers')?.rows).toBe(0);
      expect(await api.invoke('workspace.create', { name: '华东 2024' })).toMatchObject({
        ok: false,
        error: { code: 'WORKSPACE_EXISTS', reason: 'workspaceNameTaken', params: { name: '华东 2024' } },
      });
      const answer = await list();
      expect(answer.workspaces.map((w) => w.name).sort()).toEqual(['shop', '华东 2024'].sort());
      expect(answer.recent.map((w) => w.name)).toEqual(['华东 2024', 'shop']);
    });

    it('workspace.createNamedFromFiles builds a workspace from dropped files with the import job, then the analyst switches back', async () => {
      const csv = join(t.dir, 'orders.csv');
      writeFileSync(csv, 'order_id,customer_id,order_date,amount\nO1,C1,2024-03-05,10.50\nO2,C2,2024-03-06,7\nO3,C1,2024-04-01,1.25\n');
      const made = (await ok('workspace.createNamedFromFiles', { name: 'from files', files: [{ path: csv }] })) as {
        workspace: { path: string; dataDate: string };
        import: { rowsImported: number; customersCreated: number };
      };
      expect(made.import).toMatchObject({ rowsImported: 3, customersCreated: 2 });
      expect(made.workspace).toMatchObject({ path: join(folder, 'from files.churn'), dataDate: '2024-04-01' });
      expect((await list()).workspaces.find((w) => w.name === 'from files')).toMatchObject({ customers: 2, current: true });
      // A failed build leaves nothing behind in the folder.
      const header = join(t.dir, 'header-only.csv');
      writeFileSync(header, 'order_id,customer_id,order_date,amount\n');
      expect(await api.invoke('workspace.createNamedFromFiles', { name: 'never', files: [{ path: header }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(readdirSync(folder).filter((f) => f.startsWith('never') || f.endsWith('.tmp'))).toEqual([]);
      expect(await ok('workspace.openNamed', { name: 'shop' })).toMatchObject({ name: 'shop.churn' });
    });

    it.each([
      ['an absolute path', '/etc/passwd', 'workspaceNameSeparator'],
      ['a path up and out', '../elsewhere/secret', 'workspaceNameSeparator'],
      ['a Windows path', 'C:\\Users\\x\\secret', 'workspaceNameSeparator'],
      ['“..”', '..', 'workspaceNameDotDot'],
      ['a name with “..”', 'a..b', 'workspaceNameDotDot'],
      ['an empty name', '   ', 'workspaceNameEmpty'],
      ['a reserved device name', 'NUL', 'workspaceNameReserved'],
      ['a control character', 'a\u0000b', 'workspaceNameCharacter'],
      ['a hidden file', '.hidden', 'workspaceNameCharacter'],
      ['a name too long', 'x'.repeat(65), 'workspaceNameTooLong'],
    ])('refuses %s as a name to open or create (INVALID_INPUT, %s)', async (_what, name, reason) => {
      for (const operation of ['workspace.openNamed', 'workspace.create']) {
        expect(await api.invoke(operation, { name }), operation).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', reason } });
      }
      expect(await api.invoke('workspace.createNamedFromFiles', { name, files: [{ path: join(t.dir, 'orders.csv') }] })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', reason },
      });
      expect(existsSync(join(outside, 'secret.churn-wal'))).toBe(false);
    });

    it('refuses a link in the folder that resolves outside it (FORBIDDEN, workspaceOutsideFolder), and names no file that is missing', async () => {
      expect(await api.invoke('workspace.openNamed', { name: 'escape' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'workspaceOutsideFolder', params: { name: 'escape' } },
      });
      expect(await api.invoke('workspace.create', { name: 'escape' })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_EXISTS' } });
      expect(await api.invoke('workspace.openNamed', { name: 'missing' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', reason: 'workspaceNotInFolder' },
      });
      expect(await api.invoke('workspace.openNamed', { name: 'notes.txt' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await ok('workspace.info')) as { path: string }).toMatchObject({ path: join(folder, 'shop.churn') });
    });

    it('the native dialogs are the desktop app’s: every other host answers desktopOnly', async () => {
      for (const operation of ['workspace.pickOpen', 'workspace.pickNew']) {
        expect(await api.invoke(operation, {}), operation).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'desktopOnly' } });
      }
      // The export Save dialog too: the browser downloads, the CLI takes --out.
      for (const format of ['xlsx', 'csv']) {
        expect(await api.invoke('export.pickSavePath', { suggestedName: '高价值', format }), format).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN', reason: 'desktopOnly' },
        });
      }
    });

    it.runIf(label === 'HTTP host')('the HTTP host refuses every operation that takes a workspace path, wherever it points', async () => {
      const csv = join(t.dir, 'orders.csv');
      for (const [operation, input] of [
        ['workspace.open', { path: join(folder, 'shop.churn') }],
        ['workspace.open', { path: join(outside, 'secret.churn') }],
        ['workspace.open', { path: join(t.dir, 'new.churn'), create: true }],
        ['workspace.createFromFiles', { path: join(folder, 'made.churn'), files: [{ path: csv }] }],
        ['workspace.createDemo', { path: join(outside, 'demo.churn'), customers: 10 }],
      ] as const) {
        expect(await api.invoke(operation, input), operation).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'workspacePathRefused' } });
      }
      expect(readdirSync(outside)).toEqual(['secret.churn']);
      expect(existsSync(join(t.dir, 'new.churn'))).toBe(false);
      expect(existsSync(join(folder, 'made.churn'))).toBe(false);
    });
  });
}

describe('the HTTP host’s list of path operations', () => {
  it('names every workspace operation whose input takes a path, so a new one cannot slip past the browser host', () => {
    const takesPath = operationNames.filter((name) => {
      const input = operations[name].input;
      return name.startsWith('workspace.') && input instanceof z.ZodObject && 'path' in input.shape;
    });
    expect(takesPath.sort()).toEqual([...PATH_OPERATIONS].sort());
  });
});
