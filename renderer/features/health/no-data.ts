// Which indicators the snapshot has no data for, and the note that says why, from the
// preview's answer (the snapshot's source coverage and the draft's "no data" indicators).
import type { TFunction } from 'i18next';
import type { HealthPreview } from './use-health-preview';

type Coverage = HealthPreview['sources'][number];

export interface NoDataView {
  /** Indicator id → the note shown on its row. */
  notes: Map<string, string>;
  ids: ReadonlySet<string>;
  absent: Coverage[];
}

export const emptyNoData: NoDataView = { notes: new Map(), ids: new Set(), absent: [] };

/**
 * "no data: no tickets imported" when no customer has the source's rows, "too few customers"
 * when some do but under the coverage share, "no recent …" when its rows are all old.
 */
export function noDataView(preview: Pick<HealthPreview, 'sources' | 'noDataIndicators'> | null, t: TFunction<'scoring'>): NoDataView {
  if (!preview || preview.noDataIndicators.length === 0) return emptyNoData;
  const coverage = new Map(preview.sources.map((c) => [c.source, c]));
  const notes = new Map<string, string>();
  for (const { indicator, sources } of preview.noDataIndicators) {
    const names = sources.map((s) => t(`health.noData.sources.${s}`)).join(t('health.noData.or'));
    const rows = sources.map((s) => coverage.get(s));
    const key = rows.every((c) => !c || c.customers === 0) ? 'imported' : rows.every((c) => !c || c.rowsInWindow === 0) ? 'stale' : 'sparse';
    notes.set(indicator, t(`health.noData.${key}`, { sources: names }));
  }
  return { notes, ids: new Set(notes.keys()), absent: preview.sources.filter((c) => !c.present) };
}
