// How an invocation reaches the service. Chosen once at start-up by client.ts.
import type { InvokeResult } from '../../shared/contract/errors';

export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}
