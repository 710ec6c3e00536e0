// Where `npm start` and `serve` with no argument (and no workspace opened before in the folder)
// find their workspace: the demo, generated once in the workspace folder (CHURN_COCKPIT_HOME or
// ~/.churn-cockpit, or serve's --workspaces).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkspace } from '../demo/generate';
import { defaultWorkspaceFolder } from '../service/workspace-folder';

export function defaultWorkspacePath(folder = defaultWorkspaceFolder()): string {
  return join(folder, 'demo.churn');
}

export async function ensureDefaultWorkspace(folder = defaultWorkspaceFolder()): Promise<string> {
  const path = defaultWorkspacePath(folder);
  if (!existsSync(path)) {
    mkdirSync(folder, { recursive: true });
    await createDemoWorkspace(path);
  }
  return path;
}
