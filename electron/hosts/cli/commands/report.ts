// report WORKSPACE --month YYYY-MM: the monthly churn report from the command line, with no window
// and no network (a cron job or Task Scheduler runs it). Thin: report.monthly does the work.
// --out FILE.xlsx and/or --pdf FILE.pdf (both: two files, one job each); neither: a workbook named
// after the report's title in the current folder. One line per file; --json prints the answers.
import { resolve } from 'node:path';
import { ReportMonthSchema, type ExportedFile } from '../../../../shared/contract/domains/exports';
import { call, print, usageError, type Command, type CommandContext } from '../command';
import { exportedText, exportProgress, langOption, translatedError } from './export-progress';

function target(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') usageError(`report: --${option} needs a file`);
  return resolve(value);
}

async function write(ctx: CommandContext, input: { month: string; language: 'en' | 'zh-CN'; format: 'xlsx' | 'pdf'; path: string; pageSize?: string }): Promise<ExportedFile> {
  const jobId = `cli-report-${input.format}-${process.pid}`;
  const done = exportProgress(ctx, jobId);
  try {
    return await call(ctx.service, 'report.monthly', { ...input, jobId });
  } finally {
    done();
  }
}

export const reportCommand: Command = {
  name: 'report',
  usage:
    'report WORKSPACE --month YYYY-MM [--out FILE.xlsx] [--pdf FILE.pdf] [--page-size A4|A3] [--lang zh-CN|en] [--json]\n' +
    '         the monthly churn report (KPIs vs previous month and last year, trend, breakdowns, health, high-risk list); neither --out nor --pdf: an .xlsx in the current folder',
  options: { month: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'string' }, lang: { type: 'string' }, 'page-size': { type: 'string' } },
  async run(ctx) {
    const lang = langOption(ctx.options.lang, 'report');
    const workspace = ctx.args[0] ?? usageError('report: missing WORKSPACE');
    const month = ctx.options.month;
    if (typeof month !== 'string' || !ReportMonthSchema.safeParse(month).success) usageError('report: --month YYYY-MM is required (e.g. --month 2024-06)');
    const pageSize = ctx.options['page-size'];
    if (pageSize !== undefined && pageSize !== 'A4' && pageSize !== 'A3') usageError('report: --page-size must be A4 or A3');
    const xlsx = target(ctx.options.out, 'out');
    const pdf = target(ctx.options.pdf, 'pdf');
    try {
      await ctx.service.session.open(workspace, { readOnly: true });
      const files: ExportedFile[] = [];
      if (xlsx !== undefined || pdf === undefined) files.push(await write(ctx, { month, language: lang, format: 'xlsx', path: xlsx ?? process.cwd() }));
      if (pdf !== undefined) files.push(await write(ctx, { month, language: lang, format: 'pdf', path: pdf, ...(pageSize ? { pageSize } : {}) }));
      print(ctx, files.length === 1 ? files[0] : files, () => files.map(exportedText).join('\n'));
      return 0;
    } catch (error) {
      throw translatedError(error, lang);
    }
  },
};
