// The service edge: the only place inputs are validated and errors become codes. Every host
// (Electron utility process, HTTP, CLI, in-process tests) calls `invoke` and nothing else.
import { closeViewerFile } from './dashboard-file/viewer-session';
import { AppError, toErrorPayload, type InvokeResult } from '../../shared/contract/errors';
import { isOperationName, operations, type OperationName } from '../../shared/contract/operations';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { handlers, type ServiceContext } from './handlers';
import { Session } from './session';
import { isJobOperation } from './jobs/kinds';
import { JobRuntime } from './jobs/runtime';
import { operationError } from './operation-error';
import { ReadPool, type ReadPoolOptions } from './read-pool/pool';
import { isReadOperation } from './read-pool/read-operations';
import { defaultWorkspaceFolder } from './workspace-folder';
import { rememberOpened } from './workspace-folder-handlers';
import { resolve } from 'node:path';

export type EventListener = (event: EventName, payload: unknown) => void;

export interface Service {
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>>;
  /** Host adapters forward these (progress of long work) to the renderer. */
  subscribe(listener: EventListener): () => void;
  readonly session: Session;
  close(): void;
}

export interface ServiceOptions {
  /** The read pool's size and worker (tests); by default CHURN_COCKPIT_READ_WORKERS or 2 workers. */
  readPool?: ReadPoolOptions;
  /** Where workspaces made and opened by name live; by default CHURN_COCKPIT_HOME or ~/.churn-cockpit. */
  workspaceFolder?: string;
}

export function createService(session: Session = new Session(), options: ServiceOptions = {}): Service {
  const listeners = new Set<EventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const jobs = new Map<string, AbortController>();
  const runtime = new JobRuntime((progress) => emit('job.progress', progress));
  const ctx: ServiceContext = { session, emit, jobs, runtime, workspaceFolder: resolve(options.workspaceFolder ?? defaultWorkspaceFolder()) };
  // Reads of the open workspace answer on the pool's read-only connections (read-pool/).
  const reads = new ReadPool(options.readPool);
  const stopWatching = session.onChange(() => {
    reads.release();
    rememberOpened(session, ctx.workspaceFolder);
  });
  return {
    session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async invoke(name, input) {
      try {
        if (!isOperationName(name)) throw new AppError('UNKNOWN_OPERATION', `unknown operation: ${name}`);
        const result = await run(name, input ?? {}, ctx, reads);
        return { ok: true, result };
      } catch (error) {
        return { ok: false, error: toErrorPayload(error) };
      }
    },
    close() {
      stopWatching();
      reads.close();
      runtime.close();
      closeViewerFile(session);
      session.close();
    },
  };
}

function jobIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('jobId' in input)) return undefined;
  return typeof input.jobId === 'string' ? input.jobId : undefined;
}

async function run<N extends OperationName>(name: N, rawInput: unknown, ctx: ServiceContext, reads: ReadPool): Promise<unknown> {
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
    // With no workspace open, the read's handler answers NO_WORKSPACE on this thread.
    if (isReadOperation(name) && ctx.session.hasWorkspace) {
      const { path } = ctx.session.workspace;
      return await reads.run(name, parsed.data, { path, generation: ctx.session.generation });
    }
    return await handler(parsed.data, controller ? { ...ctx, signal: controller.signal } : ctx);
  } catch (error) {
    const mapped = operationError(name, error);
    if (mapped !== error) throw mapped;
    if (controller?.signal.aborted) throw new AppError('CANCELLED', `${name}: cancelled`);
    throw error;
  } finally {
    if (jobId) ctx.jobs.delete(jobId);
  }
}
