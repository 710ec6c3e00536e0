// The contract between the dashboard page (filters, linkage, drill, editor, large screen) and
// the widgets that draw one widget's data. The page decides what a selection means.
import type { CatalogDescription } from '../../../../shared/contract/operations';
import type { Widget } from '../../../../shared/dashboards/widget';
import type { WidgetData } from '../../../../shared/dashboards/widget-data';

export type WidgetValue = string | number | boolean;

/** A click on a bar, slice, point, heat-map cell or table row value. */
export interface WidgetSelection {
  readonly widgetId: string;
  /** The catalog field clicked (the category / series dimension, or a list column). */
  readonly field: string;
  readonly grain?: 'year' | 'month' | 'week';
  readonly value: WidgetValue;
  /** Ctrl/Cmd held: add to the widget's selected values instead of replacing them. */
  readonly additive: boolean;
  /** 'click' filters the other widgets (联动); 'drill' (double-click, or Enter on a focused row) asks to drill down. */
  readonly gesture: 'click' | 'drill';
}

export interface WidgetBodyProps {
  readonly widget: Widget;
  /** Undefined while the first answer is awaited. */
  readonly data: WidgetData | undefined;
  readonly loading: boolean;
  readonly catalog: CatalogDescription;
  /** Dark theme (large-screen mode). */
  readonly dark: boolean;
  /** Large-screen mode: big KPI numbers and labels. */
  readonly large: boolean;
  /** The values of this widget selected by linkage (highlighted; the rest dimmed). */
  readonly selected: readonly WidgetValue[];
  readonly onSelect?: (selection: WidgetSelection) => void;
  /** A list row's customer: opens Customer 360. Absent in a dashboard file's viewer. */
  readonly onOpenCustomer?: (customerId: string) => void;
}
