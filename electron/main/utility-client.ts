// Request/response correlation over the utility process's message port. The transport is a
// plain `send` function so this is tested without Electron.
import type { InvokeResult } from '../../shared/contract/errors';
import { failure, parseUtilityMessage, type UtilityRequest } from './utility-protocol';

export interface UtilityClientHooks {
  send(request: UtilityRequest): void;
  onEvent(event: string, payload: unknown): void;
  onReady(workspace: InvokeResult<unknown>): void;
}

export class UtilityClient {
  readonly #hooks: UtilityClientHooks;
  readonly #pending = new Map<number, (result: InvokeResult<unknown>) => void>();
  #nextId = 1;
  #closed = false;

  constructor(hooks: UtilityClientHooks) {
    this.#hooks = hooks;
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Never rejects: transport failures come back as an INTERNAL result like any other error. */
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>> {
    if (this.#closed) return Promise.resolve(failure('INTERNAL', 'the service process has stopped'));
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      try {
        this.#hooks.send({ id, name, input });
      } catch (error) {
        this.#pending.delete(id);
        resolve(failure('INTERNAL', `could not reach the service process: ${error instanceof Error ? error.message : String(error)}`));
      }
    });
  }

  /** Feed every message from the utility here; malformed ones are dropped. */
  handleMessage(raw: unknown): void {
    const message = parseUtilityMessage(raw);
    if (!message) return;
    if (message.type === 'result') {
      const resolve = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.type === 'event') {
      this.#hooks.onEvent(message.event, message.payload);
    } else {
      this.#hooks.onReady(message.workspace);
    }
  }

  /** The process is gone: settle everything still waiting so no renderer call hangs. */
  close(reason: string): void {
    this.#closed = true;
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const resolve of waiting) resolve(failure('INTERNAL', reason));
  }
}
