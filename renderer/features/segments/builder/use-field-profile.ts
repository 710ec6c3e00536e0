// The value picker's data for one field (categories with counts, a histogram, or months), asked
// once per field and search text; a search typed quickly asks only for its last state.
import { useEffect, useState } from 'react';
import type { FieldProfile } from '../../../../shared/contract/domains/segments';
import { invoke } from '../../../api/client';
import { asAppError } from '../../../api/use-operation';
import { useDebounced } from '../../../components/use-debounced';

export interface FieldProfileState {
  readonly profile: FieldProfile | null;
  readonly loading: boolean;
  readonly error: unknown;
}

export function useFieldProfile(field: string, search = ''): FieldProfileState {
  const settledSearch = useDebounced(search.trim(), 200);
  const [state, setState] = useState<FieldProfileState>({ profile: null, loading: true, error: null });
  useEffect(() => {
    let live = true;
    setState((prev) => ({ ...prev, loading: true }));
    invoke('segment.fieldProfile', { field, ...(settledSearch ? { search: settledSearch } : {}) }).then(
      (profile) => {
        if (live) setState({ profile, loading: false, error: null });
      },
      (error: unknown) => {
        if (live) setState((prev) => ({ profile: prev.profile, loading: false, error: asAppError(error) }));
      },
    );
    return () => {
      live = false;
    };
  }, [field, settledSearch]);
  return state;
}
