// The loopback HTTP host: POST /api/<operation> with the JSON input; every response, error
// statuses included, carries an InvokeResult envelope.
import { z } from 'zod';
import { AppErrorPayloadSchema, type InvokeResult } from '../../shared/contract/errors';
import type { Transport } from './transport';

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorPayloadSchema }),
]);

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
    on() {
      // The HTTP host has no push channel yet; long jobs will report progress once it does.
      return () => undefined;
    },
  };
}
