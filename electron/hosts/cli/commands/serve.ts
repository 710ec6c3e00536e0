import { realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureDefaultWorkspace } from '../../default-workspace';
import { startHttpHost } from '../../http-host';
import { readRecent, RECENT_FILE } from '../../../service/recent-workspaces';
import { defaultWorkspaceFolder, isInside } from '../../../service/workspace-folder';
import { call, optionalNumber, usageError, type Command } from '../command';

/** `serve FILE.churndash`: the argument is a dashboard file for the viewer, not a workspace. */
export const isDashboardFile = (path: string): boolean => path.toLowerCase().endsWith('.churndash');

/** The folder's workspace the page opened last (its Recent list), if it is still there and inside. */
function lastOpenedIn(folder: string): string | null {
  let root: string;
  try {
    root = realpathSync(folder);
  } catch {
    return null;
  }
  for (const { path } of readRecent(join(root, RECENT_FILE))) {
    try {
      const real = realpathSync(path);
      if (isInside(root, real) && statSync(real).isFile()) return real;
    } catch {
      // moved or deleted: try the next one
    }
  }
  return null;
}

export const serveCommand: Command = {
  name: 'serve',
  usage:
    'serve [WORKSPACE | FILE.churndash] [--port N] [--workspaces DIR]\n' +
    '         serve the app on 127.0.0.1; the page opens workspaces by name in DIR only (default ~/.churn-cockpit);\n' +
    '         given a dashboard file, the app opens it read-only in the viewer',
  options: { port: { type: 'string' }, workspaces: { type: 'string' } },
  async run(ctx) {
    if (ctx.options.workspaces === '') usageError('serve: --workspaces needs a folder');
    const folder = typeof ctx.options.workspaces === 'string' ? resolve(ctx.options.workspaces) : defaultWorkspaceFolder();
    const port = optionalNumber(ctx.options.port, 'port') ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) usageError('serve: --port must be 0-65535');
    const given = ctx.args[0];
    const viewerFiles: string[] = [];
    if (given !== undefined && isDashboardFile(given)) {
      // A dashboard file alone: no workspace is opened (the manager has none); a refused file stops here with its reason.
      const info = await call(ctx.service, 'viewer.open', { path: resolve(given) });
      viewerFiles.push(resolve(given), info.path);
    } else {
      // The start-up workspace is the operator's choice on the command line (else the folder's last opened, else its demo);
      // the page can only pick by name in the folder.
      await ctx.service.session.open(given ?? lastOpenedIn(folder) ?? (await ensureDefaultWorkspace(folder)));
    }
    const host = await startHttpHost(ctx.service, { port, viewerFiles });
    process.stdout.write(`listening ${host.url}\n`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return 'keep-running';
  },
};
