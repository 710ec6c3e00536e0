// Rescoring the latest snapshot with the configuration being edited. The caller debounces;
// here a newer request simply wins, and the last answer stays on screen while one is running.
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';

export type HealthPreview = OperationOutput<'health.preview'>;

export interface PreviewState {
  data: HealthPreview | null;
  loading: boolean;
  error: AppError | null;
}

export function useHealthPreview(config: HealthConfig | null, generation: number): PreviewState {
  const key = config ? JSON.stringify(config) : null;
  const [state, setState] = useState<PreviewState>({ data: null, loading: false, error: null });

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    invoke('health.preview', { config: JSON.parse(key) as HealthConfig }).then(
      (data) => {
        if (live) setState({ data, loading: false, error: null });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ ...s, loading: false, error: asAppError(error) }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, generation]);

  return state;
}
