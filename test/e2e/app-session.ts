// One browser session on a fresh demo workspace served by `churn-cockpit serve`: what every
// end-to-end suite starts from. Screenshots go to test-output/e2e/.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { launchChrome } from './browser';
import { serve, type Served } from './serve';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'e2e');

/** A `prepare` step: score the demo before the app opens it (the CLI's refresh, as an analyst's script would). */
export function refreshWorkspace(path: string): void {
  const refresh = runCli(['refresh', path, '--json']);
  if (refresh.code !== 0) throw new Error(`refresh failed: ${refresh.stderr}`);
}

/** Prepare step for the sessions that show every screen filled: a snapshot and a trained tree. */
export function refreshAndTrain(path: string): void {
  refreshWorkspace(path);
  const train = runCli(['train', path, '--model', 'tree', '--json']);
  if (train.code !== 0) throw new Error(`train failed: ${train.stderr}`);
}

export interface AppSession {
  dir: string;
  workspace: string;
  /** A read-only connection for checking what the screen shows against SQL. */
  db: Database.Database;
  served: Served;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function startAppSession(options: {
  chrome: string;
  prefix: string;
  locale: string;
  /** Runs on the demo workspace before it is served (e.g. a CLI refresh). */
  prepare?: (workspace: string, dir: string) => void;
}): Promise<AppSession> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const t = tempDir(options.prefix);
  const workspace = join(t.dir, 'demo.churn');
  const demo = runCli(['demo', workspace]);
  if (demo.code !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  options.prepare?.(workspace, t.dir);
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  const served = await serve(workspace);
  const browser = await launchChrome(options.chrome);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: options.locale });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return {
    dir: t.dir,
    workspace,
    db,
    served,
    browser,
    page,
    async close() {
      await browser.close();
      await served.stop();
      db.close();
      t.cleanup();
    },
  };
}
