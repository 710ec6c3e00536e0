// dashboard export: a saved dashboard (by name or id) or a template as an Excel workbook or a PDF,
// as the app's Export menu writes it with no filter in force. Thin: dashboard.get / templates and
// dashboard.export. The format follows --out's extension (.xlsx or .pdf); a template is exported
// under its name in --lang without saving a copy, so the workspace is only read.
import { extname, resolve } from 'node:path';
import { AppError } from '../../../../shared/contract/errors';
import type { ExportedFile } from '../../../../shared/contract/domains/exports';
import { templateSpec } from '../../../../shared/dashboards/templates';
import type { DashboardSpec } from '../../../../shared/dashboards/dashboard';
import { dashboardsEn } from '../../../../shared/i18n/messages/dashboards.en';
import { dashboardsZhCN } from '../../../../shared/i18n/messages/dashboards.zh-CN';
import { call, print, usageError, type CommandContext } from '../command';
import type { CliLang } from '../warning-text';
import { exportedText, exportProgress } from './export-progress';

const TEMPLATES = ['cockpit', 'monthly', 'campaign'] as const;

function formatOf(path: string): 'xlsx' | 'pdf' {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.pdf') return 'pdf';
  return usageError('dashboard export: --out must end in .xlsx or .pdf');
}

async function chosen(ctx: CommandContext, lang: CliLang): Promise<{ name: string; spec: DashboardSpec }> {
  const template = ctx.options.template;
  const ref = ctx.args[2];
  if (template !== undefined) {
    if (ref !== undefined) usageError('dashboard export: give a NAME or --template, not both');
    if (typeof template !== 'string' || !(TEMPLATES as readonly string[]).includes(template)) usageError(`dashboard export: --template must be ${TEMPLATES.join(' or ')}`);
    const id = template as (typeof TEMPLATES)[number];
    return { name: (lang === 'zh-CN' ? dashboardsZhCN : dashboardsEn).templates.names[id], spec: templateSpec(id) };
  }
  if (ref === undefined) usageError(`dashboard export: give the NAME (or id) of a saved dashboard, or --template ${TEMPLATES.join('|')}`);
  const { dashboards } = await call(ctx.service, 'dashboard.list', {});
  const found = dashboards.find((d) => String(d.id) === ref) ?? dashboards.find((d) => d.name.toLowerCase() === ref.toLowerCase());
  if (!found) throw new AppError('NOT_FOUND', `dashboard: no saved dashboard named ${ref}`, { reason: 'dashboardNotFound', params: { id: ref } });
  const record = await call(ctx.service, 'dashboard.get', { id: found.id });
  return { name: record.name, spec: record.spec };
}

export async function exportDashboard(ctx: CommandContext, lang: CliLang): Promise<void> {
  const out = ctx.options.out;
  if (typeof out !== 'string' || out === '') usageError('dashboard export: --out FILE.xlsx or FILE.pdf is required');
  const path = resolve(out);
  const format = formatOf(path);
  const pageSize = ctx.options['page-size'];
  if (pageSize !== undefined && pageSize !== 'A4' && pageSize !== 'A3') usageError('dashboard export: --page-size must be A4 or A3');
  const { name, spec } = await chosen(ctx, lang);
  const jobId = `cli-dashboard-export-${process.pid}`;
  const done = exportProgress(ctx, jobId);
  let result: ExportedFile;
  try {
    result = await call(ctx.service, 'dashboard.export', {
      name,
      spec,
      format,
      language: lang,
      fullLists: ctx.options['full-lists'] === true,
      path,
      jobId,
      ...(pageSize ? { pageSize } : {}),
    });
  } finally {
    done();
  }
  print(ctx, result, () => exportedText(result));
}
