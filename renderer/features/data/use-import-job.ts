// One import.run at a time: subscribes to its job.progress reports before starting it (so the
// first report is not missed), cancels through job.cancel, and ends in done / cancelled / failed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { ImportResult } from '../../../shared/contract/domains/import';
import type { JobProgress } from '../../../shared/contract/events';
import type { OperationInput } from '../../../shared/contract/operations';
import { invoke, on } from '../../api/client';
import { asAppError } from '../../api/use-operation';

export type ImportJobState =
  | { status: 'idle' }
  | { status: 'running'; jobId: string; startedAt: number; progress: JobProgress | null; receivedAt: number; cancelling: boolean }
  | { status: 'done'; result: ImportResult }
  | { status: 'cancelled' }
  | { status: 'failed'; error: AppError };

export type ImportRunInput = Omit<OperationInput<'import.run'>, 'jobId'>;

function newJobId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `import-${random}`;
}

export function useImportJob() {
  const [state, setState] = useState<ImportJobState>({ status: 'idle' });
  const unsubscribe = useRef<(() => void) | null>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(() => () => unsubscribe.current?.(), []);

  const start = useCallback((input: ImportRunInput) => {
    const jobId = newJobId();
    const startedAt = Date.now();
    setState({ status: 'running', jobId, startedAt, progress: null, receivedAt: startedAt, cancelling: false });
    unsubscribe.current?.();
    unsubscribe.current = on('job.progress', (progress) => {
      if (progress.jobId !== jobId) return;
      const receivedAt = Date.now();
      setState((prev) => (prev.status === 'running' && prev.jobId === jobId ? { ...prev, progress, receivedAt } : prev));
    });
    const finish = (next: ImportJobState) => {
      unsubscribe.current?.();
      unsubscribe.current = null;
      setState((prev) => (prev.status === 'running' && prev.jobId === jobId ? next : prev));
    };
    invoke('import.run', { ...input, jobId }).then(
      (result) => finish({ status: 'done', result }),
      (error: unknown) => {
        const appError = asAppError(error);
        finish(appError.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error: appError });
      },
    );
  }, []);

  const cancel = useCallback(() => {
    const current = stateRef.current;
    if (current.status !== 'running' || current.cancelling) return;
    const { jobId } = current;
    setState((prev) => (prev.status === 'running' && prev.jobId === jobId ? { ...prev, cancelling: true } : prev));
    invoke('job.cancel', { jobId }).catch(() => {
      // The run's own answer (cancelled or finished) is what the page shows either way.
    });
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, cancel, reset };
}
