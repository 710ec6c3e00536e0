// The renderer's one typed API client. Types come from the shared operation table, so a
// call that compiles matches what every host accepts. Outputs are checked against the same
// zod schemas: a host/renderer version mismatch surfaces as a clear error, not a blank cell.
import { AppError } from '../../shared/contract/errors';
import { events, type EventName, type EventPayload } from '../../shared/contract/events';
import { operations, type OperationInput, type OperationName, type OperationOutput } from '../../shared/contract/operations';
import { electronBridge } from './bridge';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import { takeSessionToken } from './session-token';
import type { Transport } from './transport';

function chooseTransport(): Transport {
  const bridge = electronBridge();
  return bridge ? ipcTransport(bridge) : httpTransport(takeSessionToken());
}

let transport: Transport | null = null;

function current(): Transport {
  transport ??= chooseTransport();
  return transport;
}

/** Which host the page talks to; decided on first use. */
export function transportKind(): Transport['kind'] {
  return current().kind;
}

/** Operations whose input has defaults may be called without one. */
type InputArgs<N extends OperationName> = undefined extends OperationInput<N> ? [input?: OperationInput<N>] : [input: OperationInput<N>];

export async function invoke<N extends OperationName>(name: N, ...args: InputArgs<N>): Promise<OperationOutput<N>> {
  const envelope = await current().invoke(name, args[0] ?? {});
  if (!envelope.ok) throw AppError.fromPayload(envelope.error);
  const parsed = operations[name].output.safeParse(envelope.result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new AppError('INTERNAL', `${name}: unexpected answer from the host${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as OperationOutput<N>;
}

/** Subscribe to a host event; payloads that do not match the event schema are dropped. */
export function on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
  return current().on(event, (payload) => {
    const parsed = events[event].safeParse(payload);
    if (parsed.success) cb(parsed.data as EventPayload<E>);
  });
}
