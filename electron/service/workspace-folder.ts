// The host's workspace folder: where workspaces made and opened by name live (the browser host
// can reach no other). A name becomes `<name>.churn` inside the folder; the checked name is
// mapped to a path, and the path is checked again after links are resolved, so neither a
// crafted name nor a link planted in the folder reaches a file outside it.
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { WorkspaceEntry } from '../../shared/contract/domains/workspace';
import { checkWorkspaceName, WORKSPACE_EXTENSION, WORKSPACE_NAME_MAX, workspaceNameOfFile } from '../../shared/domain/workspace-name';
import { countCustomers } from '../store/workspace-summary';

/** CHURN_COCKPIT_HOME moves it (tests, portable installs); the demo workspace lives there too. */
export function defaultWorkspaceFolder(): string {
  return process.env.CHURN_COCKPIT_HOME ?? join(homedir(), '.churn-cockpit');
}

/** The folder with links resolved, created on first use. */
export function realFolder(folder: string): string {
  mkdirSync(folder, { recursive: true });
  return realpathSync(folder);
}

export function isInside(folder: string, path: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A checked name as the error the analyst sees: INVALID_INPUT with the problem as its reason. */
export function checkedName(raw: string): string {
  const check = checkWorkspaceName(raw);
  const shown = raw.slice(0, 100);
  switch (check.problem) {
    case null:
      return check.name;
    case 'TooLong':
      throw new AppError('INVALID_INPUT', `workspace name longer than ${WORKSPACE_NAME_MAX} characters`, { reason: 'workspaceNameTooLong', params: { max: WORKSPACE_NAME_MAX } });
    case 'Reserved':
      throw new AppError('INVALID_INPUT', `${shown}: a reserved device name`, { reason: 'workspaceNameReserved', params: { name: check.name } });
    case 'Character':
      throw new AppError('INVALID_INPUT', `${shown}: the character ${check.character ?? ''} is not allowed in a workspace name`, {
        reason: 'workspaceNameCharacter',
        params: { character: check.character ?? '' },
      });
    default:
      throw new AppError('INVALID_INPUT', `${shown}: not a workspace name (${check.problem})`, { reason: `workspaceName${check.problem}` });
  }
}

export interface ResolvedWorkspace {
  name: string;
  path: string;
}

/**
 * Where a named workspace lives in the folder. `exists` says what the caller needs: an existing
 * workspace to open (NOT_FOUND otherwise) or a free name to create (WORKSPACE_EXISTS otherwise).
 */
export function resolveNamed(folder: string, raw: string, exists: boolean): ResolvedWorkspace {
  const name = checkedName(raw);
  const root = realFolder(folder);
  const path = join(root, `${name}${WORKSPACE_EXTENSION}`);
  // Re-checked even though the name has no separator: join normalises, and this is the line that must hold.
  if (!isInside(root, path)) throw outside(name);
  // lstat, not exists: a dangling link still takes the name.
  let present: boolean;
  try {
    lstatSync(path);
    present = true;
  } catch {
    present = false;
  }
  if (!exists) {
    if (present) throw new AppError('WORKSPACE_EXISTS', `${name}: a workspace of this name already exists`, { reason: 'workspaceNameTaken', params: { name } });
    return { name, path };
  }
  if (!present) throw new AppError('NOT_FOUND', `${name}: no such workspace in the workspace folder`, { reason: 'workspaceNotInFolder', params: { name } });
  // A link inside the folder may point anywhere: open what it resolves to only when that is inside too.
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new AppError('NOT_FOUND', `${name}: the workspace file cannot be reached`, { reason: 'workspaceNotInFolder', params: { name } });
  }
  if (!isInside(root, real)) throw outside(name);
  if (!statSync(real).isFile()) throw new AppError('NOT_A_WORKSPACE', `${name}: not a file`, { reason: 'workspaceNotInFolder', params: { name } });
  return { name, path: real };
}

function outside(name: string): AppError {
  return new AppError('FORBIDDEN', `${name}: resolves outside the workspace folder`, { reason: 'workspaceOutsideFolder', params: { name } });
}

function fileSize(path: string): number {
  let size = statSync(path).size;
  if (existsSync(`${path}-wal`)) size += statSync(`${path}-wal`).size;
  return size;
}

/** What the list shows of one workspace file. */
export function describeFile(path: string, name: string | null, currentPath: string | null): WorkspaceEntry {
  let size: number | null = null;
  let modified: string | null = null;
  try {
    size = fileSize(path);
    modified = statSync(path).mtime.toISOString();
  } catch {
    // gone since it was listed (or a recent entry whose file was moved)
  }
  return { name, file: basename(path), path, size, modified, customers: size === null ? null : countCustomers(path), current: currentPath === path };
}

/** The folder's workspaces, newest change first; links that resolve outside it and files being built are left out. */
export function listFolder(folder: string, currentPath: string | null): WorkspaceEntry[] {
  const root = realFolder(folder);
  const entries: WorkspaceEntry[] = [];
  for (const file of readdirSync(root)) {
    const name = workspaceNameOfFile(file);
    if (name === null || checkWorkspaceName(name).problem !== null) continue;
    try {
      const real = realpathSync(join(root, file));
      if (!isInside(root, real) || !statSync(real).isFile()) continue;
      entries.push(describeFile(real, name, currentPath));
    } catch {
      // a dangling link, or removed meanwhile
    }
  }
  return entries.sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? '') || a.file.localeCompare(b.file));
}
