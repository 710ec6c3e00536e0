// Child of workbook-lists.test.ts: writes a list workbook under a file-size limit (ulimit -f), so
// the disk "fills" midway; prints the error's code and reason, and the folder's files after.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { AppError } from '../../shared/contract/errors';
import { fixtureDocument, LIST_COLUMNS, listRows, pagedTable } from './workbook-fixture';

const [path] = process.argv.slice(2) as [string];
const base = fixtureDocument();
const doc = {
  ...base,
  kpis: [],
  texts: [],
  sections: [
    { widgetId: 'risk', title: '高风险客户', kind: 'list' as const, table: pagedTable(LIST_COLUMNS, listRows(30_000), 1000), chart: null, rules: [], notes: [], layout: null },
  ],
};
const outcome = await writeWorkbook(doc, { path, signal: new AbortController().signal, onProgress: () => undefined }).then(
  () => ({ code: 'OK', reason: null as string | null, params: null as unknown }),
  (error: unknown) =>
    error instanceof AppError ? { code: error.code, reason: error.reason ?? null, params: error.params ?? null } : { code: String(error), reason: null, params: null },
);
process.stdout.write(`${JSON.stringify({ ...outcome, files: readdirSync(dirname(join(path))) })}\n`);
