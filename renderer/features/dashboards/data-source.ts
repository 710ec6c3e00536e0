// Where a dashboard's numbers come from: the open workspace (dashboard.data, segment.fieldProfile,
// catalog.describe) or a dashboard file in the viewer (viewer.data, viewer.fieldValues, its
// packaged catalog). The page, the filter bar and large-screen mode only talk to this.
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardData } from '../../../shared/contract/domains/dashboards';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import type { Widget } from '../../../shared/dashboards/widget';
import { invoke } from '../../api/client';

export interface FieldValue {
  readonly value: string;
  readonly count: number;
}

export interface DashboardSource {
  readonly kind: 'workspace' | 'file';
  /** All widgets' data (or the listed widgets') under the filters. */
  data(widgets: readonly Widget[], filters: DashboardFilters): Promise<DashboardData>;
  /** A field's values with customer counts, most frequent first (the bar's options). */
  fieldValues(field: string): Promise<FieldValue[]>;
  catalog(): Promise<CatalogDescription>;
}

export const workspaceSource: DashboardSource = {
  kind: 'workspace',
  data: (widgets, filters) => invoke('dashboard.data', { widgets: [...widgets], filters }),
  fieldValues: async (field) => {
    const profile = await invoke('segment.fieldProfile', { field, limit: 200 });
    return profile.kind === 'categories' ? profile.values : [];
  },
  catalog: () => invoke('catalog.describe', {}),
};

/** One packaged dashboard of the file open in the viewer. */
export function fileSource(index: number, catalog: CatalogDescription): DashboardSource {
  return {
    kind: 'file',
    data: (widgets, filters) => invoke('viewer.data', { index, widgetIds: widgets.map((w) => w.id), filters }),
    fieldValues: async (field) => (await invoke('viewer.fieldValues', { field, limit: 200 })).values,
    catalog: () => Promise.resolve(catalog),
  };
}
