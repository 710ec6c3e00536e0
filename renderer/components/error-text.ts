// The words shown for an error: the localized meaning of its code, and the host's message.
import type { TFunction } from 'i18next';
import { AppError, ErrorCodeSchema } from '../../shared/contract/errors';

export interface ErrorText {
  code: string;
  summary: string;
  detail: string;
}

export function describeError(error: unknown, t: TFunction): ErrorText {
  if (error instanceof AppError) {
    const code = ErrorCodeSchema.safeParse(error.code);
    return {
      code: error.code,
      summary: code.success ? t(`errors.codes.${code.data}`) : t('errors.unexpected'),
      detail: error.message,
    };
  }
  return {
    code: 'INTERNAL',
    summary: t('errors.unexpected'),
    detail: error instanceof Error ? error.message : String(error),
  };
}
