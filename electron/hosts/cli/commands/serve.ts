import { ensureDefaultWorkspace } from '../../default-workspace';
import { startHttpHost } from '../../http-host';
import { optionalNumber, usageError, type Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [WORKSPACE] [--port N]                         serve the app on 127.0.0.1',
  options: { port: { type: 'string' } },
  async run(ctx) {
    await ctx.service.session.open(ctx.args[0] ?? (await ensureDefaultWorkspace()));
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
