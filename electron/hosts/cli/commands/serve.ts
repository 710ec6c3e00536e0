import { resolve } from 'node:path';
import { ensureDefaultWorkspace } from '../../default-workspace';
import { startHttpHost } from '../../http-host';
import { defaultWorkspaceFolder } from '../../../service/workspace-folder';
import { optionalNumber, usageError, type Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [WORKSPACE] [--port N] [--workspaces DIR]      serve the app on 127.0.0.1; the page opens workspaces by name in DIR only (default ~/.churn-cockpit)',
  options: { port: { type: 'string' }, workspaces: { type: 'string' } },
  async run(ctx) {
    if (ctx.options.workspaces === '') usageError('serve: --workspaces needs a folder');
    const folder = typeof ctx.options.workspaces === 'string' ? resolve(ctx.options.workspaces) : defaultWorkspaceFolder();
    // The start-up workspace is the operator's choice on the command line; the page can only pick by name in the folder.
    await ctx.service.session.open(ctx.args[0] ?? (await ensureDefaultWorkspace(folder)));
    const port = optionalNumber(ctx.options.port, 'port') ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) usageError('serve: --port must be 0-65535');
    const host = await startHttpHost(ctx.service, { port });
    process.stdout.write(`listening ${host.url}\n`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return 'keep-running';
  },
};
