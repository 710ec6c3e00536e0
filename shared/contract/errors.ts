// Errors cross every host boundary (IPC, HTTP, CLI) as a code plus a message, never as a
// stack or a class instance, so all three hosts and the renderer agree on what failed. Errors
// the analyst should understand also carry a reason code with params, which the UI labels in
// the analyst's language; the English message is for logs and the CLI.
import { z } from 'zod';
import { ErrorReasonSchema, type ErrorReason } from './error-reasons';
import { MessageParamsSchema, type MessageParams } from './message-params';

export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_OPERATION',
  'NOT_FOUND',
  'NO_WORKSPACE',
  'NOT_A_WORKSPACE',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_EXISTS',
  'READ_ONLY_VIOLATION',
  'SQL_ERROR',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CANCELLED',
  'INTERNAL',
] as const;

export const ErrorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const AppErrorPayloadSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  reason: ErrorReasonSchema.optional(),
  params: MessageParamsSchema.optional(),
});
export type AppErrorPayload = z.infer<typeof AppErrorPayloadSchema>;

/** What the UI needs to explain an error in the analyst's language. */
export interface ErrorDetail {
  reason?: ErrorReason;
  params?: MessageParams;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: ErrorReason | undefined;
  readonly params: MessageParams | undefined;
  constructor(code: ErrorCode, message: string, detail: ErrorDetail = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.reason = detail.reason;
    this.params = detail.params;
  }

  toPayload(): AppErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }

  static fromPayload(payload: AppErrorPayload): AppError {
    return new AppError(payload.code, payload.message, { reason: payload.reason, params: payload.params });
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Any thrown value as a payload; unexpected errors keep their message but not their stack. */
export function toErrorPayload(error: unknown): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return { code: 'INTERNAL', message: String(error) };
}

/** The envelope every host returns for an invocation. */
export type InvokeResult<T> = { ok: true; result: T } | { ok: false; error: AppErrorPayload };
