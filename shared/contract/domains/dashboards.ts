// Dashboards (PRODUCT.md §6 "Dashboards", §3 dashboard file): named dashboards of widgets saved in
// the workspace, their data under the filters in force (global bar, linkage, drill), the
// dashboard file (*.churndash) a manager opens, and the read-only viewer of such a file.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { DashboardFiltersSchema, DashboardIdSchema, DashboardNameSchema, DashboardSpecSchema, DASHBOARD_WIDGETS_MAX } from '../../dashboards/dashboard';
import { WidgetSchema } from '../../dashboards/widget';
import { WidgetDataSchema } from '../../dashboards/widget-data';
import { CatalogDescriptionSchema } from './catalog-description';
import { isoDate } from './workspace-info';

const jobId = z.string().min(1).max(100).optional();

export const DashboardRecordSchema = z.object({
  id: DashboardIdSchema,
  name: z.string(),
  spec: DashboardSpecSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DashboardRecord = z.infer<typeof DashboardRecordSchema>;

export const DashboardSummarySchema = z.object({
  id: DashboardIdSchema,
  name: z.string(),
  template: z.string().nullable(),
  widgetCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
});

export const DashboardDataSchema = z.object({
  /** The data date (数据截至) the numbers are as of; null before the first refresh. */
  asOf: isoDate.nullable(),
  results: z.array(WidgetDataSchema),
  elapsedMs: z.number().nonnegative(),
  /**
   * Days without an order that make a customer churned under the definition the snapshot was
   * computed with (the KPI help states it); null in a dashboard file or before a refresh.
   */
  inactivityDays: z.number().int().positive().nullable().default(null),
});
export type DashboardData = z.infer<typeof DashboardDataSchema>;

/** k-anonymity of a dashboard file: groups of fewer customers are merged into 其他/Other. */
export const DEFAULT_K_ANONYMITY = 5;

export const DashboardFileManifestSchema = z.object({
  formatVersion: z.number().int(),
  appVersion: z.string(),
  workspaceName: z.string(),
  dashboardNames: z.array(z.string()),
  dataDate: isoDate.nullable(),
  createdAt: z.string(),
  kAnonymity: z.number().int(),
  includeDetail: z.boolean(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  /** SHA-256 (hex) of the packaged tables' contents in a fixed order, checked on open. */
  checksum: z.string(),
});
export type DashboardFileManifest = z.infer<typeof DashboardFileManifestSchema>;

export const ViewerInfoSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  manifest: DashboardFileManifestSchema,
  dashboards: z.array(z.object({ index: z.number().int().nonnegative(), name: z.string(), spec: DashboardSpecSchema })),
  /** Only the fields and measures packaged in the file (the filter bar offers these). */
  catalog: CatalogDescriptionSchema,
});
export type ViewerInfo = z.infer<typeof ViewerInfoSchema>;

const FieldValuesSchema = z.object({ values: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() })), truncated: z.boolean() });

export const dashboardOperations = {
  'dashboard.list': defineOperation({
    name: 'dashboard.list',
    summary: 'The dashboards saved in the workspace (name, template, widget count, last change), and the data date.',
    input: z.object({}).default({}),
    output: z.object({ dashboards: z.array(DashboardSummarySchema), asOf: isoDate.nullable() }),
  }),
  'dashboard.get': defineOperation({
    name: 'dashboard.get',
    summary: 'One saved dashboard with its spec.',
    input: z.object({ id: DashboardIdSchema }),
    output: DashboardRecordSchema,
  }),
  'dashboard.save': defineOperation({
    name: 'dashboard.save',
    summary: 'Create (no id) or replace a dashboard; names are unique ignoring case, and every measure and field of its widgets is checked against the workspace’s catalog.',
    input: z.object({ id: DashboardIdSchema.optional(), name: DashboardNameSchema, spec: DashboardSpecSchema }),
    output: DashboardRecordSchema,
  }),
  'dashboard.delete': defineOperation({
    name: 'dashboard.delete',
    summary: 'Delete a saved dashboard.',
    input: z.object({ id: DashboardIdSchema }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'dashboard.data': defineOperation({
    name: 'dashboard.data',
    summary:
      'Each widget’s data under the filters in force (global bar, period, linkage, drill), computed through the analytic core; a widget that cannot be computed answers its problem, never failing the others.',
    input: z.object({ widgets: z.array(WidgetSchema).max(DASHBOARD_WIDGETS_MAX), filters: DashboardFiltersSchema.default({ global: [], linkage: [], drill: {} }) }),
    output: DashboardDataSchema,
  }),
  'dashboard.saveFile': defineOperation({
    name: 'dashboard.saveFile',
    summary:
      'Write a dashboard file (*.churndash): a new SQLite file holding the dashboard specs and only the aggregates and list columns the widgets show, groups under k customers merged into Other, lists capped to the rows shown unless includeDetail, and a manifest with a checksum. Desktop and CLI give a path; the browser host answers a download id.',
    long: true,
    input: z.object({
      /** Saved dashboards to package (at least one), in this order. */
      ids: z.array(DashboardIdSchema).min(1).max(20),
      kAnonymity: z.number().int().min(1).max(1000).default(DEFAULT_K_ANONYMITY),
      includeDetail: z.boolean().default(false),
      path: z.string().min(1).max(4096).optional(),
      jobId,
    }),
    output: z.object({
      fileName: z.string(),
      path: z.string().nullable(),
      downloadId: z.string().nullable(),
      bytes: z.number().int().nonnegative(),
      manifest: DashboardFileManifestSchema,
    }),
  }),
  'viewer.info': defineOperation({
    name: 'viewer.info',
    summary: 'The dashboard file open in the viewer (manifest, dashboards, packaged catalog), or null.',
    input: z.object({}).default({}),
    output: ViewerInfoSchema.nullable(),
  }),
  'viewer.open': defineOperation({
    name: 'viewer.open',
    summary:
      'Open a dashboard file read-only (read-only connection, query_only): its format version, tables, manifest checksum and specs are checked first and a hostile or damaged file is refused with a reason.',
    input: z.object({ path: z.string().min(1).max(4096) }),
    output: ViewerInfoSchema,
  }),
  'viewer.close': defineOperation({
    name: 'viewer.close',
    summary: 'Close the dashboard file open in the viewer.',
    input: z.object({}).default({}),
    output: z.object({ closed: z.boolean() }),
  }),
  'viewer.data': defineOperation({
    name: 'viewer.data',
    summary: 'Widget data of one packaged dashboard under the filters in force, answered from the file’s aggregates (down to the packaged grain).',
    input: z.object({
      index: z.number().int().nonnegative(),
      widgetIds: z.array(z.string().max(40)).max(DASHBOARD_WIDGETS_MAX).optional(),
      filters: DashboardFiltersSchema.default({ global: [], linkage: [], drill: {} }),
    }),
    output: DashboardDataSchema,
  }),
  'viewer.fieldValues': defineOperation({
    name: 'viewer.fieldValues',
    summary: 'The values of a packaged field with their customer counts, most frequent first (the viewer’s filter bar).',
    input: z.object({
      field: z
        .string()
        .regex(/^[a-z][a-z0-9_]*$/)
        .max(64),
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: FieldValuesSchema,
  }),
} as const;
