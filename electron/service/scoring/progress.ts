// How scoring work reports progress: a phase code (with its params), step done, steps total.
import type { JobPhase } from '../../../shared/contract/job-phases';
import type { MessageParams } from '../../../shared/contract/message-params';

export type Progress = (phase: JobPhase, done: number, total: number | null, params?: MessageParams) => void;
