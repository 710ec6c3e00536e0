// Every widget's data for the dashboard on screen: one request for all widgets ~100 ms after the
// last change of widgets or filters, the newest request's answer only; the previous answer stays
// on screen (dimmed by the frames) while the next is on its way.
import { useEffect, useRef, useState } from 'react';
import type { DashboardData } from '../../../shared/contract/domains/dashboards';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import type { Widget } from '../../../shared/dashboards/widget';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import { asAppError } from '../../api/use-operation';
import { useDebounced } from '../../components/use-debounced';
import type { DashboardSource } from './data-source';
import { latestOnly } from '../../components/latest-only';

export const DATA_DEBOUNCE_MS = 100;

export interface DashboardDataState {
  readonly byWidget: ReadonlyMap<string, WidgetData>;
  readonly asOf: string | null;
  /** The churn definition's days of inactivity (KPI help), when the source knows it. */
  readonly inactivityDays: number | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly reload: () => void;
}

export function useDashboardData(source: DashboardSource, widgets: readonly Widget[], filters: DashboardFilters): DashboardDataState {
  const key = JSON.stringify({ widgets, filters });
  const settled = useDebounced(key, DATA_DEBOUNCE_MS);
  const sequence = useRef(latestOnly());
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<DashboardData | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const seq = sequence.current;
    const input = JSON.parse(settled) as { widgets: Widget[]; filters: DashboardFilters };
    const ticket = seq.begin();
    setLoading(true);
    source.data(input.widgets, input.filters).then(
      (data) => {
        if (!seq.isLatest(ticket)) return;
        setAnswer(data);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!seq.isLatest(ticket)) return;
        setError(asAppError(e));
        setLoading(false);
      },
    );
  }, [settled, source, generation]);

  useEffect(() => () => sequence.current.invalidate(), []);

  const byWidget = new Map((answer?.results ?? []).map((r) => [r.widgetId, r]));
  return {
    byWidget,
    asOf: answer?.asOf ?? null,
    inactivityDays: answer?.inactivityDays ?? null,
    loading: loading || key !== settled,
    error,
    reload: () => setGeneration((g) => g + 1),
  };
}
