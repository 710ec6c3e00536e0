// The pieces the dashboard templates are built from: placing widgets on the grid, template title
// keys, and the filters and thresholds several templates share (templates.ts).
import type { FilterNode } from '../query/ast';
import { DashboardSpecSchema, type DashboardSpec, type LayoutItem, type TemplateId } from './dashboard';
import type { WidgetInput } from './widget';

export const is = (field: string, value: string): FilterNode => ({ kind: 'condition', field, op: '=', value });
export const scored: FilterNode = { kind: 'condition', field: 'tier', op: 'not_empty' };
export const title = (key: string) => `dashboards:templates.${key}`;

export interface Placed {
  widget: WidgetInput;
  at: Omit<LayoutItem, 'i'>;
}

export function build(template: TemplateId, placed: readonly Placed[]): DashboardSpec {
  return DashboardSpecSchema.parse({
    schemaVersion: 1,
    template,
    widgets: placed.map((p) => p.widget),
    layout: placed.map((p) => ({ i: p.widget.id, ...p.at })),
  });
}

export const churnThresholds = { direction: 'lowerIsBetter', amber: 0.03, red: 0.05 } as const;
export const probabilityRule = { column: 'churn_probability', style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } } as const;
export const healthRule = { column: 'health_score', style: 'bar', thresholds: { direction: 'higherIsBetter', amber: 60, red: 40 } } as const;
