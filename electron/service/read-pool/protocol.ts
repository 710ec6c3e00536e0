// Messages between the service thread (pool.ts) and a read worker (worker-main.ts).
import type { AppErrorPayload } from '../../../shared/contract/errors';
import type { ReadOperation } from './read-operations';

/** The workspace a read is for: its path and which opening of the session it belongs to. */
export interface ReadTarget {
  readonly path: string;
  /** Changes whenever the session opens a workspace, even the same path again (a file rebuilt in place). */
  readonly generation: number;
}

export type ReadCommand =
  | { type: 'run'; id: number; operation: ReadOperation; input: unknown; target: ReadTarget }
  /** Close the connection (the session closed or switched workspace); the next read reopens. */
  | { type: 'release' }
  /** Close the connection and end the thread (the service is closing). */
  | { type: 'exit' };

export type ReadAnswer = { type: 'result'; id: number; result: unknown } | { type: 'error'; id: number; error: AppErrorPayload };
