// Spreadsheet memory (issue 10 §8) as a unit-sized guard: a 200,000-row xlsx — which SheetJS's
// whole-workbook read could not parse within 64 MB of heap — imports through the real parse
// worker held to a 64 MB heap, because the sheet is streamed. The full-size figures (500,000
// and 1,000,000 rows, peak RSS of the whole process) are `npm run bench -- import-xlsx-memory`.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service/service';
import { tempDir } from './helpers';
import { importFiles, openService } from './import-support';

const tmp = tempDir();
const ROWS = 200_000;
let service: Service;

beforeAll(async () => {
  service = await openService(join(tmp.dir, 'memory.churn'));
});
afterAll(() => service.close());

describe('xlsx memory', () => {
  it('a 200,000-row workbook imports with the parse worker capped at 64 MB of heap', async () => {
    const path = join(tmp.dir, 'customers.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('customers');
    ws.addRow(['customer_id', 'name', 'region', 'churned']).commit();
    for (let i = 0; i < ROWS; i++) ws.addRow([`C${i}`, `客户${i}`, '华东', i % 2]).commit();
    ws.commit();
    await wb.commit();
    const result = await importFiles(service, { files: [{ path }], memoryLimitMb: 64 });
    expect(result.rowsRead).toBe(ROWS);
    expect(result.rowsImported).toBe(ROWS);
  }, 300_000);
});
