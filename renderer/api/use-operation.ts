// Loads one operation's result for a component and re-runs it when the input changes.
import { useCallback, useEffect, useState } from 'react';
import { AppError } from '../../shared/contract/errors';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/contract/operations';
import { invoke } from './client';

export type OperationState<T> =
  { status: 'loading'; data: T | undefined; error: undefined } | { status: 'ok'; data: T; error: undefined } | { status: 'error'; data: T | undefined; error: AppError };

export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
}

export function useOperation<N extends OperationName>(name: N, input: OperationInput<N>): OperationState<OperationOutput<N>> & { reload: () => void } {
  // Callers pass object literals; the serialised input is the identity that matters.
  const inputKey = JSON.stringify(input ?? {});
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<OperationState<OperationOutput<N>>>({
    status: 'loading',
    data: undefined,
    error: undefined,
  });

  useEffect(() => {
    let live = true;
    setState((prev) => ({ status: 'loading', data: prev.data, error: undefined }));
    const call = invoke as (n: OperationName, i: unknown) => Promise<OperationOutput<N>>;
    call(name, JSON.parse(inputKey)).then(
      (data) => {
        if (live) setState({ status: 'ok', data, error: undefined });
      },
      (error: unknown) => {
        if (live) setState((prev) => ({ status: 'error', data: prev.data, error: asAppError(error) }));
      },
    );
    return () => {
      live = false;
    };
  }, [name, inputKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
