// Messages between the main process and the service's utility process. Both sides check
// shape at runtime because structured clone keeps data but not types.
import type { AppErrorPayload, InvokeResult } from '../../shared/contract/errors';

/** Main → utility: one operation call. */
export interface UtilityRequest {
  id: number;
  name: string;
  input: unknown;
}

/** Utility → main. `ready` carries the outcome of opening the start-up workspace. */
export type UtilityMessage =
  { type: 'result'; id: number; result: InvokeResult<unknown> } | { type: 'event'; event: string; payload: unknown } | { type: 'ready'; workspace: InvokeResult<unknown> };

/** The utility reads its start-up workspace from here; unset means the demo workspace. */
export const WORKSPACE_ENV = 'CHURN_COCKPIT_WORKSPACE';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isInvokeResult(value: unknown): value is InvokeResult<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'result' in value;
  if (value.ok !== false || !isRecord(value.error)) return false;
  return typeof value.error.code === 'string' && typeof value.error.message === 'string';
}

export function parseUtilityRequest(value: unknown): UtilityRequest | null {
  if (!isRecord(value) || !Number.isSafeInteger(value.id) || typeof value.name !== 'string') return null;
  return { id: value.id as number, name: value.name, input: value.input };
}

export function parseUtilityMessage(value: unknown): UtilityMessage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'result':
      return Number.isSafeInteger(value.id) && isInvokeResult(value.result) ? { type: 'result', id: value.id as number, result: value.result } : null;
    case 'event':
      return typeof value.event === 'string' ? { type: 'event', event: value.event, payload: value.payload } : null;
    case 'ready':
      return isInvokeResult(value.workspace) ? { type: 'ready', workspace: value.workspace } : null;
    default:
      return null;
  }
}

export const failure = (code: AppErrorPayload['code'], message: string): InvokeResult<never> => ({
  ok: false,
  error: { code, message },
});
