// call: one operation of the contract from a script, one-shot or as JSON lines over stdio.
// Results are the same {ok, result | error} envelope every other host returns, so a script
// (or the contract suite) can rely on the codes rather than on the text of messages.
import { createInterface } from 'node:readline';
import { AppError, toErrorPayload, type InvokeResult } from '../../../../shared/contract/errors';
import { usageError, type Command, type CommandContext } from '../command';

function parseInput(text: string | undefined, where: string): unknown {
  if (text === undefined || text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('INVALID_INPUT', `${where}: input is not valid JSON`);
  }
}

function writeLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** One request per input line, `{"id", "name", "input"}`; one `{"type":"result", id, result}` line back per request, in order. */
async function serveStdio(ctx: CommandContext): Promise<number> {
  // Progress events go out as their own lines so a long job can be watched or cancelled by id.
  const unsubscribe = ctx.service.subscribe((event, payload) => writeLine({ type: 'event', event, payload }));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === '') continue;
    let id: unknown = null;
    let result: InvokeResult<unknown>;
    try {
      const request = parseInput(line, `line ${lineNo}`) as { id?: unknown; name?: unknown; input?: unknown };
      id = request.id ?? null;
      if (typeof request.name !== 'string') throw new AppError('INVALID_INPUT', `line ${lineNo}: "name" must be an operation name`);
      result = await ctx.service.invoke(request.name, request.input ?? {});
    } catch (error) {
      result = { ok: false, error: toErrorPayload(error) };
    }
    writeLine({ type: 'result', id, result });
  }
  unsubscribe();
  return 0;
}

export const callCommand: Command = {
  name: 'call',
  usage: 'call [--workspace W] OPERATION [JSON] | --stdio         invoke one operation; print its {ok,result|error} JSON',
  options: { workspace: { type: 'string' }, stdio: { type: 'boolean' } },
  async run(ctx) {
    const workspace = ctx.options.workspace;
    if (typeof workspace === 'string') await ctx.service.session.open(workspace);
    if (ctx.options.stdio === true) return serveStdio(ctx);
    const name = ctx.args[0] ?? usageError('call: missing OPERATION');
    let result: InvokeResult<unknown>;
    try {
      result = await ctx.service.invoke(name, parseInput(ctx.args[1], 'call'));
    } catch (error) {
      result = { ok: false, error: toErrorPayload(error) };
    }
    writeLine(result);
    return result.ok ? 0 : 1;
  },
};
