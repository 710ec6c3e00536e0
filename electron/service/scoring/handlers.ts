import type { scoringOperations } from '../../../shared/contract/domains/scoring';
import type { DomainHandlers } from '../context';

export const scoringHandlers: DomainHandlers<keyof typeof scoringOperations> = {} as DomainHandlers<keyof typeof scoringOperations>;
