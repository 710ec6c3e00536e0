// PLACEHOLDER (lead): helper "widgets" replaces this with the KPI, chart, table and text widgets.
import type { WidgetBodyProps } from './widget-props';

export function WidgetBody({ widget, data }: WidgetBodyProps) {
  return (
    <pre data-testid={`widget-body-${widget.id}`}>
      {widget.kind} {data ? `${data.status} ${data.rows.length}` : '…'}
    </pre>
  );
}
