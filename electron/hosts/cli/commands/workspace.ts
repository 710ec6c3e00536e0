// demo, info, query: the workspace commands.
import { call, optionalNumber, print, required, type Command } from '../command';
import { formatInfo, formatRows } from '../text-output';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo WORKSPACE [--seed N] [--customers N] [--json]   generate the demo workspace',
  options: { seed: { type: 'string' }, customers: { type: 'string' } },
  async run(ctx) {
    const info = await call(ctx.service, 'workspace.createDemo', {
      path: required(ctx, 0, 'WORKSPACE', 'demo'),
      seed: optionalNumber(ctx.options.seed, 'seed'),
      customers: optionalNumber(ctx.options.customers, 'customers'),
    });
    print(ctx, info, () => formatInfo(info));
    return 0;
  },
};

export const infoCommand: Command = {
  name: 'info',
  usage: 'info WORKSPACE [--json]                              schema version, tables and row counts',
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'info'), { readOnly: true });
    const info = await call(ctx.service, 'workspace.info', {});
    print(ctx, info, () => formatInfo(info));
    return 0;
  },
};

export const queryCommand: Command = {
  name: 'query',
  usage: 'query WORKSPACE "SQL" [--json]                       run one read-only SQL statement',
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'query'), { readOnly: true });
    const result = await call(ctx.service, 'workspace.query', { sql: required(ctx, 1, '"SQL"', 'query') });
    print(ctx, result, () => formatRows(result));
    return 0;
  },
};
