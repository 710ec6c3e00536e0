// The gallery's widgets with sensible defaults: each kind starts from the measures and fields the
// 流失预警驾驶舱 uses, falling back to the source's first catalog measure when a workspace lacks one.
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardSpec } from '../../../shared/dashboards/dashboard';
import { WidgetSchema, type ChartKind, type Widget, type WidgetInput } from '../../../shared/dashboards/widget';
import { freshWidgetId } from './spec-edit';

export const GALLERY_KINDS = ['kpi', 'line', 'bar', 'combo', 'stackedBar', 'pie', 'ring', 'gauge', 'heatmap', 'km', 'list', 'aggregate', 'text'] as const;
export type GalleryKind = (typeof GALLERY_KINDS)[number];

type Source = 'customer' | 'churn_month' | 'cohort_month';

/** Grid size a new widget of this kind takes (12 columns, rows of ~32 px). */
export function gallerySize(kind: GalleryKind): { w: number; h: number } {
  if (kind === 'kpi' || kind === 'gauge') return { w: 3, h: 4 };
  if (kind === 'text') return { w: 6, h: 2 };
  if (kind === 'list' || kind === 'aggregate') return { w: 6, h: 10 };
  return { w: 6, h: 8 };
}

function measureOf(catalog: CatalogDescription, source: Source, preferred: string): string {
  const of = catalog.measures.filter((m) => m.source === source);
  return of.find((m) => m.id === preferred)?.id ?? of[0]?.id ?? preferred;
}

function fieldOf(catalog: CatalogDescription, source: Source, preferred: string): string {
  const of = catalog.fields.filter((f) => f.source === source);
  return of.find((f) => f.id === preferred)?.id ?? of.find((f) => f.type === 'enum')?.id ?? of[0]?.id ?? preferred;
}

function chart(id: string, chartKind: ChartKind, c: CatalogDescription): WidgetInput {
  const m = (source: Source, preferred: string) => measureOf(c, source, preferred);
  const f = (source: Source, preferred: string) => fieldOf(c, source, preferred);
  switch (chartKind) {
    case 'line':
      return { id, kind: 'chart', chart: 'line', source: 'churn_month', measures: [m('churn_month', 'churn_rate')], dimension: { field: 'month' }, period: 'last12Months' };
    case 'combo':
      return {
        id,
        kind: 'chart',
        chart: 'combo',
        source: 'churn_month',
        measures: [m('churn_month', 'churned'), m('churn_month', 'churn_rate')],
        dimension: { field: 'month' },
        period: 'last12Months',
      };
    case 'bar':
      return {
        id,
        kind: 'chart',
        chart: 'bar',
        source: 'customer',
        measures: [m('customer', 'at_risk_customers')],
        dimension: { field: f('customer', 'region') },
        sort: 'measureDesc',
      };
    case 'stackedBar':
      return {
        id,
        kind: 'chart',
        chart: 'stackedBar',
        source: 'customer',
        measures: [m('customer', 'customers')],
        dimension: { field: f('customer', 'region') },
        series: { field: f('customer', 'tier') },
      };
    case 'pie':
    case 'ring':
      return { id, kind: 'chart', chart: chartKind, source: 'customer', measures: [m('customer', 'customers')], dimension: { field: f('customer', 'tier') } };
    case 'gauge':
      return {
        id,
        kind: 'chart',
        chart: 'gauge',
        source: 'customer',
        measures: [m('customer', 'at_risk_share')],
        thresholds: { direction: 'lowerIsBetter', amber: 0.1, red: 0.2 },
      };
    case 'heatmap':
      return {
        id,
        kind: 'chart',
        chart: 'heatmap',
        source: 'customer',
        measures: [m('customer', 'customers')],
        dimension: { field: f('customer', 'value_tier') },
        series: { field: f('customer', 'tier') },
      };
    case 'km':
      return {
        id,
        kind: 'chart',
        chart: 'km',
        source: 'customer',
        measures: [m('customer', 'customers'), m('customer', 'churned_customers')],
        dimension: { field: 'tenure_days' },
      };
  }
}

/** A new widget of the gallery kind, with an id unused by the spec. */
export function galleryWidget(kind: GalleryKind, spec: DashboardSpec, catalog: CatalogDescription, newText: string): Widget {
  const id = freshWidgetId(spec, kind === 'list' || kind === 'aggregate' ? `table_${kind}` : kind === 'kpi' || kind === 'text' ? kind : `chart_${kind}`);
  let input: WidgetInput;
  if (kind === 'kpi') input = { id, kind: 'kpi', source: 'customer', measure: measureOf(catalog, 'customer', 'at_risk_customers') };
  else if (kind === 'text') input = { id, kind: 'text', text: newText, style: 'body' };
  else if (kind === 'list')
    input = {
      id,
      kind: 'table',
      source: 'customer',
      mode: 'list',
      fields: ['customer_id', 'name', 'owner', 'tier', 'churn_probability'].filter((f) => catalog.fields.some((x) => x.id === f && x.source === 'customer')),
      sort: [{ key: 'churn_probability', direction: 'desc' }],
      limit: 20,
    };
  else if (kind === 'aggregate')
    input = {
      id,
      kind: 'table',
      source: 'customer',
      mode: 'aggregate',
      dimensions: [{ field: fieldOf(catalog, 'customer', 'region') }],
      measures: [measureOf(catalog, 'customer', 'customers'), measureOf(catalog, 'customer', 'at_risk_customers')],
    };
  else input = chart(id, kind, catalog);
  return WidgetSchema.parse(input);
}
