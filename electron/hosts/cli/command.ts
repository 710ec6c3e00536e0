// A CLI command: parses its own positionals/options and calls the service edge.
import { AppError, type InvokeResult } from '../../../shared/contract/errors';
import type { OperationName, OperationOutput } from '../../../shared/contract/operations';
import type { Service } from '../../service/service';

export interface CommandContext {
  service: Service;
  args: string[];
  options: Record<string, string | boolean | (string | boolean)[] | undefined>;
  json: boolean;
}

export interface Command {
  name: string;
  usage: string;
  /** Option names (long form) this command accepts beyond --json and --help. */
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  /** Resolves to the exit code, or to 'keep-running' for servers. */
  run(ctx: CommandContext): Promise<number | 'keep-running'>;
}

export async function call<N extends OperationName>(service: Service, name: N, input: unknown): Promise<OperationOutput<N>> {
  const result = (await service.invoke(name, input)) as InvokeResult<OperationOutput<N>>;
  if (!result.ok) throw AppError.fromPayload(result.error);
  return result.result;
}

export function usageError(message: string): never {
  throw new AppError('INVALID_INPUT', `${message} (see churn-cockpit --help)`);
}

export function required(ctx: CommandContext, index: number, what: string, command: string): string {
  return ctx.args[index] ?? usageError(`${command}: missing ${what}`);
}

export function print(ctx: CommandContext, value: unknown, text: () => string): void {
  process.stdout.write(`${ctx.json ? JSON.stringify(value, null, 2) : text()}\n`);
}

export function optionalNumber(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(n)) usageError(`--${name} must be a number`);
  return n;
}
