// Why a saved segment is broken, in the analyst's language: the QueryError code the service
// recorded (a field dropped by a re-import, a deleted segment it referred to …) with its params.
import type { TFunction } from 'i18next';
import { QUERY_ERROR_CODES } from '../../../shared/query/errors';
import type { SegmentBroken } from '../../../shared/segments/definition';

export function brokenReason(broken: SegmentBroken, t: TFunction): string {
  const code = QUERY_ERROR_CODES.find((c) => c === broken.code);
  return code ? t(`queryErrors.${code}`, { ...broken.params, ns: 'jobs' }) : t('errors.unexpected');
}
