// One long operation run as a job: started with a fresh jobId, followed through its
// job.progress events (subscribed before the call, so the first report is not missed),
// cancelled through job.cancel, ending in a result or an error. A cancel is not an error: the
// run resolves to null. Starting again while a run is on replaces it — the older run's answer
// is ignored — and the last result stays available meanwhile (a preview stays on screen).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../shared/contract/errors';
import type { JobProgress } from '../../shared/contract/events';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/contract/operations';
import { invoke, on } from './client';
import { asAppError } from './use-operation';

/** Operations a caller can follow by a jobId of its own. */
export type JobOperationName = { [N in OperationName]: 'jobId' extends keyof OperationInput<N> ? N : never }[OperationName];

export type JobStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface JobState<T> {
  status: JobStatus;
  /** The running job's id, and when it started (ms since the epoch: elapsed time, rate). */
  jobId: string | null;
  startedAt: number | null;
  progress: JobProgress | null;
  cancelling: boolean;
  /** The last run's result; kept while a newer run is on. */
  result: T | null;
  error: AppError | null;
}

export interface Job<N extends JobOperationName> extends JobState<OperationOutput<N>> {
  running: boolean;
  // Function properties, not methods: pages pass them on as handlers (onClick={job.cancel}).
  start: (input: Omit<OperationInput<N>, 'jobId'>) => Promise<OperationOutput<N> | null>;
  cancel: () => void;
  /** Back to idle, forgetting the last result and error. */
  reset: () => void;
}

const idle = { status: 'idle', jobId: null, startedAt: null, progress: null, cancelling: false, result: null, error: null } as const;

let counter = 0;

function newJobId(operation: string): string {
  counter += 1;
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `${operation}-${random}-${counter}`;
}

export function useJob<N extends JobOperationName>(operation: N): Job<N> {
  type Result = OperationOutput<N>;
  const [state, setState] = useState<JobState<Result>>(idle);
  const current = useRef<{ jobId: string; off: () => void } | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current?.off();
      current.current = null;
    };
  }, []);

  const start = useCallback(
    async (input: Omit<OperationInput<N>, 'jobId'>): Promise<Result | null> => {
      const jobId = newJobId(operation);
      current.current?.off();
      const off = on('job.progress', (progress) => {
        if (progress.jobId === jobId && mounted.current) setState((s) => (s.jobId === jobId ? { ...s, progress } : s));
      });
      current.current = { jobId, off };
      setState((s) => ({ ...s, status: 'running', jobId, startedAt: Date.now(), progress: null, cancelling: false, error: null }));
      const isCurrent = (): boolean => current.current?.jobId === jobId && mounted.current;
      const finish = (next: Partial<JobState<Result>>): void => {
        off();
        current.current = null;
        setState((s) => ({ ...s, ...next, jobId: null, startedAt: null, progress: null, cancelling: false }));
      };
      const call = invoke as (name: OperationName, input: unknown) => Promise<Result>;
      try {
        const result = await call(operation, { ...input, jobId });
        if (!isCurrent()) return null;
        finish({ status: 'done', result, error: null });
        return result;
      } catch (e) {
        const error = asAppError(e);
        if (isCurrent()) finish(error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error });
        return null;
      }
    },
    [operation],
  );

  const cancel = useCallback(() => {
    const jobId = current.current?.jobId;
    if (!jobId) return;
    setState((s) => (s.jobId === jobId ? { ...s, cancelling: true } : s));
    // The run's own answer (cancelled, or finished after all) is what the page shows either way.
    invoke('job.cancel', { jobId }).catch(() => undefined);
  }, []);

  const reset = useCallback(() => {
    current.current?.off();
    current.current = null;
    setState(idle);
  }, []);

  return { ...state, running: state.status === 'running', start, cancel, reset };
}
