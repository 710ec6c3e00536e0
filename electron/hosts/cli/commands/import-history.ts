// imports, rejects: what past imports did, and every row one of them rejected (as CSV on request,
// or summed up by reason with --summary), through the same operations the Data page uses.
import { writeFileSync } from 'node:fs';
import type { ImportHistoryEntry, RejectedRow } from '../../../../shared/contract/domains/import';
import type { Locale } from '../../../../shared/i18n/locales';
import { rejectsCsv, rejectsCsvHeaders } from '../../../../shared/import/rejects-csv';
import { call, optionalNumber, print, required, usageError, type Command } from '../command';
import { cliLocale, rejectLine, rejectSummaryLines } from '../reject-summary';

const PAGE = 10_000;

function formatHistory(imports: readonly ImportHistoryEntry[]): string {
  if (imports.length === 0) return 'no imports yet';
  const out: string[] = [];
  for (const i of imports) {
    out.push(`import ${i.importId}  ${i.importedAt}  ${i.mode}  ${i.rowsRead} read, ${i.rowsImported} imported, ${i.rowsRejected} rejected  (${i.files.join(', ')})`);
    for (const t of i.tables) {
      const target = t.target === 'raw' ? `raw (${t.rawTable})` : t.target;
      out.push(`  ${t.file}  ${t.sheet ?? t.table}  → ${target}  ${t.rowsRead} read, ${t.rowsImported} imported, ${t.rowsRejected} rejected`);
    }
  }
  return out.join('\n');
}

function formatRejects(rows: readonly RejectedRow[], total: number, locale: Locale): string {
  const out = rows.map((r) => rejectLine(r, locale));
  out.push(`${total} rejected row value(s)`);
  return out.join('\n');
}

export const importsCommand: Command = {
  name: 'imports',
  usage: 'imports WORKSPACE [--limit N] [--json]                past imports, newest first, with counts per source table',
  options: { limit: { type: 'string' } },
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'imports'), { readOnly: true });
    const history = await call(ctx.service, 'import.history', { limit: optionalNumber(ctx.options.limit, 'limit') ?? 50 });
    print(ctx, history, () => formatHistory(history.imports));
    return 0;
  },
};

export const rejectsCommand: Command = {
  name: 'rejects',
  usage:
    'rejects WORKSPACE IMPORT_ID [--summary] [--out FILE.csv] [--lang en|zh-CN] [--json]\n' +
    '         the rows an import rejected (file, sheet, row, column, value, reason), or one line per reason with --summary',
  options: { out: { type: 'string' }, summary: { type: 'boolean' }, lang: { type: 'string' } },
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'rejects'), { readOnly: true });
    const importId = Number(required(ctx, 1, 'IMPORT_ID', 'rejects'));
    if (!Number.isInteger(importId)) usageError('rejects: IMPORT_ID must be a whole number (see `churn-cockpit imports`)');
    const locale = cliLocale(ctx.options.lang);
    if (ctx.options.summary === true) {
      const summary = await call(ctx.service, 'import.rejectGroups', { importId });
      print(ctx, { importId, ...summary }, () => [...rejectSummaryLines(summary, locale), `${summary.total} rejected row value(s)`].join('\n'));
      return 0;
    }
    const rows: RejectedRow[] = [];
    let total = 0;
    for (;;) {
      const page = await call(ctx.service, 'import.rejects', { importId, offset: rows.length, limit: PAGE });
      total = page.total;
      rows.push(...page.rows);
      if (page.rows.length === 0 || rows.length >= total) break;
    }
    const out = ctx.options.out;
    if (typeof out === 'string') {
      // The reason in the chosen language, and its code beside it for filters that work in either.
      writeFileSync(out, rejectsCsv(rows, rejectsCsvHeaders(locale), locale));
      print(ctx, { importId, total, file: out }, () => `${total} rejected row value(s) written to ${out}`);
      return 0;
    }
    print(ctx, { importId, total, rows }, () => formatRejects(rows, total, locale));
    return 0;
  },
};
