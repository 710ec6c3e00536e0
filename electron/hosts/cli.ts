// The CLI host: `churn-cockpit <command>`. Every command goes through the same service
// edge as the other hosts; failures print one line and exit non-zero, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createService } from '../service/service';
import { Session } from '../service/session';
import { usageError } from './cli/command';
import { commands } from './cli/commands';

const usage = `usage: churn-cockpit <command> [options]\n${commands.map((c) => `  ${c.usage}`).join('\n')}`;

async function main(argv: string[]): Promise<number | 'keep-running'> {
  const command = commands.find((c) => c.name === argv[0]);
  if (!command) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(`${usage}\n`);
      return argv.length === 0 ? 2 : 0;
    }
    return usageError(`unknown command: ${argv[0]}`);
  }
  const options: ParseArgsConfig['options'] = {
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    ...command.options,
  };
  const { values, positionals } = parseArgs({ args: argv.slice(1), allowPositionals: true, options });
  if (values.help) {
    process.stdout.write(`usage: churn-cockpit ${command.usage}\n`);
    return 0;
  }
  // One-shot commands exit as soon as they answer, and a worker thread inside SQLite would hold
  // up that exit: they skip the background integrity check. `serve` stays up and runs it.
  // `serve --workspaces DIR`: the folder the browser creates and opens workspaces in, by name.
  const workspaceFolder = typeof values.workspaces === 'string' ? values.workspaces : undefined;
  const service = createService(new Session({ integrityCheck: command.name === 'serve' ? 'background' : 'skip' }), { workspaceFolder });
  const code = await command.run({ service, args: positionals, options: values, json: values.json === true });
  if (code !== 'keep-running') service.close();
  return code;
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

main(process.argv.slice(2)).then((code) => {
  if (code !== 'keep-running') process.exitCode = code;
}, report);
