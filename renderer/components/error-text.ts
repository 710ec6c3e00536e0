// The words shown for an error. With a reason code, the reason's label in the analyst's
// language (its params filled in) says what went wrong and the code's meaning comes second;
// without one, the code's meaning and the host's message (English, from the engine).
import type { TFunction } from 'i18next';
import { AppError, ErrorCodeSchema } from '../../shared/contract/errors';
import { QUERY_ERROR_CODES } from '../../shared/query/errors';

export interface ErrorText {
  code: string;
  summary: string;
  detail: string;
}

export function describeError(error: unknown, t: TFunction): ErrorText {
  if (error instanceof AppError) {
    const code = ErrorCodeSchema.safeParse(error.code);
    const meaning = code.success ? t(`errors.codes.${code.data}`) : t('errors.unexpected');
    const queryError = QUERY_ERROR_CODES.find((c) => c === error.params?.queryError);
    if (error.reason === 'invalidQuery' && queryError) {
      return { code: error.code, summary: t(`queryErrors.${queryError}`, { ...error.params, ns: 'jobs' }), detail: t(`reasons.${error.reason}`, { ns: 'jobs' }) };
    }
    if (error.reason) return { code: error.code, summary: t(`reasons.${error.reason}`, { ...error.params, ns: 'jobs' }), detail: meaning };
    return { code: error.code, summary: meaning, detail: error.message };
  }
  return {
    code: 'INTERNAL',
    summary: t('errors.unexpected'),
    detail: error instanceof Error ? error.message : String(error),
  };
}
