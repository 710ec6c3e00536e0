// The CLI host: `churn-cockpit <command>`. Every command goes through the same service
// edge as the other hosts; failures print one line and exit non-zero, never a stack trace.
import { parseArgs } from 'node:util';
import { AppError, type InvokeResult } from '../../shared/contract/errors';
import type { OperationName, OperationOutput } from '../../shared/contract/operations';
import { createService, type Service } from '../service/service';
import { formatInfo, formatRows } from './cli/text-output';
import { ensureDefaultWorkspace } from './default-workspace';
import { startHttpHost } from './http-host';

const usage = `usage: churn-cockpit <command> [options]
  demo WORKSPACE [--seed N] [--customers N] [--json]   generate the demo workspace
  info WORKSPACE [--json]                              schema version, tables and row counts
  query WORKSPACE "SQL" [--json]                       run one read-only SQL statement
  serve [WORKSPACE] [--port N]                         serve the app on 127.0.0.1`;

async function call<N extends OperationName>(service: Service, name: N, input: unknown): Promise<OperationOutput<N>> {
  const result = (await service.invoke(name, input)) as InvokeResult<OperationOutput<N>>;
  if (!result.ok) throw AppError.fromPayload(result.error);
  return result.result;
}

function print(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(`${json ? JSON.stringify(value, null, 2) : text()}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      port: { type: 'string' },
      seed: { type: 'string' },
      customers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return command || values.help ? 0 : 2;
  }
  const need = (i: number, what: string) => args[i] ?? fail(`${command}: missing ${what} (see churn-cockpit --help)`);
  const service = createService();
  switch (command) {
    case 'demo': {
      const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
      const info = await call(service, 'workspace.createDemo', { path: need(0, 'WORKSPACE'), seed: num(values.seed), customers: num(values.customers) });
      print(values.json, info, () => formatInfo(info));
      service.close();
      return 0;
    }
    case 'info': {
      await service.session.open(need(0, 'WORKSPACE'), { readOnly: true });
      const info = await call(service, 'workspace.info', {});
      print(values.json, info, () => formatInfo(info));
      service.close();
      return 0;
    }
    case 'query': {
      await service.session.open(need(0, 'WORKSPACE'), { readOnly: true });
      const result = await call(service, 'workspace.query', { sql: need(1, '"SQL"') });
      print(values.json, result, () => formatRows(result));
      service.close();
      return 0;
    }
    case 'serve': {
      await service.session.open(args[0] ?? (await ensureDefaultWorkspace()));
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`serve: --port must be 0-65535`);
      const host = await startHttpHost(service, { port });
      process.stdout.write(`listening ${host.url}\n`);
      const stop = () => void host.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1;
    }
    default:
      return fail(`unknown command: ${command} (see churn-cockpit --help)`);
  }
}

function fail(message: string): never {
  throw new AppError('INVALID_INPUT', message);
}

function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`churn-cockpit: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = 1;
}

process.on('uncaughtException', (error) => {
  report(error);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  report,
);
