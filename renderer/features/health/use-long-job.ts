// Runs one long operation at a time with a jobId, follows its job.progress events and can
// cancel it. Cancellation is not an error for the caller: the promise resolves to null.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/events';
import { invoke, on } from '../../api/client';
import { asAppError } from '../../api/use-operation';

export interface LongJob {
  running: boolean;
  progress: JobProgress | null;
  error: AppError | null;
  run: <T>(start: (jobId: string) => Promise<T>) => Promise<T | null>;
  cancel: () => void;
}

let counter = 0;

function newJobId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function useLongJob(prefix: string): LongJob {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const jobRef = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T>(start: (jobId: string) => Promise<T>): Promise<T | null> => {
      const jobId = newJobId(prefix);
      jobRef.current = jobId;
      setRunning(true);
      setProgress(null);
      setError(null);
      const off = on('job.progress', (p) => {
        if (p.jobId === jobId && mounted.current) setProgress(p);
      });
      try {
        return await start(jobId);
      } catch (e) {
        const appError = asAppError(e);
        if (appError.code === 'CANCELLED') return null;
        if (mounted.current) setError(appError);
        return null;
      } finally {
        off();
        if (jobRef.current === jobId) jobRef.current = null;
        if (mounted.current) {
          setRunning(false);
          setProgress(null);
        }
      }
    },
    [prefix],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId) void invoke('job.cancel', { jobId }).catch(() => undefined);
  }, []);

  return { running, progress, error, run, cancel };
}
