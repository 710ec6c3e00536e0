// The service edge: the only place inputs are validated and errors become codes. Every host
// (Electron utility process, HTTP, CLI, in-process tests) calls `invoke` and nothing else.
import { isQueryError } from '../../shared/query/errors';
import { AppError, toErrorPayload, type InvokeResult } from '../../shared/contract/errors';
import { isOperationName, operations, type OperationName } from '../../shared/contract/operations';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { handlers, type ServiceContext } from './handlers';
import { Session } from './session';
import { isJobOperation } from './jobs/kinds';
import { JobRuntime } from './jobs/runtime';

export type EventListener = (event: EventName, payload: unknown) => void;

export interface Service {
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>>;
  /** Host adapters forward these (progress of long work) to the renderer. */
  subscribe(listener: EventListener): () => void;
  readonly session: Session;
  close(): void;
}

export function createService(session: Session = new Session()): Service {
  const listeners = new Set<EventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const jobs = new Map<string, AbortController>();
  const runtime = new JobRuntime((progress) => emit('job.progress', progress));
  const ctx: ServiceContext = { session, emit, jobs, runtime };
  return {
    session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async invoke(name, input) {
      try {
        if (!isOperationName(name)) throw new AppError('UNKNOWN_OPERATION', `unknown operation: ${name}`);
        const result = await run(name, input ?? {}, ctx);
        return { ok: true, result };
      } catch (error) {
        return { ok: false, error: toErrorPayload(error) };
      }
    },
    close() {
      runtime.close();
      session.close();
    },
  };
}

function jobIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('jobId' in input)) return undefined;
  return typeof input.jobId === 'string' ? input.jobId : undefined;
}

async function run<N extends OperationName>(name: N, rawInput: unknown, ctx: ServiceContext): Promise<unknown> {
  const op = operations[name];
  const parsed = op.input.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new AppError('INVALID_INPUT', `${name}: ${where}${issue?.message ?? 'invalid input'}`);
  }
  const handler = handlers[name] as (input: unknown, ctx: ServiceContext) => unknown;
  // Long operations may carry a caller-chosen jobId: progress events name it and
  // `job.cancel` aborts the signal the handler is watching. Jobs of the runtime are its own to cancel.
  const jobId = op.long && !isJobOperation(name) ? jobIdOf(parsed.data) : undefined;
  const controller = jobId ? new AbortController() : undefined;
  if (jobId && controller) ctx.jobs.set(jobId, controller);
  try {
    return await handler(parsed.data, controller ? { ...ctx, signal: controller.signal } : ctx);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('INVALID_INPUT', `${name}: ${error.message}`);
    if (isQueryError(error)) throw new AppError('INVALID_INPUT', `${name}: ${error.message}`, { reason: 'invalidQuery', params: { queryError: error.code, ...error.params } });
    if (controller?.signal.aborted) throw new AppError('CANCELLED', `${name}: cancelled`);
    throw error;
  } finally {
    if (jobId) ctx.jobs.delete(jobId);
  }
}
