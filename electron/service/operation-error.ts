// How an operation's failure becomes the error the caller sees, wherever the operation ran (the
// service thread or a read-pool worker): engine code signals bad input with RangeError, the
// analytic core with QueryError; both are INVALID_INPUT, the latter with its code and params.
import { isQueryError } from '../../shared/query/errors';
import { AppError } from '../../shared/contract/errors';

/** The AppError for a RangeError or QueryError; any other value unchanged. */
export function operationError(name: string, error: unknown): unknown {
  if (error instanceof RangeError) return new AppError('INVALID_INPUT', `${name}: ${error.message}`);
  if (isQueryError(error)) return new AppError('INVALID_INPUT', `${name}: ${error.message}`, { reason: 'invalidQuery', params: { queryError: error.code, ...error.params } });
  return error;
}
