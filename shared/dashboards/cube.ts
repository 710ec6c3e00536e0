// What a dashboard file (*.churndash) packages, planned from the dashboards' specs and the
// workspace's catalog. Pure: the writer (electron/store/dashboard-file/) executes the plan.
//
// Design. The file is a NEW SQLite database built from scratch (CREATE TABLE + INSERT only,
// never a copy of the workspace), holding only what the widgets show:
// - cube_<source> (customer, churn_month, cohort_month): one aggregate table per source used by a
//   KPI, chart or aggregate table. Its dimension columns are the union of the widgets' dimensions
//   and series, their hierarchy levels present in the source (geography region → city → owner;
//   the time hierarchy's date field), the fields of their own filters, the dashboards' filter-bar
//   fields, and the categorical fields other widgets can link on (LINKABLE_FIELDS that some
//   packaged widget shows as a dimension, series or list field) when the source has them; the
//   month sources always keep their time columns (month; cohort_month, period). Date dimensions
//   of the customer source are stored as the first day of their month: the packaged grain is
//   the month, so week drill is not available in the viewer. Measure columns are the additive
//   components of each measure (count and sum → one SUM-able column; avg → a sum and a count;
//   min / max → a min / max column; a ratio → its parts); count_distinct cannot be re-aggregated,
//   so such a widget is not packaged (the viewer answers problem 'notInFile'). `_customers` is
//   the group size the k-anonymity reads (k-anonymity.ts): customers; churn_month: active at
//   start + acquired; cohort_month: the cohort's customers. The cube is ONE GROUP BY query per
//   source, whose measure expressions come from the core's compiler (compileQuery) over the
//   workspace (at 1 M customers its scan of the mart is most of the ≤ 10 s a file may take).
// - list_<n>: a list widget's shown fields plus the linkable fields the customer source has
//   (so the viewer's filters can filter it), rows = the widget's rows (its filter, sort, limit),
//   or with "include detail list" every row matching the widget's own filter.
// - km_<n>(time, customers, events): a Kaplan–Meier widget's counts by duration, without
//   dimensions (the viewer's filters are not applied to it).
// The file's catalog (file-catalog.ts) rewrites every measure over the component columns, so
// the viewer answers with the same compiler, identifiers still whitelisted, values bound.
import type { Catalog } from '../catalog/catalog';
import type { FieldDef, MeasureDef, SourceId } from '../catalog/types';
import type { FilterNode } from '../query/ast';
import type { DashboardSpec } from './dashboard';
import type { Widget } from './widget';

/** The value a group too small to show is merged into (labelled 其他 / Other). */
export const OTHER_GROUP = '__other__';

/** The group size column of every cube. */
export const GROUP_SIZE_COLUMN = '_customers';

/** Categorical fields a click on one widget may filter the others by (联动). */
export const LINKABLE_FIELDS = ['region', 'city', 'owner', 'industry', 'segment', 'tier', 'lifecycle', 'value_tier', 'value_risk', 'top_reason', 'rfm_segment'] as const;

const GEOGRAPHY = ['region', 'city', 'owner'] as const;

/** Columns of the month sources that are time: never generalised, always packaged. */
export const TIME_COLUMNS: Record<SourceId, readonly string[]> = { customer: [], churn_month: ['month'], cohort_month: ['cohort_month', 'period'], campaign_member: [] };

/** campaign_member has no cube: its widgets are not packaged (see planPackage). */
export const CUBE_TABLES: Record<SourceId, string> = {
  customer: 'cube_customer',
  churn_month: 'cube_churn_month',
  cohort_month: 'cube_cohort_month',
  campaign_member: 'cube_campaign_member',
};

export type Combine = 'sum' | 'min' | 'max';

export interface CubeDimension {
  /** The field id, also the cube column. */
  readonly field: FieldDef;
  /** Time columns and dates are never generalised; dates are stored truncated to their month. */
  readonly time: boolean;
}

export interface CubeComponent {
  /** The cube column, also the id of the measure the writer compiles for it. */
  readonly column: string;
  readonly combine: Combine;
  /** A plain aggregate over the workspace's source (count / sum / min / max, with the original filter). */
  readonly measure: MeasureDef;
}

export interface CubePlan {
  readonly source: SourceId;
  readonly table: string;
  readonly dimensions: readonly CubeDimension[];
  readonly components: readonly CubeComponent[];
  /** Summed into `_customers` (and not stored otherwise). */
  readonly sizeParts: readonly MeasureDef[];
  /** The measures the cube answers (ids of the workspace's catalog). */
  readonly measures: readonly MeasureDef[];
}

export interface ListPlan {
  readonly table: string;
  readonly widget: Extract<Widget, { kind: 'table' }>;
  /** Shown fields first, then the linkable fields, without repeats. */
  readonly fields: readonly FieldDef[];
}

export interface KmPlan {
  readonly table: string;
  readonly widget: Extract<Widget, { kind: 'chart' }>;
  readonly duration: FieldDef;
  readonly customers: MeasureDef;
  readonly events: MeasureDef;
}

export interface WidgetPlacement {
  readonly dashboard: number;
  readonly widget: string;
  /** The table answering it; null for text blocks and for what cannot be packaged. */
  readonly table: string | null;
  readonly notPackaged?: true;
}

export interface PackagePlan {
  readonly cubes: readonly CubePlan[];
  readonly lists: readonly ListPlan[];
  readonly kms: readonly KmPlan[];
  readonly placements: readonly WidgetPlacement[];
}

/** Every field a filter names. */
export function filterFields(node: FilterNode | undefined, out: Set<string> = new Set()): Set<string> {
  if (!node) return out;
  if (node.kind === 'condition') out.add(node.field);
  else if (node.kind === 'not') filterFields(node.child, out);
  else for (const child of node.children) filterFields(child, out);
  return out;
}

/** The aggregate measures a measure is made of (itself, or a ratio's parts, recursively). */
function aggregatesOf(catalog: Catalog, source: SourceId, id: string, depth = 0): MeasureDef[] | null {
  const measure = catalog.measure(source, id);
  if (!measure || depth > 8 || measure.arithmetic) return null;
  if (!measure.ratio) return measure.aggregate === undefined || measure.aggregate === 'count_distinct' ? null : [measure];
  const a = aggregatesOf(catalog, source, measure.ratio.numerator, depth + 1);
  const b = aggregatesOf(catalog, source, measure.ratio.denominator, depth + 1);
  return a && b ? [...a, ...b] : null;
}

/** The cube columns of one aggregate measure (see file-catalog.ts for how they are read back). */
export function componentsOf(measure: MeasureDef): CubeComponent[] {
  const base = { source: measure.source, labelKey: measure.labelKey, format: measure.format, ...(measure.filter ? { filter: measure.filter } : {}) };
  const field = measure.field !== undefined ? { field: measure.field } : {};
  const column = `m__${measure.id}`;
  switch (measure.aggregate) {
    case 'avg':
      return [
        { column: `${column}__s`, combine: 'sum', measure: { ...base, ...field, id: `${column}__s`, aggregate: 'sum' } },
        // count of the field: the rows avg() divides by (NULLs left out alike).
        { column: `${column}__n`, combine: 'sum', measure: { ...base, ...field, id: `${column}__n`, aggregate: 'count' } },
      ];
    case 'min':
    case 'max':
      return [{ column, combine: measure.aggregate, measure: { ...base, ...field, id: column, aggregate: measure.aggregate } }];
    case 'count':
    case 'sum':
      return [{ column, combine: 'sum', measure: { ...base, ...field, id: column, aggregate: measure.aggregate } }];
    default:
      return [];
  }
}

function sizeParts(source: SourceId): MeasureDef[] {
  const part = (id: string, aggregate: 'count' | 'sum', field?: string): MeasureDef => ({ id, source, labelKey: '', format: 'count', aggregate, ...(field ? { field } : {}) });
  if (source === 'customer') return [part('g__customers', 'count')];
  if (source === 'campaign_member') return [part('g__members', 'count')];
  if (source === 'churn_month') return [part('g__active', 'sum', 'active_at_start'), part('g__acquired', 'sum', 'acquired')];
  return [part('g__cohort', 'sum', 'customers')];
}

function measuresOfWidget(widget: Widget): string[] {
  if (widget.kind === 'kpi') return [widget.measure];
  if (widget.kind === 'chart') return widget.measures;
  if (widget.kind === 'table' && widget.mode === 'aggregate') return widget.measures;
  return [];
}

function dimensionFieldsOfWidget(widget: Widget): string[] {
  if (widget.kind === 'chart') return [widget.dimension?.field, widget.series?.field].filter((f): f is string => f !== undefined);
  if (widget.kind === 'table') return widget.mode === 'list' ? [...widget.fields] : widget.dimensions.map((d) => d.field);
  return [];
}

const usable = (field: FieldDef | undefined): field is FieldDef => field !== undefined && !field.membership;

/** Plans the tables of a dashboard file packaging `specs` (in order) from a workspace with `catalog`. */
export function planPackage(specs: readonly DashboardSpec[], catalog: Catalog): PackagePlan {
  const widgets = specs.flatMap((spec, dashboard) => spec.widgets.map((widget) => ({ dashboard, widget })));
  // What other widgets can link on, whatever their source: what some widget shows.
  const linkable = new Set<string>();
  for (const { widget } of widgets) {
    for (const id of dimensionFieldsOfWidget(widget)) if ((LINKABLE_FIELDS as readonly string[]).includes(id)) linkable.add(id);
    if (widget.kind === 'chart' && widget.hierarchy === 'geography') for (const id of GEOGRAPHY) linkable.add(id);
  }
  const barFields = new Set(specs.flatMap((s) => s.filterFields));

  const placements: WidgetPlacement[] = [];
  const lists: ListPlan[] = [];
  const kms: KmPlan[] = [];
  const cubeWidgets = new Map<SourceId, Widget[]>();
  const cubeMeasures = new Map<SourceId, Map<string, MeasureDef>>();
  const cubeFields = new Map<SourceId, Set<string>>();
  const refuse = (dashboard: number, widget: Widget) => placements.push({ dashboard, widget: widget.id, table: null, notPackaged: true });

  for (const { dashboard, widget } of widgets) {
    if (widget.kind === 'text') {
      placements.push({ dashboard, widget: widget.id, table: null });
      continue;
    }
    const source = widget.source;
    // A campaign review reads one workspace's campaign members, customer ids and outcomes: no
    // file carries them (the viewer answers problem 'notInFile' for these widgets).
    if (source === 'campaign_member') {
      refuse(dashboard, widget);
      continue;
    }
    if (widget.kind === 'table' && widget.mode === 'list') {
      const shown = widget.fields.map((id) => catalog.field(source, id));
      if (source !== 'customer' || !shown.every(usable) || shown.length === 0) {
        refuse(dashboard, widget);
        continue;
      }
      const extra = [...LINKABLE_FIELDS].map((id) => catalog.field(source, id)).filter(usable);
      const fields = [...shown, ...extra.filter((f) => !shown.some((s) => s.id === f.id))];
      const table = `list_${lists.length + 1}`;
      lists.push({ table, widget, fields });
      placements.push({ dashboard, widget: widget.id, table });
      continue;
    }
    if (widget.kind === 'chart' && widget.chart === 'km') {
      const duration = widget.dimension && catalog.field(source, widget.dimension.field);
      const [first, second] = widget.measures.map((id) => catalog.measure(source, id));
      const plain = (m: MeasureDef | undefined): m is MeasureDef => m !== undefined && (m.aggregate === 'count' || m.aggregate === 'sum');
      if (!usable(duration) || duration.type !== 'number' || !plain(first) || !plain(second)) {
        refuse(dashboard, widget);
        continue;
      }
      const table = `km_${kms.length + 1}`;
      kms.push({ table, widget, duration, customers: first, events: second });
      placements.push({ dashboard, widget: widget.id, table });
      continue;
    }
    const parts = measuresOfWidget(widget).map((id) => aggregatesOf(catalog, source, id));
    if (parts.some((p) => p === null)) {
      refuse(dashboard, widget);
      continue;
    }
    const measures = cubeMeasures.get(source) ?? new Map<string, MeasureDef>();
    for (const id of measuresOfWidget(widget)) {
      const own = catalog.measure(source, id);
      if (own) measures.set(id, own);
      for (const part of aggregatesOf(catalog, source, id) ?? []) measures.set(part.id, part);
    }
    cubeMeasures.set(source, measures);
    cubeWidgets.set(source, [...(cubeWidgets.get(source) ?? []), widget]);
    const fields = cubeFields.get(source) ?? new Set<string>();
    for (const id of dimensionFieldsOfWidget(widget)) fields.add(id);
    if (widget.kind === 'chart' && widget.hierarchy === 'geography') for (const id of GEOGRAPHY) fields.add(id);
    filterFields(widget.filter, fields);
    cubeFields.set(source, fields);
    placements.push({ dashboard, widget: widget.id, table: CUBE_TABLES[source] });
  }

  const cubes: CubePlan[] = [];
  for (const [source, measures] of cubeMeasures) {
    // Time, then geography, then the rest: SQLite groups 1 M customers twice as fast by region,
    // city, owner first as by a field of three values first (dashboard-file.bench.ts).
    const ids = new Set([...TIME_COLUMNS[source], ...GEOGRAPHY, ...(cubeFields.get(source) ?? []), ...barFields, ...linkable]);
    for (const id of GEOGRAPHY) if (!cubeFields.get(source)?.has(id) && !barFields.has(id) && !linkable.has(id)) ids.delete(id);
    const dimensions: CubeDimension[] = [];
    for (const id of ids) {
      const field = catalog.field(source, id);
      if (!usable(field)) continue;
      dimensions.push({ field, time: TIME_COLUMNS[source].includes(id) || field.type === 'date' });
    }
    const aggregates = [...measures.values()].filter((m) => !m.ratio);
    cubes.push({ source, table: CUBE_TABLES[source], dimensions, components: aggregates.flatMap(componentsOf), sizeParts: sizeParts(source), measures: [...measures.values()] });
  }
  return { cubes, lists, kms, placements };
}
