// What a widget shows, as computed by evaluate.ts from the core's query results: the same
// shape from a workspace and from a dashboard file, serialisable, so the screen, the viewer
// and the exports (Excel, PDF) draw one thing. Labels are codes; the renderer translates.
import { z } from 'zod';
import { MessageParamsSchema } from '../contract/message-params';

export const CellSchema = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.infer<typeof CellSchema>;

export const FIELD_FORMATS = ['text', 'code', 'number', 'count', 'currency', 'percent', 'probability', 'score', 'days', 'date'] as const;

/** A column of a widget's data: a dimension (field id) or a measure (measure id). */
export const DataColumnSchema = z.object({
  key: z.string(),
  kind: z.enum(['dimension', 'measure', 'field']),
  format: z.enum(FIELD_FORMATS),
  /** i18n key of the column's label (catalog:fields.* / catalog:measures.*); absent for imported attributes. */
  labelKey: z.string().optional(),
  /** An imported attribute's own name. */
  rawLabel: z.string().optional(),
  /** i18n key prefix of an enum's value labels (`${prefix}.${code}`). */
  valueLabelPrefix: z.string().optional(),
  /** A date dimension's grain: values are '2024', '2024-05' or a Monday '2024-05-06'. */
  grain: z.enum(['year', 'month', 'week']).optional(),
});
export type DataColumn = z.infer<typeof DataColumnSchema>;

export const TrafficLightSchema = z.enum(['green', 'amber', 'red']);
export type TrafficLight = z.infer<typeof TrafficLightSchema>;

export const KpiValueSchema = z.object({
  value: z.number().nullable(),
  format: z.enum(FIELD_FORMATS),
  /** The months the value covers ('YYYY-MM'), or null for the snapshot. */
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  comparison: z.enum(['none', 'previousPeriod', 'samePeriodLastYear', 'target']),
  /** The value compared with (previous period, same period last year, or the target). */
  compareValue: z.number().nullable(),
  /** value − compareValue (percentage points for percent measures: rates × 100). */
  change: z.number().nullable(),
  /** Whether the change is good news under the thresholds' direction (null without one). */
  changeIsGood: z.boolean().nullable(),
  status: TrafficLightSchema.nullable(),
  /** Month by month for the sparkline, oldest first. */
  sparkline: z.array(z.object({ month: z.string(), value: z.number().nullable() })),
});
export type KpiValue = z.infer<typeof KpiValueSchema>;

export const KmPointSchema = z.object({ time: z.number(), survival: z.number(), lower: z.number(), upper: z.number(), nRisk: z.number() });

/** Why a widget shows no data: a QueryError code or an app reason, with params, translated by the renderer. */
export const WidgetProblemSchema = z.object({ code: z.string(), params: MessageParamsSchema });
export type WidgetProblem = z.infer<typeof WidgetProblemSchema>;

export const WidgetDataSchema = z.object({
  widgetId: z.string(),
  /** ok; empty (no rows: the empty state says what to do next); error (problem says why). */
  status: z.enum(['ok', 'empty', 'error']),
  problem: WidgetProblemSchema.optional(),
  columns: z.array(DataColumnSchema),
  rows: z.array(z.array(CellSchema)),
  /** More rows matched than the widget shows. */
  truncated: z.boolean(),
  kpi: KpiValueSchema.optional(),
  km: z.object({ points: z.array(KmPointSchema), median: z.number().nullable(), n: z.number(), events: z.number() }).optional(),
  /** The dimension shown after drilling (field and grain), when the widget drilled. */
  drilledTo: z.object({ field: z.string(), grain: z.enum(['year', 'month', 'week']).optional(), depth: z.number().int() }).optional(),
  /**
   * Field ids of the dashboard's filters (global, linkage, drill) that filtered this widget, and
   * of those that could not (its source has no such field, or a dashboard file lacks it): the
   * mark on each widget.
   */
  applied: z.array(z.string()),
  notApplied: z.array(z.string()),
  /** Milliseconds spent on this widget's queries. */
  elapsedMs: z.number().nonnegative(),
});
export type WidgetData = z.infer<typeof WidgetDataSchema>;
