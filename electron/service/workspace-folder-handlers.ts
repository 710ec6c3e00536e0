// Workspaces by name in the host's workspace folder: list, create (empty or from files) and
// open. Every name goes through resolveNamed, which keeps the file inside the folder.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { workspaceFolderOperations } from '../../shared/contract/domains/workspace';
import type { WorkspaceEntry } from '../../shared/contract/domains/workspace';
import type { DomainHandlers, ServiceContext } from './context';
import type { Session } from './session';
import { readRecent, recordOpened, RECENT_FILE } from './recent-workspaces';
import { describeWorkspace } from './workspace';
import { describeFile, isInside, listFolder, realFolder, resolveNamed } from './workspace-folder';
import { workspaceNameOfFile } from '../../shared/domain/workspace-name';
import { basename } from 'node:path';

function currentPath(ctx: ServiceContext): string | null {
  if (!ctx.session.hasWorkspace) return null;
  try {
    return realpathSync(ctx.session.workspace.path);
  } catch {
    return ctx.session.workspace.path;
  }
}

const recentFile = (ctx: ServiceContext): string => join(realFolder(ctx.workspaceFolder), RECENT_FILE);

/**
 * Every open of a workspace inside the folder goes on the Recent list, whoever asked for it
 * (the page by name, `serve`'s start-up workspace, a script): called on each session change.
 */
export function rememberOpened(session: Session, folder: string): void {
  if (!session.hasWorkspace) return;
  let root: string;
  let path: string;
  try {
    // Not realFolder: a service that never lists must not create the folder.
    root = realpathSync(folder);
    path = realpathSync(session.workspace.path);
  } catch {
    return;
  }
  if (isInside(root, path)) recordOpened(join(root, RECENT_FILE), path);
}

function recentEntries(ctx: ServiceContext, current: string | null): WorkspaceEntry[] {
  const root = realFolder(ctx.workspaceFolder);
  const entries: WorkspaceEntry[] = [];
  for (const { path, openedAt } of readRecent(recentFile(ctx))) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      continue; // deleted since: the folder list is the truth
    }
    const name = workspaceNameOfFile(basename(real));
    if (!isInside(root, real) || name === null) continue;
    entries.push({ ...describeFile(real, name, current), openedAt });
  }
  return entries;
}

export const workspaceFolderHandlers: DomainHandlers<keyof typeof workspaceFolderOperations> = {
  'workspace.list': (_input, ctx) => {
    const current = currentPath(ctx);
    return { folder: realFolder(ctx.workspaceFolder), workspaces: listFolder(ctx.workspaceFolder, current), recent: recentEntries(ctx, current), nativeDialogs: false };
  },
  'workspace.create': async ({ name }, ctx) => {
    const target = resolveNamed(ctx.workspaceFolder, name, false);
    return describeWorkspace(await ctx.session.open(target.path, { create: true }));
  },
  'workspace.openNamed': async ({ name }, ctx) => {
    const target = resolveNamed(ctx.workspaceFolder, name, true);
    return describeWorkspace(await ctx.session.open(target.path));
  },
  // The same job as workspace.createFromFiles, at the path the name resolves to.
  'workspace.createNamedFromFiles': async ({ name, jobId, ...input }, ctx) => {
    const target = resolveNamed(ctx.workspaceFolder, name, false);
    const result = await ctx.runtime.run({ operation: 'workspace.createFromFiles', input, workspacePath: target.path, jobId });
    return { workspace: describeWorkspace(await ctx.session.open(target.path, { freshlyBuilt: true })), import: result };
  },
  // The dialogs belong to the desktop app's main process, which answers these before the service sees them.
  'workspace.pickOpen': () => {
    throw new AppError('FORBIDDEN', 'the Open dialog belongs to the desktop app', { reason: 'desktopOnly' });
  },
  'workspace.pickNew': () => {
    throw new AppError('FORBIDDEN', 'the Save dialog belongs to the desktop app', { reason: 'desktopOnly' });
  },
};
