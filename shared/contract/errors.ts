// Errors cross every host boundary (IPC, HTTP, CLI) as a code plus a message, never as a
// stack or a class instance, so all three hosts and the renderer agree on what failed.
import { z } from 'zod';

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
});
export type AppErrorPayload = z.infer<typeof AppErrorPayloadSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): AppErrorPayload {
    return { code: this.code, message: this.message };
  }

  static fromPayload(payload: AppErrorPayload): AppError {
    return new AppError(payload.code, payload.message);
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
