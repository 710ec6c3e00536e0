// Rescoring the latest snapshot with the configuration being edited, as a job. The caller
// debounces; a newer configuration starts a new job, which ends the older one on the host, and
// the last answer stays on screen while the new one runs.
import { useEffect } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { useJob } from '../../api/use-job';

export type HealthPreview = OperationOutput<'health.preview'>;

export interface PreviewState {
  data: HealthPreview | null;
  loading: boolean;
  error: AppError | null;
}

export function useHealthPreview(config: HealthConfig | null, generation: number): PreviewState {
  const key = config ? JSON.stringify(config) : null;
  const { start, result, running, error } = useJob('health.preview');

  useEffect(() => {
    if (key !== null) void start({ config: JSON.parse(key) as HealthConfig });
  }, [key, generation, start]);

  return { data: result, loading: running, error };
}
