// What every use case receives, and the shape of a handler table for a set of operations.
import type { EventName, EventPayload } from '../../shared/contract/events';
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
}

export type Handlers = {
  [N in OperationName]: (input: OperationParsedInput<N>, ctx: ServiceContext) => OperationOutput<N> | Promise<OperationOutput<N>>;
};

/** A domain module's slice of the handler table. */
export type DomainHandlers<N extends OperationName> = Pick<Handlers, N>;
