// Dashboards and the monthly report as files a manager opens: an Excel workbook that looks like
// the screen (cover sheet, a sheet per widget, real conditional formats, native charts), a PDF of
// the same page, and the monthly churn report. Each runs as a reading job (progress, cancel) and
// writes under a temporary name renamed at the end. Desktop and CLI give a path; the browser host
// refuses one and answers a download id. export.printToPdf is the desktop app's own PDF (Electron's
// printToPDF of the window), answered by the main process like export.pickSavePath.
import { z } from 'zod';
import { DashboardFiltersSchema, DashboardNameSchema, DashboardSpecSchema } from '../../dashboards/dashboard';
import { locales } from '../../i18n/locales';
import { defineOperation } from '../operation';

const jobId = z.string().min(1).max(100).optional();

export const EXPORT_DOCUMENT_FORMATS = ['xlsx', 'pdf'] as const;
export const ExportDocumentFormatSchema = z.enum(EXPORT_DOCUMENT_FORMATS);
export type ExportDocumentFormat = z.infer<typeof ExportDocumentFormatSchema>;

export const PDF_PAGE_SIZES = ['A4', 'A3'] as const;
export const PdfPageSizeSchema = z.enum(PDF_PAGE_SIZES);

/** A logo for the cover (PNG or JPEG, at most 2 MB): base64, so every host can send one the analyst picked. */
export const EXPORT_LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const ExportLogoSchema = z.strictObject({
  mime: z.enum(['image/png', 'image/jpeg']),
  base64: z
    .string()
    .max(Math.ceil(EXPORT_LOGO_MAX_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type ExportLogo = z.infer<typeof ExportLogoSchema>;

/** 'YYYY-MM': the month a monthly report covers. */
export const ReportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** A sheet of a written workbook, in order: what the tests and the CLI's --json report. */
export const ExportedSheetSchema = z.object({
  name: z.string(),
  /** cover; widget (a widget's data); list (rows of a list widget, continued past Excel's row limit); note (e.g. no campaigns yet). */
  kind: z.enum(['cover', 'widget', 'list', 'note']),
  /** The widget the sheet holds, if any. */
  widgetId: z.string().nullable(),
  rows: z.number().int().nonnegative(),
  /** native: an Excel chart bound to the sheet's cells; image: a picture of the chart; none. */
  chart: z.enum(['native', 'image', 'none']),
});
export type ExportedSheet = z.infer<typeof ExportedSheetSchema>;

export const ExportedFileSchema = z.object({
  format: ExportDocumentFormatSchema,
  fileName: z.string(),
  path: z.string().nullable(),
  downloadId: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  /** The workbook's sheets (empty for a PDF). */
  sheets: z.array(ExportedSheetSchema),
  /** A PDF's pages (null for a workbook). */
  pages: z.number().int().positive().nullable(),
  /** The snapshot date the numbers are as of, 'YYYY-MM-DD', or null without a snapshot. */
  dataDate: z.string().nullable(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

const documentOptions = {
  format: ExportDocumentFormatSchema.default('xlsx'),
  /** Titles, labels, number formats and the cover in this language. */
  language: z.enum(locales).default('zh-CN'),
  logo: ExportLogoSchema.optional(),
  /** PDF only: the paper, always landscape. */
  pageSize: PdfPageSizeSchema.default('A4'),
  /** Desktop and CLI: the file, or a folder to write a file named after the title and date in. The browser host refuses a path and offers a download. */
  path: z.string().min(1).max(4096).optional(),
  jobId,
};

export const exportsOperations = {
  'dashboard.export': defineOperation({
    name: 'dashboard.export',
    summary:
      'Export a dashboard as it shows under the filters in force: an Excel workbook (cover with KPI cards and charts, a sheet per widget with styled headers, locale formats, frozen header, auto-filter, conditional formats and native charts; long lists streamed and continued past Excel’s row limit) or a PDF (vector charts, the CJK font embedded). Desktop and CLI give a path; the browser host answers a download id.',
    long: true,
    input: z.object({
      /** The dashboard's name: the title of the cover and the file. */
      name: DashboardNameSchema,
      /** The dashboard as on screen, saved or not. */
      spec: DashboardSpecSchema,
      filters: DashboardFiltersSchema.default({ global: [], linkage: [], drill: {} }),
      /** Every row of list widgets, not only the rows the widget shows (streamed to disk). */
      fullLists: z.boolean().default(false),
      ...documentOptions,
    }),
    output: ExportedFileSchema,
  }),
  'report.monthly': defineOperation({
    name: 'report.monthly',
    summary:
      'The monthly churn report for one month: summary KPIs against the previous month and the same month last year, the 12-month churn trend, churn by segment, region and owner, reasons, the health score by component, the high-risk list by owner, campaign results (a note until campaigns exist), charts embedded; as an Excel workbook or a PDF. Every number equals the dashboard query for the same filters.',
    long: true,
    input: z.object({ month: ReportMonthSchema, ...documentOptions }),
    output: ExportedFileSchema,
  }),
  'export.printToPdf': defineOperation({
    name: 'export.printToPdf',
    summary:
      'Desktop app only: print the window’s page to a PDF with Electron’s printToPDF (landscape, A4 or A3, a header with the title and data date, page numbers), answered by the main process; other hosts say desktopOnly and use dashboard.export with format pdf.',
    input: z.object({
      path: z.string().min(1).max(4096),
      title: z.string().max(200),
      dataDate: z.string().max(40).nullable(),
      pageSize: PdfPageSizeSchema.default('A4'),
    }),
    output: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }),
  }),
} as const;
