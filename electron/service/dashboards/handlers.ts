// PLACEHOLDER (lead): helper "core" replaces this file with the dashboard writes.
import { AppError } from '../../../shared/contract/errors';
import type { DomainHandlers } from '../context';

const notYet = (): never => {
  throw new AppError('INTERNAL', 'dashboard writes are being built');
};

export const dashboardWriteHandlers: DomainHandlers<'dashboard.save' | 'dashboard.delete'> = {
  'dashboard.save': notYet,
  'dashboard.delete': notYet,
};
