// Where `npm start` and `serve` with no argument find their workspace: the demo, generated
// once per machine. CHURN_COCKPIT_HOME moves it (tests, portable installs).
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createDemoWorkspace } from '../demo/generate';

export function defaultWorkspacePath(): string {
  return join(process.env.CHURN_COCKPIT_HOME ?? join(homedir(), '.churn-cockpit'), 'demo.churn');
}

export async function ensureDefaultWorkspace(): Promise<string> {
  const path = defaultWorkspacePath();
  if (!existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true });
    await createDemoWorkspace(path);
  }
  return path;
}
