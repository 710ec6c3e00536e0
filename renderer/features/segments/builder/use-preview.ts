// The live answer for the rule being built: asked ~150 ms after the last edit, and only the
// answer to the newest rule is shown (an older, slower answer arriving late is dropped). The
// previous answer stays on screen, dimmed, while the next one is on its way.
import { useEffect, useRef, useState } from 'react';
import type { SegmentPreview } from '../../../../shared/contract/domains/segments';
import type { FilterNode } from '../../../../shared/query/ast';
import { invoke } from '../../../api/client';
import { asAppError } from '../../../api/use-operation';
import { useDebounced } from '../../../components/use-debounced';
import { latestOnly } from '../../../components/latest-only';

export const PREVIEW_DEBOUNCE_MS = 150;
export const SAMPLE_SIZE = 20;

export interface PreviewState {
  readonly data: SegmentPreview | null;
  /** The rule `data` answers (the funnel labels its steps from it). */
  readonly filter: FilterNode | null;
  readonly loading: boolean;
  readonly error: unknown;
}

export function usePreview(filter: FilterNode | null): PreviewState {
  const key = JSON.stringify(filter);
  const settledKey = useDebounced(key, PREVIEW_DEBOUNCE_MS);
  const sequence = useRef(latestOnly());
  const [state, setState] = useState<PreviewState>({ data: null, filter: null, loading: false, error: null });

  // Loading shows from the first keystroke, not only once the debounce has settled.
  const pending = key !== settledKey;

  useEffect(() => {
    const seq = sequence.current;
    const rule = JSON.parse(settledKey) as FilterNode | null;
    if (!rule) {
      seq.invalidate();
      setState({ data: null, filter: null, loading: false, error: null });
      return;
    }
    const ticket = seq.begin();
    setState((prev) => ({ ...prev, loading: true }));
    invoke('segment.preview', { filter: rule, sampleSize: SAMPLE_SIZE, funnel: true }).then(
      (data) => {
        if (seq.isLatest(ticket)) setState({ data, filter: rule, loading: false, error: null });
      },
      (error: unknown) => {
        if (seq.isLatest(ticket)) setState((prev) => ({ ...prev, loading: false, error: asAppError(error) }));
      },
    );
  }, [settledKey]);

  useEffect(() => () => sequence.current.invalidate(), []);

  return { ...state, loading: state.loading || (pending && filter !== null) };
}
