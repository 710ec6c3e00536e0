import type { importOperations } from '../../../shared/contract/domains/import';
import type { DomainHandlers } from '../context';

export const importHandlers: DomainHandlers<keyof typeof importOperations> = {};
