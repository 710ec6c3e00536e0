// Import operations (issue 3: import everything an analyst has). Registered in ../operations.ts.
//
// Flow for a UI: (browser only) PUT the file to UPLOAD_ROUTE → a server path; `import.preview`
// the path → detected format, sample rows and a suggested mapping per source table; let the
// analyst confirm or edit the mapping; `import.run` with a jobId (progress arrives as
// `job.progress` events, `job.cancel` aborts) → counts per table and the first rejects;
// `import.rejects` pages through all rejected rows and `import.rejectGroups` sums them up by
// reason (import-rejects.ts); `import.history` lists past imports.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { canonicalTableNames, mappingFieldNames } from '../../domain/canonical-tables';
import { RejectedRowSchema } from './import-rejects';

export { RejectedRowSchema, type RejectedRow } from './import-rejects';
import { ImportOrdersSchema, LineOrdersPreviewSchema } from './import-orders';

/** Loopback HTTP host only: `PUT /api/upload?name=<file name>` with the raw bytes as the body
 * (Authorization: Bearer <token>) answers `{ ok: true, result: UploadResult }`. */
export const UPLOAD_ROUTE = '/api/upload';
export const UploadResultSchema = z.object({ path: z.string(), bytes: z.number().int().nonnegative() });
export type UploadResult = z.infer<typeof UploadResultSchema>;

/** A file on this computer, checked and ready to preview and import by path (no upload). */
export const LocalFileSchema = z.object({
  /** Absolute, symlinks resolved. */
  path: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type LocalFile = z.infer<typeof LocalFileSchema>;

export const PickFilesOutputSchema = z.object({
  /** Empty when the analyst cancelled the dialog. */
  files: z.array(LocalFileSchema),
  /** Chosen files that cannot be imported, each with why. */
  refused: z.array(z.object({ name: z.string(), code: z.string(), message: z.string() })),
});
export type PickFilesOutput = z.infer<typeof PickFilesOutputSchema>;

export const TextEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'windows-1252']);
export const DelimiterSchema = z.enum([',', ';', '\t', '|']);

/** How to read a file; everything optional (detected when absent). */
export const ReaderOptionsSchema = z.object({
  encoding: TextEncodingSchema.optional(),
  delimiter: DelimiterSchema.optional(),
  /** 'auto' finds the header row (below title rows); false names columns column_1 … column_n. */
  header: z.union([z.boolean(), z.literal('auto')]).optional(),
  /** Spreadsheets: only these sheets. SQL dumps / SQLite files: only these tables. */
  sheets: z.array(z.string().max(255)).max(1000).optional(),
  /** 'common' also reads NA, NULL, \N, N/A … as empty. */
  nullMarkers: z.enum(['empty', 'common', 'none']).optional(),
  /** SQL dumps: schema-only scripts that give column names to positional INSERTs (sakila-schema.sql). */
  schemaFiles: z.array(z.string().min(1)).max(20).optional(),
});
export type ReaderOptions = z.infer<typeof ReaderOptionsSchema>;

/** How to convert values (applies to the whole import). */
export const ConvertSettingsSchema = z.object({
  /** '05/03/2024' is 5 March when true. Year-first dates never depend on it. */
  dayFirst: z.boolean().default(false),
  /** European '1.234,56'. */
  decimalComma: z.boolean().default(false),
});
export type ConvertSettings = z.infer<typeof ConvertSettingsSchema>;

export const CanonicalTableSchema = z.enum(canonicalTableNames);
export type CanonicalTableName = z.infer<typeof CanonicalTableSchema>;
/** A canonical table, or 'raw' (kept only in its raw table). */
export const ImportTargetSchema = z.union([CanonicalTableSchema, z.literal('raw')]);
export type ImportTarget = z.infer<typeof ImportTargetSchema>;

/** One canonical field fed by one source column (`column` is a name from the table's `columns`). */
export const FieldMappingSchema = z.object({
  field: z.enum(mappingFieldNames),
  column: z.string().min(1).max(255),
});
export type FieldMapping = z.infer<typeof FieldMappingSchema>;

/** What to do with one source table (a sheet, a SQL/SQLite table, a CSV file). */
export const TableMappingSchema = z.object({
  /** Source table / sheet name as preview reported it; omitted = any table with these headers. */
  table: z.string().max(255).optional(),
  target: ImportTargetSchema,
  fields: z.array(FieldMappingSchema).max(200).default([]),
});
export type TableMapping = z.infer<typeof TableMappingSchema>;

export const FieldSuggestionSchema = z.object({
  field: z.enum(mappingFieldNames),
  column: z.string(),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  /** e.g. 'header "订单付款时间" is a synonym of order_date; 100% of samples are dates' */
  reason: z.string(),
});
export type FieldSuggestion = z.infer<typeof FieldSuggestionSchema>;

export const MappingSuggestionSchema = z.object({
  target: ImportTargetSchema,
  confidence: z.number().min(0).max(1),
  fields: z.array(FieldSuggestionSchema),
  /** Key fields the target needs but the source lacks, generated instead (e.g. customer_id from the row). */
  generated: z.array(z.string()),
  /** Columns no field takes: they go to the `attributes` JSON column. */
  unmapped: z.array(z.string()),
  /** Other targets considered, best first. */
  alternatives: z.array(z.object({ target: CanonicalTableSchema, confidence: z.number() })),
});
export type MappingSuggestion = z.infer<typeof MappingSuggestionSchema>;

export const SavedMappingSchema = z.object({
  name: z.string().min(1).max(100),
  tables: z
    .array(
      TableMappingSchema.extend({
        /** Header signature the mapping was made for (see PreviewTable.headerSignature). */
        signature: z.string().optional(),
        /** The headers it was made for, for display. */
        columns: z.array(z.string()).default([]),
      }),
    )
    .min(1)
    .max(200),
  updatedAt: z.string().optional(),
});
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

export const ReaderWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});
export type ImportWarning = z.infer<typeof ReaderWarningSchema>;

/** Sample cell: binary values arrive as '0x…' hex text (cut at 64 characters). */
const SampleValueSchema = z.union([z.string(), z.number(), z.null()]);

export const PreviewTableSchema = z.object({
  name: z.string(),
  sheet: z.string().optional(),
  /** Tidy, unique column names: what mappings refer to. */
  columns: z.array(z.string()),
  /** Headers exactly as in the file, same order. */
  sourceColumns: z.array(z.string()),
  headerRow: z.number().int().optional(),
  sampleRows: z.array(z.array(SampleValueSchema)),
  /** Source row number (1-based) of each sample row. */
  sampleRowNumbers: z.array(z.number().int()),
  /** Rows in the table when cheaply known (sheets, SQLite tables); null for streams. */
  rowCount: z.number().int().nullable(),
  /** Case/width/space-insensitive digest of the headers; saved mappings are found by it. */
  headerSignature: z.string(),
  suggestion: MappingSuggestionSchema,
  /** A saved mapping for exactly these headers, applied instead of the suggestion by import.run. */
  savedMapping: z.object({ name: z.string(), mapping: TableMappingSchema }).nullable(),
  /** A line-level mapping (saved, else suggested): the sample rows grouped into orders as the import would. */
  lineOrders: LineOrdersPreviewSchema.nullable().optional(),
});
export type PreviewTable = z.infer<typeof PreviewTableSchema>;

export const PreviewOutputSchema = z.object({
  path: z.string(),
  file: z.string(),
  size: z.number().int().nonnegative(),
  format: z.enum(['csv', 'xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'sqlite', 'sql']),
  encoding: z.string().nullable(),
  /** 0..1; below 0.5 ask the analyst to confirm the encoding. */
  encodingConfidence: z.number().nullable(),
  delimiter: z.string().nullable(),
  hasHeader: z.boolean().nullable(),
  /** SQL dumps: 'mysql' | 'postgres' | 'sqlite' | 'tsql'. */
  dialect: z.string().nullable(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean(), rows: z.number().int() })),
  tables: z.array(PreviewTableSchema),
  /** SQL dumps: statements skipped by kind (CREATE VIEW: 7, SET: 12 …). */
  skippedStatements: z.record(z.string(), z.number()),
  warnings: z.array(ReaderWarningSchema),
  /** Warnings beyond those listed, by code. */
  warningCounts: z.record(z.string(), z.number()),
});
export type PreviewOutput = z.infer<typeof PreviewOutputSchema>;

export const ImportModeSchema = z.enum(['append', 'upsert', 'replace']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export const ImportFileSchema = z.object({
  path: z.string().min(1).max(4096),
  options: ReaderOptionsSchema.default({}),
  /** Per source table; a table not listed follows the run's `mapping`. */
  tables: z.array(TableMappingSchema).max(1000).optional(),
});
export type ImportFile = z.infer<typeof ImportFileSchema>;

export const ImportedTableSchema = z.object({
  file: z.string(),
  table: z.string(),
  sheet: z.string().nullable(),
  target: ImportTargetSchema,
  /** Raw table holding every row with its lineage. */
  rawTable: z.string(),
  /** Where the mapping came from. */
  mappingSource: z.enum(['explicit', 'saved', 'suggested', 'raw']),
  mappingName: z.string().nullable(),
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
});
export type ImportedTable = z.infer<typeof ImportedTableSchema>;

export const ImportResultSchema = z.object({
  importId: z.number().int(),
  mode: ImportModeSchema,
  tables: z.array(ImportedTableSchema),
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  /** Customers created because orders/tickets/… referenced them. */
  customersCreated: z.number().int().nonnegative(),
  /** The first rejected rows (page through the rest with import.rejects). */
  rejected: z.array(RejectedRowSchema),
  warnings: z.array(ReaderWarningSchema),
  skippedStatements: z.record(z.string(), z.number()),
  savedMapping: z.string().nullable(),
  /** Returns, cancellations and lines grouped into orders (import-orders.ts). */
  orders: ImportOrdersSchema,
  durationMs: z.number().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ImportHistoryEntrySchema = z.object({
  importId: z.number().int(),
  importedAt: z.string(),
  mode: z.string(),
  files: z.array(z.string()),
  rowsRead: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  tables: z.array(ImportedTableSchema),
});
export type ImportHistoryEntry = z.infer<typeof ImportHistoryEntrySchema>;

export const TargetFieldSchema = z.object({
  field: z.string(),
  /** 'status' is written from a churn flag / active flag. */
  type: z.enum(['text', 'integer', 'decimal', 'percent', 'boolean', 'date', 'datetime', 'enum']),
  required: z.boolean(),
  /** Part of the upsert key. */
  key: z.boolean(),
  /** Generated from the row when no column is mapped. */
  generated: z.boolean(),
  /** For enums: allowed values. */
  values: z.array(z.string()).optional(),
});

/** What import.run takes (and workspace.createFromFiles, with the new workspace's path). */
export const ImportRunInputSchema = z.object({
  jobId: z.string().min(1).max(100).optional(),
  files: z.array(ImportFileSchema).min(1).max(100),
  /** For tables without an explicit mapping: 'auto' = saved mapping by headers, else the suggestion; 'raw' = raw tables only; otherwise the name of a saved mapping. */
  mapping: z.string().min(1).max(100).default('auto'),
  mode: ImportModeSchema.default('append'),
  settings: ConvertSettingsSchema.default({ dayFirst: false, decimalComma: false }),
  /** Save the mappings actually used under this name (reused for files with the same headers). */
  saveMappingAs: z.string().min(1).max(100).optional(),
  /** Parser worker heap cap. */
  memoryLimitMb: z.number().int().min(64).max(16_384).optional(),
});

export const importOperations = {
  'import.targets': defineOperation({
    name: 'import.targets',
    summary: 'The canonical tables and their fields a source column can be mapped onto.',
    input: z.object({}).default({}),
    output: z.object({
      /** Labels are the client's: `data:canonical.tables.<name>`, `data:canonical.fields.<name>.<field>`. */
      tables: z.array(z.object({ name: CanonicalTableSchema, fields: z.array(TargetFieldSchema) })),
    }),
  }),
  'import.stage': defineOperation({
    name: 'import.stage',
    summary: 'Check a local file for import by path (the desktop app and drops): it must exist, be a regular file, and have an accepted extension whose leading bytes match.',
    input: z.object({ path: z.string().min(1).max(4096) }),
    output: LocalFileSchema,
  }),
  'import.pickFiles': defineOperation({
    name: 'import.pickFiles',
    summary: 'Desktop app only: the native Open dialog; every chosen file is checked as by import.stage.',
    input: z.object({}).default({}),
    output: PickFilesOutputSchema,
  }),
  'import.preview': defineOperation({
    name: 'import.preview',
    summary: 'Detect format, encoding, delimiter, sheets and header row; sample rows and a suggested (or saved) mapping per table.',
    long: true,
    input: z.object({
      jobId: z.string().min(1).max(100).optional(),
      path: z.string().min(1).max(4096),
      options: ReaderOptionsSchema.default({}),
      sampleRows: z.number().int().min(1).max(500).default(20),
      settings: ConvertSettingsSchema.default({ dayFirst: false, decimalComma: false }),
    }),
    output: PreviewOutputSchema,
  }),
  'import.run': defineOperation({
    name: 'import.run',
    summary: 'Import files into the open workspace in one transaction: raw tables with lineage, then the canonical tables.',
    long: true,
    input: ImportRunInputSchema,
    output: ImportResultSchema,
  }),
  'import.history': defineOperation({
    name: 'import.history',
    summary: 'Past imports, newest first, with counts per source table.',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }),
    output: z.object({ imports: z.array(ImportHistoryEntrySchema) }),
  }),
  'mapping.list': defineOperation({
    name: 'mapping.list',
    summary: 'Saved column mappings.',
    input: z.object({}).default({}),
    output: z.object({ mappings: z.array(SavedMappingSchema) }),
  }),
  'mapping.save': defineOperation({
    name: 'mapping.save',
    summary: 'Save (or overwrite) a named column mapping.',
    input: SavedMappingSchema,
    output: SavedMappingSchema,
  }),
  'mapping.delete': defineOperation({
    name: 'mapping.delete',
    summary: 'Delete a saved column mapping.',
    input: z.object({ name: z.string().min(1).max(100) }),
    output: z.object({ deleted: z.boolean() }),
  }),
} as const;
