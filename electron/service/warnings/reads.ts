// Warning reads on the read pool (read-pool/read-operations.ts): rules with their counts, the
// inbox's pages and the badge's summary. Lead's scaffold: the warnings helper replaces the bodies.
import { AppError } from '../../../shared/contract/errors';
import type { ReadHandlers } from '../context';

function notYet(name: string): never {
  throw new AppError('INTERNAL', `${name}: not built yet`);
}

export const warningReads: ReadHandlers<'warning.rules' | 'warning.list' | 'warning.summary'> = {
  'warning.rules': () => notYet('warning.rules'),
  'warning.list': () => notYet('warning.list'),
  'warning.summary': () => notYet('warning.summary'),
};
