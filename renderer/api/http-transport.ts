// The loopback HTTP host: POST /api/<operation> with the JSON input; every response, error
// statuses included, carries an InvokeResult envelope. Events come over /api/events (SSE).
import { z } from 'zod';
import { AppErrorPayloadSchema, type InvokeResult } from '../../shared/contract/errors';
import type { Transport } from './transport';

const EnvelopeSchema = z.union([z.object({ ok: z.literal(true), result: z.unknown() }), z.object({ ok: z.literal(false), error: AppErrorPayloadSchema })]);

function failure(code: 'INTERNAL' | 'UNAUTHORIZED', message: string): InvokeResult<unknown> {
  return { ok: false, error: { code, message } };
}

export function httpTransport(token: string | null): Transport {
  return {
    kind: 'http',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return failure('INTERNAL', `cannot reach the Churn Cockpit host: ${error instanceof Error ? error.message : String(error)}`);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        if (response.status === 401) return failure('UNAUTHORIZED', 'missing or invalid access token');
        return failure('INTERNAL', `${name}: HTTP ${response.status} without a readable answer`);
      }
      const envelope = EnvelopeSchema.safeParse(body);
      if (!envelope.success) return failure('INTERNAL', `${name}: HTTP ${response.status} with an unexpected answer`);
      return envelope.data;
    },
    on: eventStream(token),
  };
}

/**
 * Host events arrive over one shared Server-Sent Events stream (`GET /api/events`), opened
 * with the first subscriber and closed with the last. EventSource cannot send headers, which
 * is why this one request carries the token in its query.
 */
function eventStream(token: string | null): Transport['on'] {
  let source: EventSource | null = null;
  let subscribers = 0;
  return (event, cb) => {
    if (!source) {
      const url = `/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      source = new EventSource(url);
    }
    const stream = source;
    subscribers++;
    const listener = (message: MessageEvent<string>) => {
      try {
        cb(JSON.parse(message.data) as unknown);
      } catch {
        // A malformed event is dropped; the next progress report supersedes it anyway.
      }
    };
    stream.addEventListener(event, listener);
    return () => {
      stream.removeEventListener(event, listener);
      subscribers--;
      if (subscribers === 0 && source === stream) {
        stream.close();
        source = null;
      }
    };
  };
}
