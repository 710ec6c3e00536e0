// The desktop app's side of "New workspace…", "Open…" and Recent: native dialogs at any path the
// analyst chooses, and the recent list kept in the app's user-data folder. Kept apart from the
// Electron calls so it is unit-tested without the Electron binary.
import type { MenuItemConstructorOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { InvokeResult } from '../../shared/contract/errors';
import { WorkspaceListSchema, type WorkspaceEntry, type WorkspaceList } from '../../shared/contract/domains/workspace';
import { WORKSPACE_EXTENSION } from '../../shared/domain/workspace-name';
import type { RecentList } from '../service/recent-workspaces';

// Workspaces only: a dashboard file (*.churndash) opens in the viewer (open-file.ts).
const extensions = ['churn'];

export function openWorkspaceDialogOptions(zh: boolean): OpenDialogOptions {
  return {
    title: zh ? '打开工作区' : 'Open workspace',
    properties: ['openFile'],
    filters: [{ name: zh ? '流失驾驶舱工作区' : 'Churn Cockpit workspaces', extensions }],
  };
}

export function newWorkspaceDialogOptions(zh: boolean, suggestedName: string, folder: string): SaveDialogOptions {
  const stem = suggestedName.trim().replace(/[/\\]/g, '_') || (zh ? '新工作区' : 'New workspace');
  return {
    title: zh ? '新建工作区' : 'New workspace',
    buttonLabel: zh ? '创建' : 'Create',
    defaultPath: `${folder}/${stem}${WORKSPACE_EXTENSION}`,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: zh ? '流失驾驶舱工作区' : 'Churn Cockpit workspaces', extensions }],
  };
}

/** A chosen save path with the workspace extension (a dialog on Linux may drop it). */
export function withWorkspaceExtension(path: string): string {
  return /\.churn$/i.test(path) ? path : `${path}${WORKSPACE_EXTENSION}`;
}

/** The path a successful operation opened, for the recent list; null for every other answer. */
export function openedPath(name: string, result: InvokeResult<unknown>): string | null {
  if (!result.ok || typeof result.result !== 'object' || result.result === null) return null;
  const answer = result.result as { path?: unknown; workspace?: { path?: unknown } };
  const path = name === 'workspace.createFromFiles' || name === 'workspace.createNamedFromFiles' ? answer.workspace?.path : answer.path;
  const opens = ['workspace.open', 'workspace.create', 'workspace.openNamed', 'workspace.createFromFiles', 'workspace.createNamedFromFiles', 'workspace.createDemo'];
  return opens.includes(name) && typeof path === 'string' ? path : null;
}

function recentEntry(path: string, openedAt: string, current: string | null, inFolder: ReadonlyMap<string, WorkspaceEntry>): WorkspaceEntry | null {
  const known = inFolder.get(path);
  if (known) return { ...known, openedAt };
  try {
    const stat = statSync(path);
    return { name: null, file: basename(path), path, size: stat.size, modified: stat.mtime.toISOString(), customers: null, current: path === current, openedAt };
  } catch {
    return null; // moved or deleted since: left off the list
  }
}

/** The service's answer to workspace.list with the desktop app's own recent list and its dialogs. */
export function desktopWorkspaceList(result: InvokeResult<unknown>, recent: RecentList, current: string | null): InvokeResult<WorkspaceList> | InvokeResult<unknown> {
  if (!result.ok) return result;
  const list = WorkspaceListSchema.safeParse(result.result);
  if (!list.success) return result;
  const inFolder = new Map(list.data.workspaces.map((w) => [w.path, w]));
  const entries = recent.map((r) => recentEntry(r.path, r.openedAt, current, inFolder)).filter((e): e is WorkspaceEntry => e !== null);
  return { ok: true, result: { ...list.data, recent: entries, nativeDialogs: true } };
}

/** File ▸ Open Recent: the recent list, newest first (at most 10), then a way to forget it. */
export function recentMenu(recent: RecentList, zh: boolean, open: (path: string) => void, clear: () => void): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = recent.map((entry) => ({ label: basename(entry.path), toolTip: entry.path, click: () => open(entry.path) }));
  return {
    label: zh ? '最近打开的工作区' : 'Open Recent',
    submenu: items.length ? [...items, { type: 'separator' }, { label: zh ? '清除列表' : 'Clear Recent', click: clear }] : [{ label: zh ? '（无）' : '(none)', enabled: false }],
  };
}
