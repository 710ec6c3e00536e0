// A dashboard: widgets on a 12-column grid (react-grid-layout's units), the global filter bar's
// fields, and the large-screen rotation. Stored as JSON with a schema version in the workspace
// (migration 010) and in dashboard files (*.churndash), where it is data: parsed with this
// schema, never evaluated.
import { z } from 'zod';
import { FilterNodeSchema } from '../query/ast';
import { FilterValueSchema } from './filter-value';
import { WidgetIdSchema, WidgetSchema } from './widget';

export const DASHBOARD_SCHEMA_VERSION = 1;
export const DASHBOARD_NAME_MAX = 80;
export const DASHBOARD_WIDGETS_MAX = 40;
export const GRID_COLUMNS = 12;
export const GRID_ROWS_MAX = 200;
export const GLOBAL_FILTER_FIELDS_MAX = 12;

export const TEMPLATE_IDS = ['cockpit', 'monthly', 'campaign'] as const;
export const TemplateIdSchema = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

export const LayoutItemSchema = z.strictObject({
  /** The widget's id. */
  i: WidgetIdSchema,
  x: z
    .number()
    .int()
    .min(0)
    .max(GRID_COLUMNS - 1),
  y: z.number().int().min(0).max(GRID_ROWS_MAX),
  w: z.number().int().min(1).max(GRID_COLUMNS),
  h: z.number().int().min(1).max(40),
});
export type LayoutItem = z.infer<typeof LayoutItemSchema>;

export const DashboardSpecSchema = z
  .strictObject({
    schemaVersion: z.literal(DASHBOARD_SCHEMA_VERSION),
    /** The template it was made from, when there is one (the campaign review's empty state reads it). */
    template: TemplateIdSchema.optional(),
    widgets: z.array(WidgetSchema).max(DASHBOARD_WIDGETS_MAX),
    layout: z.array(LayoutItemSchema).max(DASHBOARD_WIDGETS_MAX),
    /** Catalog field ids offered on the global filter bar besides the period. */
    filterFields: z
      .array(
        z
          .string()
          .regex(/^[a-z][a-z0-9_]*$/)
          .max(64),
      )
      .max(GLOBAL_FILTER_FIELDS_MAX)
      .default(['region', 'owner', 'saved_segment', 'tier']),
    /** Large-screen mode: seconds before the next dashboard (0: no rotation). */
    rotationSeconds: z.number().int().min(0).max(3600).default(0),
  })
  .superRefine((spec, ctx) => {
    const ids = new Set<string>();
    for (const w of spec.widgets) {
      if (ids.has(w.id)) ctx.addIssue({ code: 'custom', message: `duplicate widget id ${w.id}`, path: ['widgets'] });
      ids.add(w.id);
    }
    for (const item of spec.layout) {
      if (!ids.has(item.i)) ctx.addIssue({ code: 'custom', message: `layout item ${item.i} has no widget`, path: ['layout'] });
      if (item.x + item.w > GRID_COLUMNS) ctx.addIssue({ code: 'custom', message: `layout item ${item.i} is wider than the grid`, path: ['layout'] });
    }
  });
export type DashboardSpec = z.infer<typeof DashboardSpecSchema>;
export type DashboardSpecInput = z.input<typeof DashboardSpecSchema>;

export const DashboardIdSchema = z.number().int().positive();
export const DashboardNameSchema = z.string().trim().min(1).max(DASHBOARD_NAME_MAX);

/**
 * The filters in force while the dashboard is looked at (never stored with it):
 * - global: the bar's conditions (every catalog field may be used; applied to each widget whose source has it);
 * - period: the months read by month-source widgets and KPI periods, overriding their own;
 * - linkage (联动): values clicked on one widget, filtering every other widget (several values
 *   with Ctrl/Cmd-click);
 * - drill: per widget, the values clicked down its hierarchy (that widget only).
 */
export const LinkageFilterSchema = z.strictObject({
  widgetId: WidgetIdSchema,
  field: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(64),
  /** For a date dimension with a grain: the truncated values as shown ('2024', '2024-05', a Monday). */
  grain: z.enum(['year', 'month', 'week']).optional(),
  values: z.array(FilterValueSchema).min(1).max(100),
});
export type LinkageFilter = z.infer<typeof LinkageFilterSchema>;

export const DrillStepSchema = z.strictObject({
  field: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(64),
  grain: z.enum(['year', 'month', 'week']).optional(),
  value: FilterValueSchema,
});
export type DrillStep = z.infer<typeof DrillStepSchema>;

export const DashboardFiltersSchema = z.strictObject({
  /** One node per bar control (a condition, or a group for a multi-field control). */
  global: z
    .array(FilterNodeSchema)
    .max(GLOBAL_FILTER_FIELDS_MAX + 4)
    .default([]),
  period: z.strictObject({ from: z.string().regex(/^\d{4}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}$/) }).optional(),
  linkage: z.array(LinkageFilterSchema).max(20).default([]),
  drill: z.record(WidgetIdSchema, z.array(DrillStepSchema).max(3)).default({}),
});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;
export type DashboardFiltersInput = z.input<typeof DashboardFiltersSchema>;
