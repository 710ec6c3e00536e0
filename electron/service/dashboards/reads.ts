// PLACEHOLDER (lead): helper "core" replaces this file with the dashboard reads on the read pool.
import { AppError } from '../../../shared/contract/errors';
import type { ReadHandlers } from '../context';

type DashboardReadOperation = 'dashboard.list' | 'dashboard.get' | 'dashboard.data';

const notYet = (): never => {
  throw new AppError('INTERNAL', 'dashboard reads are being built');
};

export const dashboardReads: ReadHandlers<DashboardReadOperation> = {
  'dashboard.list': notYet,
  'dashboard.get': notYet,
  'dashboard.data': notYet,
};
