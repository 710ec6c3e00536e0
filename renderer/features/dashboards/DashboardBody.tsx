// A dashboard on screen, as the workspace page and the viewer show it: the global filter bar, the
// active-filter breadcrumb, and the grid; the campaign review's empty state; Esc clears linkage.
import { useEffect, type ReactNode } from 'react';
import { Alert, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardFilters, DashboardSpec } from '../../../shared/dashboards/dashboard';
import type { Widget } from '../../../shared/dashboards/widget';
import type { DashboardSource } from './data-source';
import { DashboardGrid, type GridItemPosition } from './DashboardGrid';
import { FilterBar, type SegmentOption } from './FilterBar';
import { FilterChips } from './FilterChips';
import { clearLinkage } from './filter-state';
import { campaignReviewEmpty } from './campaign-empty';
import type { DashboardDataState } from './use-dashboard-data';
import type { CatalogLabels } from './use-catalog-labels';

export interface DashboardBodyProps {
  readonly spec: DashboardSpec;
  readonly source: DashboardSource;
  readonly data: DashboardDataState;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
  readonly filters: DashboardFilters;
  readonly onFilters: (filters: DashboardFilters) => void;
  readonly segments?: readonly SegmentOption[];
  readonly editing?: boolean;
  readonly onLayout?: (items: readonly GridItemPosition[]) => void;
  readonly onOpenCustomer?: (customerId: string) => void;
  readonly onOpenInCustomers?: (widget: Widget) => void;
  readonly onEdit?: (widget: Widget) => void;
  readonly onDuplicate?: (widget: Widget) => void;
  readonly onDelete?: (widget: Widget) => void;
  /** Above the grid (error, no-snapshot state). */
  readonly notice?: ReactNode;
}

export function DashboardBody(props: DashboardBodyProps) {
  const { spec, filters, onFilters } = props;
  const { t } = useTranslation('dashboard-page');
  const segmentName = new Map((props.segments ?? []).map((s) => [String(s.id), s.name]));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('.ant-modal-wrap, .ant-drawer-open')) return;
      if (filters.linkage.length) onFilters(clearLinkage(filters));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [filters, onFilters]);

  return (
    <div data-testid="dashboard-body" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <FilterBar fields={spec.filterFields} filters={filters} onChange={onFilters} source={props.source} catalog={props.catalog} labels={props.labels} segments={props.segments} />
      <FilterChips filters={filters} onChange={onFilters} labels={props.labels} segmentName={(id) => segmentName.get(id) ?? id} />
      {props.notice}
      {campaignReviewEmpty(spec, props.data.byWidget) ? <Alert type="info" showIcon title={t('campaignEmpty')} data-testid="campaign-empty" /> : null}
      {spec.widgets.length === 0 ? (
        <Empty description={t('empty')} data-testid="dashboard-empty" />
      ) : (
        <DashboardGrid
          spec={spec}
          data={props.data}
          filters={filters}
          onFilters={onFilters}
          catalog={props.catalog}
          labels={props.labels}
          editing={props.editing ?? false}
          onLayout={props.onLayout}
          dark={false}
          large={false}
          onOpenCustomer={props.onOpenCustomer}
          onOpenInCustomers={props.onOpenInCustomers}
          onEdit={props.onEdit}
          onDuplicate={props.onDuplicate}
          onDelete={props.onDelete}
        />
      )}
    </div>
  );
}
