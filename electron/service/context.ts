// What every use case receives, and the shape of a handler table for a set of operations.
import type { EventName, EventPayload } from '../../shared/contract/events';
import type { Db } from '../store/database';
import type { OperationName, OperationOutput, OperationParsedInput } from '../../shared/contract/operations';
import type { Session } from './session';
import type { JobRuntime } from './jobs/runtime';

export interface ServiceContext {
  readonly session: Session;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Aborted when the caller cancels the job (long operations check it). */
  readonly signal?: AbortSignal;
  /** Long operations that run on the service thread (import.preview), by jobId, for `job.cancel`. */
  readonly jobs: Map<string, AbortController>;
  /** Where the long operations of jobs/kinds.ts run: worker threads, one writer per workspace at a time. */
  readonly runtime: JobRuntime;
  /** Where workspaces made and opened by name live (workspace-folder.ts). */
  readonly workspaceFolder: string;
}

export type Handlers = {
  [N in OperationName]: (input: OperationParsedInput<N>, ctx: ServiceContext) => OperationOutput<N> | Promise<OperationOutput<N>>;
};

/** A domain module's slice of the handler table. */
export type DomainHandlers<N extends OperationName> = Pick<Handlers, N>;

/**
 * What a read receives: a connection to the open workspace and its path. On the service thread
 * that is the session's connection; on the read pool (read-pool/), a worker's read-only one.
 */
export interface ReadContext {
  readonly db: Db;
  readonly path: string;
}

/** The reads of a set of operations: the same function answers on the service thread and in the read pool. */
export type ReadHandlers<N extends OperationName> = {
  [K in N]: (input: OperationParsedInput<K>, read: ReadContext) => OperationOutput<K>;
};

/** Reads as service-thread handlers, on the session's workspace (NO_WORKSPACE when none is open). */
export function onSession<N extends OperationName>(reads: ReadHandlers<N>): DomainHandlers<N> {
  const table: Partial<Record<N, unknown>> = {};
  for (const name of Object.keys(reads) as N[]) {
    const read = reads[name] as (input: unknown, ctx: ReadContext) => unknown;
    table[name] = (input: unknown, { session }: ServiceContext) => read(input, { db: session.workspace.db, path: session.workspace.path });
  }
  return table as DomainHandlers<N>;
}
