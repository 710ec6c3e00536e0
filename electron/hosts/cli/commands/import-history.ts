// imports, rejects: what past imports did, and every row one of them rejected (as CSV on request),
// through the same operations the Data page uses.
import { writeFileSync } from 'node:fs';
import type { ImportHistoryEntry, RejectedRow } from '../../../../shared/contract/domains/import';
import { ENGLISH_REJECTS_HEADERS, rejectsCsv } from '../../../../shared/import/rejects-csv';
import { call, optionalNumber, print, required, usageError, type Command } from '../command';

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

function formatRejects(rows: readonly RejectedRow[], total: number): string {
  const out = rows.map(
    (r) =>
      `${r.file}${r.sheet ? ` [${r.sheet}]` : ''} row ${r.row}${r.column ? ` column "${r.column}"` : ''}${r.value === null ? '' : ` value ${JSON.stringify(r.value)}`}: ${r.reason}`,
  );
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
  usage: 'rejects WORKSPACE IMPORT_ID [--out FILE.csv] [--json] the rows an import rejected (file, sheet, row, column, value, reason)',
  options: { out: { type: 'string' } },
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'rejects'), { readOnly: true });
    const importId = Number(required(ctx, 1, 'IMPORT_ID', 'rejects'));
    if (!Number.isInteger(importId)) usageError('rejects: IMPORT_ID must be a whole number (see `churn-cockpit imports`)');
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
      // Reasons keep both languages: the file may be read by either.
      writeFileSync(out, rejectsCsv(rows, ENGLISH_REJECTS_HEADERS));
      print(ctx, { importId, total, file: out }, () => `${total} rejected row value(s) written to ${out}`);
      return 0;
    }
    print(ctx, { importId, total, rows }, () => formatRejects(rows, total));
    return 0;
  },
};
