// The one operation table. Every host registers exactly these; the renderer's client, the
// HTTP routes and the CLI all derive their types from here.
import { z } from 'zod';
import { defineOperation, operationTable } from './operation';
import { FilterNodeSchema, QuerySpecSchema } from '../query/ast';
import { LIFECYCLE_CODES, CHURN_KIND_CODES } from '../catalog/customer-fields';
import { ImportResultSchema, ImportRunInputSchema, importOperations } from './domains/import';
import { importRejectOperations } from './domains/import-rejects';
import { scoringOperations } from './domains/scoring';
import { ReasonSchema, TierSchema } from './domains/scoring-schemas';
import { JobInfoSchema } from './job-info';
import { isoDate, WorkspaceInfoSchema } from './domains/workspace-info';
import { workspaceFolderOperations } from './domains/workspace';
import { segmentOperations } from './domains/segments';
import { exportOperations } from './domains/export';
import { dashboardOperations } from './domains/dashboards';
import { exportsOperations } from './domains/exports';
import { CatalogDescriptionSchema } from './domains/catalog-description';
import { warningOperations } from './domains/warnings';
import { campaignOperations } from './domains/campaigns';

export { CatalogDescriptionSchema, type CatalogDescription } from './domains/catalog-description';

export { TableCountSchema, WorkspaceInfoSchema, type WorkspaceInfo } from './domains/workspace-info';

/**
 * Sortable and filterable columns: every field of the catalog's customer source (checked
 * against the workspace's catalog by the service, so attributes discovered per workspace work).
 */
const CustomerColumnSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'expected a catalog field id')
  .max(64);

export const FilterOpSchema = z.enum([
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'inRange',
]);
export type FilterOp = z.infer<typeof FilterOpSchema>;

export const ColumnFilterSchema = z.object({
  column: CustomerColumnSchema,
  op: FilterOpSchema,
  value: z.union([z.string().max(1000), z.number()]).optional(),
  valueTo: z.union([z.string().max(1000), z.number()]).optional(),
});
export type ColumnFilter = z.infer<typeof ColumnFilterSchema>;

export const CustomerRowSchema = z.object({
  customer_id: z.string(),
  name: z.string().nullable(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  industry: z.string().nullable(),
  segment: z.string().nullable(),
  owner: z.string().nullable(),
  signup_date: z.string().nullable(),
  contract_end: z.string().nullable(),
  status: z.string(),
  cancel_date: z.string().nullable(),
  cancel_reason: z.string().nullable(),
  order_count: z.number(),
  total_amount: z.number(),
  last_order_date: z.string().nullable(),
  /** Lifecycle as of the newest snapshot (PRODUCT.md §5); null before the first refresh. */
  lifecycle: z.enum(LIFECYCLE_CODES).nullable(),
  churn_date: z.string().nullable(),
  churn_kind: z.enum(CHURN_KIND_CODES).nullable(),
  // From the latest snapshot; null (reasons empty) when there is none or it does not score the customer.
  health_score: z.number().nullable(),
  tier: TierSchema.nullable(),
  churn_probability: z.number().nullable(),
  p_alive: z.number().nullable(),
  clv: z.number().nullable(),
  reasons: z.array(ReasonSchema),
  /** Ids of the saved segments and lists the customer belongs to now (the grid's Segments column). */
  segments: z.array(z.number().int()).optional(),
});
export type CustomerRow = z.infer<typeof CustomerRowSchema>;

export const CustomerListInputSchema = z.object({
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(5000).default(100),
  sort: z
    .array(z.object({ column: CustomerColumnSchema, direction: z.enum(['asc', 'desc']) }))
    .max(5)
    .default([]),
  filters: z.array(ColumnFilterSchema).max(50).default([]),
  quickFilter: z.string().max(200).optional(),
  /** A filter AST over catalog fields (segments, drill-through), ANDed with the column filters. */
  filter: FilterNodeSchema.optional(),
});
export type CustomerListInput = z.input<typeof CustomerListInputSchema>;

export const ChurnTrendPointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  activeAtStart: z.number().int().nonnegative(),
  churned: z.number().int().nonnegative(),
  rate: z.number().nullable(),
});
export type ChurnTrendPoint = z.infer<typeof ChurnTrendPointSchema>;

export const KpisSchema = z.object({
  dataDate: isoDate.nullable(),
  month: z.string().nullable(),
  customers: z.number().int(),
  activeCustomers: z.number().int(),
  churnedLastMonth: z.number().int(),
  churnRateLastMonth: z.number().nullable(),
  churnRatePrevMonth: z.number().nullable(),
  /** Percentage points, last month minus the month before. */
  churnRateChange: z.number().nullable(),
  inactivityDays: z.number().int(),
  /** From the latest snapshot: customers in the at-risk health tier and their summed CLV. */
  atRiskCustomers: z.number().int().nullable().optional(),
  atRiskClv: z.number().nullable().optional(),
  scoredAsOf: isoDate.nullable().optional(),
});
export type Kpis = z.infer<typeof KpisSchema>;

export const QueryResultSchema = z.object({
  asOf: isoDate.nullable(),
  columns: z.array(z.object({ key: z.string(), kind: z.enum(['dimension', 'measure']) })),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type QueryResult = z.infer<typeof QueryResultSchema>;

/** Operations of no particular domain: the app, the workspace, customers and the dashboard. */
const coreOperations = {
  'app.version': defineOperation({
    name: 'app.version',
    summary: 'Application name, version and the newest workspace schema it reads.',
    input: z.object({}).default({}),
    output: z.object({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  }),
  'workspace.info': defineOperation({
    name: 'workspace.info',
    summary: 'The open workspace: path, schema version, data date, tables and row counts.',
    input: z.object({}).default({}),
    output: WorkspaceInfoSchema,
  }),
  'workspace.open': defineOperation({
    name: 'workspace.open',
    summary: 'Open (and migrate) a workspace file; it becomes the current workspace.',
    input: z.object({ path: z.string().min(1), create: z.boolean().default(false) }),
    output: WorkspaceInfoSchema,
  }),
  'workspace.createDemo': defineOperation({
    name: 'workspace.createDemo',
    summary: 'Generate the deterministic demo workspace at a new path and open it.',
    long: true,
    input: z.object({
      path: z.string().min(1),
      seed: z.number().int().optional(),
      customers: z.number().int().min(10).max(2_000_000).optional(),
    }),
    output: WorkspaceInfoSchema,
  }),
  'workspace.createFromFiles': defineOperation({
    name: 'workspace.createFromFiles',
    summary: 'Create a new workspace at a path that does not exist yet from an import of files, and open it; nothing is left at the path if the import fails or is cancelled.',
    long: true,
    input: ImportRunInputSchema.extend({ path: z.string().min(1) }),
    output: z.object({ workspace: WorkspaceInfoSchema, import: ImportResultSchema }),
  }),
  'workspace.query': defineOperation({
    name: 'workspace.query',
    summary: 'Run one read-only SQL statement on the open workspace (a separate read-only connection).',
    input: z.object({ sql: z.string().min(1).max(100_000), maxRows: z.number().int().min(1).max(1_000_000).default(10_000) }),
    output: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())), truncated: z.boolean() }),
  }),
  'customers.list': defineOperation({
    name: 'customers.list',
    summary:
      'One page of customers with their latest scores, sorted and filtered on whitelisted columns. When a score column sorts or filters the list, customers the latest snapshot does not score follow the scored ones.',
    input: CustomerListInputSchema,
    output: z.object({ rows: z.array(CustomerRowSchema), total: z.number().int().nonnegative() }),
  }),
  'catalog.describe': defineOperation({
    name: 'catalog.describe',
    summary: 'Every field and measure of the open workspace (imported attributes included): id, source, group, type, format, label key, enum codes.',
    input: z.object({}).default({}),
    output: CatalogDescriptionSchema,
  }),
  'query.run': defineOperation({
    name: 'query.run',
    summary: 'Measures by dimensions over a source (customer mart, monthly churn facts, cohort facts), filtered by a filter AST, sorted and limited.',
    input: z.object({ spec: QuerySpecSchema }),
    output: QueryResultSchema,
  }),
  'query.count': defineOperation({
    name: 'query.count',
    summary: 'How many customers of the newest snapshot match a filter AST, and how many there are in all.',
    input: z.object({ filter: FilterNodeSchema.optional() }),
    output: z.object({ count: z.number().int().nonnegative(), total: z.number().int().nonnegative(), asOf: isoDate.nullable() }),
  }),
  'dashboard.kpis': defineOperation({
    name: 'dashboard.kpis',
    summary: 'Headline KPIs: customers, active customers, last month churn and its change.',
    input: z.object({}).default({}),
    output: KpisSchema,
  }),
  'dashboard.churnTrend': defineOperation({
    name: 'dashboard.churnTrend',
    summary: 'Monthly churn rate for the last N complete months (implicit churn definition).',
    input: z.object({ months: z.number().int().min(1).max(120).default(24) }),
    output: z.object({ dataDate: isoDate.nullable(), inactivityDays: z.number().int(), points: z.array(ChurnTrendPointSchema) }),
  }),
  'job.cancel': defineOperation({
    name: 'job.cancel',
    summary: 'Cancel a running or queued long operation by the jobId its caller gave it.',
    input: z.object({ jobId: z.string().min(1).max(100) }),
    output: z.object({ cancelled: z.boolean() }),
  }),
  'job.list': defineOperation({
    name: 'job.list',
    summary: 'The jobs running or queued (a write waits for the one before it on the same workspace), oldest first.',
    input: z.object({}).default({}),
    output: z.object({ jobs: z.array(JobInfoSchema) }),
  }),
} as const;

// Built by a function, not an object spread, so a name defined twice fails at load.
export const operations = operationTable(
  coreOperations,
  workspaceFolderOperations,
  importOperations,
  importRejectOperations,
  scoringOperations,
  segmentOperations,
  exportOperations,
  dashboardOperations,
  exportsOperations,
  warningOperations,
  campaignOperations,
);

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}
