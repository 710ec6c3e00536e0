// import: files into a workspace (created when missing), through the same service edge.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { TableMappingSchema, type ImportResult } from '../../../../shared/contract/domains/import';
import type { OperationOutput } from '../../../../shared/contract/operations';
import type { Locale } from '../../../../shared/i18n/locales';
import { call, usageError, type Command, type CommandContext } from '../command';
import { cliLocale, rejectSummaryLines } from '../reject-summary';

const MappingFileSchema = z.object({ name: z.string().optional(), tables: z.array(TableMappingSchema).min(1) });

function strings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** --mapping FILE: a JSON file of per-table mappings; tables it does not list stay raw. */
function mappingFile(path: string): z.infer<typeof MappingFileSchema> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    usageError(`--mapping ${path}: not a readable JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = MappingFileSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    usageError(`--mapping ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid mapping'}`);
  }
  return result.data;
}

function formatResult(r: ImportResult, summary: OperationOutput<'import.rejectGroups'> | null, locale: Locale): string {
  const rows = r.tables.map((t) => [
    t.file,
    t.sheet ?? t.table,
    t.target === 'raw' ? `raw (${t.rawTable})` : t.target,
    String(t.rowsRead),
    String(t.rowsImported),
    String(t.rowsRejected),
  ]);
  const head = ['file', 'table', 'target', 'read', 'imported', 'rejected'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(head), ...rows.map(line)];
  out.push(
    '',
    `import ${r.importId} (${r.mode}): ${r.rowsRead} read, ${r.rowsImported} imported, ${r.rowsRejected} rejected, ${r.customersCreated} customers created, ${(r.durationMs / 1000).toFixed(1)} s`,
  );
  // One line per reason, however many rows it holds (a file of guest checkouts is one line, not thousands).
  if (summary) out.push(...rejectSummaryLines(summary, locale));
  if (r.rowsRejected > 0) out.push(`  … all of them: churn-cockpit rejects WORKSPACE ${r.importId} [--out rejects.csv]`);
  if (r.savedMapping) out.push(`mapping saved as "${r.savedMapping}"`);
  if (r.orders.fromLines) out.push(`${r.orders.fromLines.lines} order lines grouped into ${r.orders.fromLines.orders} orders`);
  if (r.orders.refunded + r.orders.cancelled > 0) out.push(`${r.orders.refunded} orders treated as returns, ${r.orders.cancelled} as cancellations`);
  return out.join('\n');
}

function showProgress(ctx: CommandContext, jobId: string): () => void {
  if (ctx.json || !process.stderr.isTTY) return () => undefined;
  const off = ctx.service.subscribe((event, payload) => {
    const p = payload as { jobId?: string; done?: number; bytes?: number; totalBytes?: number; rate?: number; etaSeconds?: number | null };
    if (event !== 'job.progress' || p.jobId !== jobId) return;
    const pct = p.totalBytes ? Math.floor(((p.bytes ?? 0) / p.totalBytes) * 100) : 0;
    process.stderr.write(`\r${pct}%  ${p.done ?? 0} rows  ${p.rate ?? 0} rows/s  ${p.etaSeconds ?? '?'} s left   `);
  });
  return () => {
    off();
    process.stderr.write('\r\x1b[K');
  };
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import WORKSPACE FILE... [--sheet S] [--encoding E] [--mapping NAME|FILE|auto|raw] [--mode append|upsert|replace]\n' +
    '         [--schema FILE] [--save-mapping NAME] [--day-first] [--lang en|zh-CN] [--json]\n' +
    '         import files (the workspace is created if missing); rejected rows are summed up by reason',
  options: {
    sheet: { type: 'string', multiple: true },
    encoding: { type: 'string' },
    mapping: { type: 'string' },
    mode: { type: 'string' },
    schema: { type: 'string', multiple: true },
    'save-mapping': { type: 'string' },
    'day-first': { type: 'boolean' },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const [workspace, ...files] = ctx.args;
    if (!workspace || files.length === 0) usageError('import: give a WORKSPACE and at least one FILE');
    const mode = string(ctx.options.mode) ?? 'append';
    const locale = cliLocale(ctx.options.lang);
    if (!['append', 'upsert', 'replace'].includes(mode)) usageError('--mode must be append, upsert or replace');
    const mappingArg = string(ctx.options.mapping) ?? 'auto';
    const fromFile = mappingArg.toLowerCase().endsWith('.json') || (mappingArg !== 'auto' && mappingArg !== 'raw' && existsSync(mappingArg)) ? mappingFile(mappingArg) : null;
    const sheets = strings(ctx.options.sheet);
    const encoding = string(ctx.options.encoding);
    const schemaFiles = strings(ctx.options.schema);
    const jobId = `cli-import-${process.pid}`;
    const input = {
      jobId,
      files: files.map((path) => ({
        path,
        options: {
          ...(encoding ? { encoding } : {}),
          ...(sheets.length ? { sheets } : {}),
          ...(schemaFiles.length ? { schemaFiles } : {}),
        },
        ...(fromFile ? { tables: fromFile.tables } : {}),
      })),
      mapping: fromFile ? 'raw' : mappingArg,
      mode,
      settings: { dayFirst: ctx.options['day-first'] === true, decimalComma: false },
      ...(string(ctx.options['save-mapping']) ? { saveMappingAs: string(ctx.options['save-mapping']) } : {}),
    };
    // A missing workspace is made by the import itself, so that a failed import leaves none behind.
    const create = !existsSync(workspace);
    if (!create) await ctx.service.session.open(workspace);
    const stop = showProgress(ctx, jobId);
    let result: ImportResult;
    try {
      result = create ? (await call(ctx.service, 'workspace.createFromFiles', { ...input, path: workspace })).import : await call(ctx.service, 'import.run', input);
    } finally {
      stop();
    }
    if (ctx.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const summary = result.rowsRejected > 0 ? await call(ctx.service, 'import.rejectGroups', { importId: result.importId }) : null;
    process.stdout.write(`${formatResult(result, summary, locale)}\n`);
    return 0;
  },
};
