// PLACEHOLDER (lead): helper "file" replaces this file with the dashboard file writer and viewer.
import { AppError } from '../../../shared/contract/errors';
import type { DomainHandlers } from '../context';

const notYet = (): never => {
  throw new AppError('INTERNAL', 'dashboard files are being built');
};

export const dashboardFileHandlers: DomainHandlers<'dashboard.saveFile' | 'viewer.info' | 'viewer.open' | 'viewer.close' | 'viewer.data' | 'viewer.fieldValues'> = {
  'dashboard.saveFile': notYet,
  'viewer.info': notYet,
  'viewer.open': notYet,
  'viewer.close': notYet,
  'viewer.data': notYet,
  'viewer.fieldValues': notYet,
};
