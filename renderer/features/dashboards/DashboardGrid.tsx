// The widgets on react-grid-layout's 12-column grid: each in its frame, dragged by its title and
// resized from its corner while editing; clicks become linkage (联动), double-clicks drill down.
// Large-screen mode lays the same grid out at a fixed 1920 px width (the canvas scales it).
import { ChurnDefinitionContext } from './widgets/churn-definition-context';
import type { CSSProperties, ReactNode } from 'react';
import ReactGridLayout, { useContainerWidth, verticalCompactor, type Layout } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import 'react-resizable/css/styles.css';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { GRID_COLUMNS, type DashboardFilters, type DashboardSpec } from '../../../shared/dashboards/dashboard';
import type { Widget } from '../../../shared/dashboards/widget';
import { drillUp, selectedValues } from './filter-state';
import { selectionToFilters } from './gesture';
import type { DashboardDataState } from './use-dashboard-data';
import type { CatalogLabels } from './use-catalog-labels';
import { WidgetFrame } from './WidgetFrame';

export const ROW_HEIGHT = 32;
export const GRID_MARGIN = 10;

export interface GridItemPosition {
  readonly i: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DashboardGridProps {
  readonly spec: DashboardSpec;
  readonly data: DashboardDataState;
  readonly filters: DashboardFilters;
  readonly onFilters: (filters: DashboardFilters) => void;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
  readonly editing: boolean;
  readonly onLayout?: (items: readonly GridItemPosition[]) => void;
  /** Fixed width (large-screen canvas); otherwise the container's. */
  readonly fixedWidth?: number;
  readonly rowHeight?: number;
  readonly dark: boolean;
  readonly large: boolean;
  readonly onOpenCustomer?: (customerId: string) => void;
  readonly onOpenInCustomers?: (widget: Widget) => void;
  readonly onEdit?: (widget: Widget) => void;
  readonly onDuplicate?: (widget: Widget) => void;
  readonly onDelete?: (widget: Widget) => void;
  readonly style?: CSSProperties;
}

export function DashboardGrid(props: DashboardGridProps) {
  const { spec, data, filters, onFilters, editing, fixedWidth, rowHeight = ROW_HEIGHT } = props;
  const measured = useContainerWidth({ debounceTimeout: 60 });
  const width = fixedWidth ?? measured.width;
  const layout: Layout = spec.layout.map((item) => ({ ...item, minW: 1, minH: 2 }));

  const frame = (widget: Widget): ReactNode => {
    const widgetData = data.byWidget.get(widget.id);
    return (
      <div key={widget.id}>
        <WidgetFrame
          widget={widget}
          data={widgetData}
          loading={data.loading}
          catalog={props.catalog}
          dark={props.dark}
          large={props.large}
          selected={selectedValues(filters, widget.id)}
          onSelect={(selection) => onFilters(selectionToFilters(widget, selection, filters))}
          onOpenCustomer={props.onOpenCustomer}
          labels={props.labels}
          drill={filters.drill[widget.id] ?? []}
          onDrillUp={(depth) => onFilters(drillUp(filters, widget.id, depth))}
          editing={editing}
          onOpenInCustomers={props.onOpenInCustomers && widget.kind !== 'text' ? () => props.onOpenInCustomers?.(widget) : undefined}
          onEdit={props.onEdit ? () => props.onEdit?.(widget) : undefined}
          onDuplicate={props.onDuplicate ? () => props.onDuplicate?.(widget) : undefined}
          onDelete={props.onDelete ? () => props.onDelete?.(widget) : undefined}
        />
      </div>
    );
  };

  const stop = (next: Layout) => props.onLayout?.(next.map((l) => ({ i: l.i, x: l.x, y: l.y, w: l.w, h: l.h })));
  return (
    <ChurnDefinitionContext.Provider value={{ inactivityDays: data.inactivityDays }}>
      <div ref={fixedWidth ? undefined : measured.containerRef} style={props.style} data-testid="dashboard-grid" data-editing={editing ? 'true' : 'false'}>
        {fixedWidth || measured.mounted ? (
          <ReactGridLayout
            width={width}
            layout={layout}
            gridConfig={{ cols: GRID_COLUMNS, rowHeight, margin: [GRID_MARGIN, GRID_MARGIN], containerPadding: [0, 0] }}
            dragConfig={{ enabled: editing, handle: '.widget-drag-handle', cancel: 'button, a, .ant-select, input' }}
            resizeConfig={{ enabled: editing, handles: ['se'] }}
            compactor={verticalCompactor}
            onDragStop={(next) => stop(next)}
            onResizeStop={(next) => stop(next)}
          >
            {spec.widgets.map(frame)}
          </ReactGridLayout>
        ) : null}
      </div>
    </ChurnDefinitionContext.Provider>
  );
}
