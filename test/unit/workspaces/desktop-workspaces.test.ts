// The desktop app's recent list and its reading of the service's answers (electron/main/workspace-desktop.ts,
// electron/service/recent-workspaces.ts), without the Electron binary.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRecent, recordOpened, RECENT_MAX, withOpened } from '../../../electron/service/recent-workspaces';
import { desktopWorkspaceList, newWorkspaceDialogOptions, openedPath, recentMenu, withWorkspaceExtension } from '../../../electron/main/workspace-desktop';
import { tempDir } from '../../support/temp';

describe('recent workspaces', () => {
  it('moves a reopened path to the front, without duplicates, capped', () => {
    let list = withOpened([], '/a.churn', 't1');
    list = withOpened(list, '/b.churn', 't2');
    list = withOpened(list, '/a.churn', 't3');
    expect(list).toEqual([
      { path: '/a.churn', openedAt: 't3' },
      { path: '/b.churn', openedAt: 't2' },
    ]);
    for (let i = 0; i < 20; i++) list = withOpened(list, `/${i}.churn`, `t${i}`);
    expect(list).toHaveLength(RECENT_MAX);
    expect(list[0]?.path).toBe('/19.churn');
  });

  it('keeps the list in a JSON file and reads a damaged one as empty', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'sub', 'recent.json');
      expect(readRecent(file)).toEqual([]);
      recordOpened(file, '/x.churn', new Date('2024-05-01T00:00:00Z'));
      recordOpened(file, '/y.churn', new Date('2024-05-02T00:00:00Z'));
      expect(readRecent(file).map((r) => r.path)).toEqual(['/y.churn', '/x.churn']);
      writeFileSync(file, '{ not json');
      expect(readRecent(file)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});

describe('desktop workspace answers', () => {
  it('takes the opened path from each opening operation only when it succeeded', () => {
    expect(openedPath('workspace.open', { ok: true, result: { path: '/w.churn' } })).toBe('/w.churn');
    expect(openedPath('workspace.createFromFiles', { ok: true, result: { workspace: { path: '/n.churn' } } })).toBe('/n.churn');
    expect(openedPath('workspace.info', { ok: true, result: { path: '/w.churn' } })).toBeNull();
    expect(openedPath('workspace.open', { ok: false, error: { code: 'NOT_FOUND', message: 'x' } })).toBeNull();
  });

  it('replaces the service’s recent list with the app’s, dropping files that are gone, and says dialogs exist', () => {
    const t = tempDir();
    try {
      const here = join(t.dir, 'here.churn');
      writeFileSync(here, 'x');
      const service = { ok: true as const, result: { folder: t.dir, workspaces: [], recent: [], nativeDialogs: false } };
      const answer = desktopWorkspaceList(
        service,
        [
          { path: here, openedAt: '2024-01-02T00:00:00.000Z' },
          { path: join(t.dir, 'gone.churn'), openedAt: '2024-01-01T00:00:00.000Z' },
        ],
        here,
      );
      expect(answer).toMatchObject({ ok: true, result: { nativeDialogs: true, recent: [{ name: null, file: 'here.churn', path: here, size: 1, current: true }] } });
    } finally {
      t.cleanup();
    }
  });

  it('suggests the typed name in the workspace folder and adds the extension a dialog dropped', () => {
    expect(newWorkspaceDialogOptions(false, 'a/b', '/home/u/.churn-cockpit').defaultPath).toBe('/home/u/.churn-cockpit/a_b.churn');
    expect(withWorkspaceExtension('/x/new')).toBe('/x/new.churn');
    expect(withWorkspaceExtension('/x/new.churn')).toBe('/x/new.churn');
  });

  it('lists recent files in File ▸ Open Recent, each opening its own path, with a way to clear them', () => {
    const opened: string[] = [];
    let cleared = 0;
    const menu = recentMenu(
      [
        { path: '/w/b.churn', openedAt: 't2' },
        { path: '/w/a.churn', openedAt: 't1' },
      ],
      true,
      (path) => opened.push(path),
      () => (cleared += 1),
    );
    const items = menu.submenu as { label?: string; click?: () => void; type?: string }[];
    expect(items.map((i) => i.label ?? i.type)).toEqual(['b.churn', 'a.churn', 'separator', '清除列表']);
    items[1]?.click?.();
    items[3]?.click?.();
    expect(opened).toEqual(['/w/a.churn']);
    expect(cleared).toBe(1);
    expect(
      recentMenu(
        [],
        false,
        () => undefined,
        () => undefined,
      ).submenu,
    ).toEqual([{ label: '(none)', enabled: false }]);
  });
});
