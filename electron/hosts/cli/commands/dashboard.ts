// dashboard list|save|export: saved dashboards, dashboard files (*.churndash) and Excel / PDF
// exports (dashboard-export.ts) from the command line (issues 12 and 13 "CLI"). Thin: every answer comes from the service's dashboard operations. `save`
// packages saved dashboards (one by name or id, or every one); on a workspace with none it
// refuses (reason dashboardNoneSaved) unless --template names a template, whose copy is saved
// under the template's name in --lang and packaged: a nightly script then needs no app at all.
// Errors that carry a reason print as its label in --lang, on one line.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { DEFAULT_K_ANONYMITY } from '../../../../shared/contract/domains/dashboards';
import { AppError, isAppError } from '../../../../shared/contract/errors';
import type { JobProgress } from '../../../../shared/contract/events';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { dashboardsEn } from '../../../../shared/i18n/messages/dashboards.en';
import { dashboardsZhCN } from '../../../../shared/i18n/messages/dashboards.zh-CN';
import { templateSpec } from '../../../../shared/dashboards/templates';
import type { Service } from '../../../service/service';
import { call, optionalNumber, print, usageError, type Command, type CommandContext } from '../command';
import { reasonText, type CliLang } from '../warning-text';
import { exportDashboard } from './dashboard-export';

const VERBS = ['list', 'save', 'export'] as const;
type Verb = (typeof VERBS)[number];
/** The templates a script may package: a dashboard file carries no campaign member, so not the campaign review. */
const CLI_TEMPLATES = ['cockpit', 'monthly'] as const;
type CliTemplate = (typeof CLI_TEMPLATES)[number];
const EXTENSION = '.churndash';
/** Every template exports to xlsx / PDF, the campaign review included. */
const EXPORT_TEMPLATES = ['cockpit', 'monthly', 'campaign'] as const;

type Summary = OperationOutput<'dashboard.list'>['dashboards'][number];

function langOf(value: unknown): CliLang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN') return 'zh-CN';
  return usageError('dashboard: --lang must be en or zh-CN');
}

function templateOf(value: unknown): CliTemplate | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && (CLI_TEMPLATES as readonly string[]).includes(value)) return value as CliTemplate;
  return usageError(`dashboard save: --template must be ${CLI_TEMPLATES.join(' or ')}`);
}

function kOf(value: unknown): number {
  const k = optionalNumber(value, 'k') ?? DEFAULT_K_ANONYMITY;
  if (!Number.isInteger(k) || k < 1 || k > 1000) usageError('dashboard save: --k must be a whole number from 1 to 1000');
  return k;
}

/** --out as given, with the extension added when it has none (so the file opens by double click); a folder stays a folder. */
function outPath(value: unknown): string {
  if (typeof value !== 'string' || value === '') usageError(`dashboard save: --out FILE${EXTENSION} is required`);
  const path = resolve(value);
  const isFolder = statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  return isFolder || extname(path) !== '' ? path : `${path}${EXTENSION}`;
}

function find(dashboards: readonly Summary[], ref: string): Summary {
  const found = dashboards.find((d) => String(d.id) === ref) ?? dashboards.find((d) => d.name.toLowerCase() === ref.toLowerCase());
  if (!found) throw new AppError('NOT_FOUND', `dashboard: no saved dashboard named ${ref}`, { reason: 'dashboardNotFound', params: { id: ref } });
  return found;
}

/**
 * The template's copy, named after the template in the chosen language. A dashboard of that name
 * already saved is packaged as it is: the CLI never overwrites what the analyst edited in the app,
 * and running the same script every night does not pile up copies.
 */
async function templateCopy(service: Service, dashboards: readonly Summary[], template: CliTemplate, lang: CliLang): Promise<Summary> {
  const name = (lang === 'zh-CN' ? dashboardsZhCN : dashboardsEn).templates.names[template];
  const existing = dashboards.find((d) => d.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const saved = await call(service, 'dashboard.save', { name, spec: templateSpec(template) });
  return { id: saved.id, name: saved.name, template, widgetCount: saved.spec.widgets.length, updatedAt: saved.updatedAt };
}

async function chosen(ctx: CommandContext, lang: CliLang): Promise<Summary[]> {
  const { dashboards } = await call(ctx.service, 'dashboard.list', {});
  const template = templateOf(ctx.options.template);
  const ref = ctx.args[2];
  if (template !== null && ref !== undefined) usageError('dashboard save: give a NAME or --template, not both');
  if (template !== null) return [await templateCopy(ctx.service, dashboards, template, lang)];
  if (ref !== undefined) return [find(dashboards, ref)];
  if (dashboards.length === 0) throw new AppError('NOT_FOUND', 'dashboard save: the workspace has no saved dashboards', { reason: 'dashboardNoneSaved' });
  return dashboards;
}

/** `writing 3/7` on stderr while the file is built, on a terminal only (like import). */
function showProgress(ctx: CommandContext, jobId: string): () => void {
  if (ctx.json || !process.stderr.isTTY) return () => undefined;
  const off = ctx.service.subscribe((event, payload) => {
    const p = payload as JobProgress;
    if (event !== 'job.progress' || p.jobId !== jobId) return;
    const table = typeof p.params?.table === 'string' ? ` ${p.params.table}` : '';
    process.stderr.write(`\r\x1b[K${p.phase}${table}  ${p.done}${p.total !== null ? `/${p.total}` : ''}`);
  });
  return () => {
    off();
    process.stderr.write('\r\x1b[K');
  };
}

async function save(ctx: CommandContext, lang: CliLang): Promise<void> {
  const path = outPath(ctx.options.out);
  const kAnonymity = kOf(ctx.options.k);
  const includeDetail = ctx.options['include-detail'] === true;
  const dashboards = await chosen(ctx, lang);
  const jobId = `cli-dashboard-save-${process.pid}`;
  const done = showProgress(ctx, jobId);
  let result: OperationOutput<'dashboard.saveFile'>;
  try {
    result = await call(ctx.service, 'dashboard.saveFile', { ids: dashboards.map((d) => d.id), kAnonymity, includeDetail, path, jobId });
  } finally {
    done();
  }
  const m = result.manifest;
  print(ctx, result, () =>
    [
      `${result.path ?? result.fileName}  ${result.bytes} bytes`,
      `dashboards      ${m.dashboardNames.join(', ')}`,
      `data date       ${m.dataDate ?? '—'}`,
      `k-anonymity     ${m.kAnonymity} (smaller groups merged into Other)`,
      `detail lists    ${m.includeDetail ? 'every matching row' : 'the rows the widgets show'}`,
      ...m.tables.map((t) => `  ${t.name.padEnd(20)} ${t.rows} rows`),
      `checksum        ${m.checksum}`,
    ].join('\n'),
  );
}

function list(ctx: CommandContext, result: OperationOutput<'dashboard.list'>): void {
  print(ctx, result, () =>
    result.dashboards.length === 0
      ? 'no saved dashboards'
      : ['id\ttemplate\twidgets\tupdated\tname', ...result.dashboards.map((d) => `${d.id}\t${d.template ?? '—'}\t${d.widgetCount}\t${d.updatedAt}\t${d.name}`)].join('\n'),
  );
}

/** A reason's label in --lang instead of the service's English message; anything else unchanged. */
function translated(error: unknown, lang: CliLang): unknown {
  if (!isAppError(error) || error.reason === undefined) return error;
  return new AppError(error.code, reasonText(error.reason, error.params ?? {}, lang), { reason: error.reason, params: error.params });
}

export const dashboardCommand: Command = {
  name: 'dashboard',
  usage:
    'dashboard list WORKSPACE [--json]                    saved dashboards (id, name, template, widgets, last change)\n' +
    `  dashboard save WORKSPACE [NAME | --template ${CLI_TEMPLATES.join('|')}] --out FILE${EXTENSION} [--include-detail] [--k N] [--lang en|zh-CN] [--json]\n` +
    '         write a dashboard file of one saved dashboard (name or id) or of all of them; --template saves a copy of a template first\n' +
    `  dashboard export WORKSPACE [NAME | --template ${EXPORT_TEMPLATES.join('|')}] --out FILE.xlsx|FILE.pdf [--full-lists] [--page-size A4|A3] [--lang en|zh-CN] [--json]\n` +
    '         export a saved dashboard or a template as an Excel workbook or a PDF (no window, no network)',
  options: {
    out: { type: 'string' },
    'include-detail': { type: 'boolean' },
    k: { type: 'string' },
    template: { type: 'string' },
    lang: { type: 'string' },
    'full-lists': { type: 'boolean' },
    'page-size': { type: 'string' },
  },
  async run(ctx) {
    const verb = ctx.args[0] ?? usageError('dashboard: missing list|save|export');
    if (!(VERBS as readonly string[]).includes(verb)) usageError(`dashboard: unknown action ${verb} (list, save or export)`);
    const lang = langOf(ctx.options.lang);
    const workspace = ctx.args[1] ?? usageError(`dashboard ${verb}: missing WORKSPACE`);
    try {
      // Only a template copy writes to the workspace; everything else reads.
      await ctx.service.session.open(workspace, { readOnly: verb !== 'save' || ctx.options.template === undefined });
      switch (verb as Verb) {
        case 'list':
          list(ctx, await call(ctx.service, 'dashboard.list', {}));
          return 0;
        case 'save':
          await save(ctx, lang);
          return 0;
        case 'export':
          await exportDashboard(ctx, lang);
          return 0;
      }
    } catch (error) {
      throw translated(error, lang);
    }
  },
};
