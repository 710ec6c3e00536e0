// A dashboard widget as stored and as it crosses the boundary (PRODUCT.md §6 "Dashboards"). A
// widget names catalog measures and fields only; its data comes through the core's query spec
// (plan.ts), so the cockpit, the Customers grid, Health and the exports count alike. Every
// identifier here is checked against the catalog before it reaches SQL; free text (titles,
// text blocks) is data, shown as text, never markup.
import { z } from 'zod';
import { SOURCE_IDS } from '../catalog/types';
import { FilterNodeSchema } from '../query/ast';

export const WIDGET_TITLE_MAX = 120;
export const WIDGET_TEXT_MAX = 4_000;
export const WIDGET_MEASURES_MAX = 3;
export const LIST_FIELDS_MAX = 12;
export const LIST_ROWS_MAX = 500;
export const CHART_CATEGORIES_MAX = 60;

const identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .max(64);
/** i18n key of a template's title (templates only): `dashboards:…`. */
const titleKey = z
  .string()
  .regex(/^dashboards:[a-zA-Z0-9_.]+$/)
  .max(120);

export const WidgetIdSchema = z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/);
export const SourceIdSchema = z.enum(SOURCE_IDS);

/**
 * Traffic-light thresholds, the same green / amber / red as the tiers. `lowerIsBetter` (churn
 * rate): value ≥ red → red, else value ≥ amber → amber, else green. `higherIsBetter` (health):
 * value ≤ red → red, else value ≤ amber → amber, else green. Equality falls on the worse side.
 */
export const ThresholdsSchema = z.strictObject({
  direction: z.enum(['lowerIsBetter', 'higherIsBetter']),
  amber: z.number().finite(),
  red: z.number().finite(),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/** Which months a churn_month / cohort_month widget reads, counted back from the data date. */
export const PeriodSchema = z.enum(['snapshot', 'lastMonth', 'last3Months', 'last6Months', 'last12Months', 'last24Months']);
export type Period = z.infer<typeof PeriodSchema>;

export const ComparisonSchema = z.enum(['none', 'previousPeriod', 'samePeriodLastYear', 'target']);
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Drill paths: geography region → city → owner; time year → month → week on a date dimension. */
export const HierarchyIdSchema = z.enum(['geography', 'time']);
export type HierarchyId = z.infer<typeof HierarchyIdSchema>;

export const DimensionSchema = z.strictObject({ field: identifier, grain: z.enum(['year', 'month', 'week']).optional() });

const base = {
  id: WidgetIdSchema,
  title: z.string().max(WIDGET_TITLE_MAX).optional(),
  titleKey: titleKey.optional(),
  /** ANDed with the dashboard's filters for this widget only. */
  filter: FilterNodeSchema.optional(),
  /** Clicking it filters the other widgets (联动). */
  emitsLinkage: z.boolean().default(true),
  /** Other widgets' clicks and the global bar filter it. */
  receivesFilters: z.boolean().default(true),
};

export const KpiWidgetSchema = z.strictObject({
  ...base,
  kind: z.literal('kpi'),
  source: SourceIdSchema,
  measure: identifier,
  /** `snapshot` (the newest mart) for customer measures; months for churn_month / cohort_month. */
  period: PeriodSchema.default('snapshot'),
  /** previousPeriod and samePeriodLastYear need a month period; target needs `target`. */
  comparison: ComparisonSchema.default('none'),
  target: z.number().finite().optional(),
  thresholds: ThresholdsSchema.optional(),
  /** A sparkline of the measure by month (month sources) over the last 12 months. */
  sparkline: z.boolean().default(false),
});

export const CHART_KINDS = ['line', 'bar', 'combo', 'stackedBar', 'pie', 'ring', 'gauge', 'heatmap', 'km'] as const;
export const ChartKindSchema = z.enum(CHART_KINDS);
export type ChartKind = z.infer<typeof ChartKindSchema>;

/** The chart palette by name, in the order of SERIES_COLORS (shared/dashboards/charts/palette.ts). */
export const CHART_COLOR_NAMES = ['blue', 'teal', 'purple', 'orange', 'magenta', 'indigo', 'grey', 'lime'] as const;
export type ChartColorName = (typeof CHART_COLOR_NAMES)[number];

export const ChartWidgetSchema = z.strictObject({
  ...base,
  kind: z.literal('chart'),
  chart: ChartKindSchema,
  source: SourceIdSchema,
  /** combo: the first as bars, the others as lines on a right axis; gauge: the first only. */
  measures: z.array(identifier).min(1).max(WIDGET_MEASURES_MAX),
  /** The category / x axis (none for a gauge; km: the duration field, e.g. tenure_days). */
  dimension: DimensionSchema.optional(),
  /** The stack (stackedBar) or the y axis (heatmap). */
  series: DimensionSchema.optional(),
  /** Drill-down path from `dimension` (its field must be a level of the hierarchy). */
  hierarchy: HierarchyIdSchema.optional(),
  /** For month sources: the months read (default last12Months). */
  period: PeriodSchema.optional(),
  /** 警戒线: a horizontal line at this value of the first measure. */
  warningLine: z.number().finite().optional(),
  /** Colours a gauge or a heat map's cells. */
  thresholds: ThresholdsSchema.optional(),
  /**
   * The first measure's (or stack's) colour; the others follow the palette from there. Tier
   * categories keep their green / amber / red whatever is chosen.
   */
  color: z.enum(CHART_COLOR_NAMES).optional(),
  sort: z.enum(['dimension', 'measureDesc', 'measureAsc']).default('dimension'),
  limit: z.number().int().min(1).max(CHART_CATEGORIES_MAX).optional(),
});

/** 条件属性: a column's cells coloured, given a bar, or an icon from thresholds. */
export const ConditionalRuleSchema = z.strictObject({
  column: identifier,
  style: z.enum(['color', 'bar', 'icon']),
  thresholds: ThresholdsSchema,
});
export type ConditionalRule = z.infer<typeof ConditionalRuleSchema>;

export const TableWidgetSchema = z.strictObject({
  ...base,
  kind: z.literal('table'),
  source: SourceIdSchema,
  /** list: one row per customer (customer source); aggregate: measures by dimensions. */
  mode: z.enum(['list', 'aggregate']),
  /** list mode: the catalog fields shown, in order. */
  fields: z.array(identifier).max(LIST_FIELDS_MAX).default([]),
  /** aggregate mode. */
  dimensions: z.array(DimensionSchema).max(3).default([]),
  measures: z.array(identifier).max(WIDGET_MEASURES_MAX).default([]),
  /** Rows ordered by these keys (fields, dimensions or measures), then by the first column. */
  sort: z
    .array(z.strictObject({ key: identifier, direction: z.enum(['asc', 'desc']) }))
    .max(3)
    .default([]),
  /** Rows shown (and the rows a dashboard file keeps unless "include detail list" is ticked). */
  limit: z.number().int().min(1).max(LIST_ROWS_MAX).default(20),
  /** list mode: rows grouped under a header per value of this field (the high-risk list by owner). */
  groupBy: identifier.optional(),
  rules: z.array(ConditionalRuleSchema).max(LIST_FIELDS_MAX).default([]),
  period: PeriodSchema.optional(),
});

export const TextWidgetSchema = z.strictObject({
  ...base,
  kind: z.literal('text'),
  text: z.string().max(WIDGET_TEXT_MAX).default(''),
  textKey: titleKey.optional(),
  style: z.enum(['title', 'body']).default('body'),
});

export const WidgetSchema = z.discriminatedUnion('kind', [KpiWidgetSchema, ChartWidgetSchema, TableWidgetSchema, TextWidgetSchema]);
export type Widget = z.infer<typeof WidgetSchema>;
export type WidgetInput = z.input<typeof WidgetSchema>;
export type KpiWidget = z.infer<typeof KpiWidgetSchema>;
export type ChartWidget = z.infer<typeof ChartWidgetSchema>;
export type TableWidget = z.infer<typeof TableWidgetSchema>;
export type TextWidget = z.infer<typeof TextWidgetSchema>;
export type WidgetKind = Widget['kind'];
