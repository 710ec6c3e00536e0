// Importing by path (the desktop app's Open dialog and drops): import.stage lets through only an
// absolute path to an existing regular file with an accepted extension whose leading bytes agree;
// the main process's dialog module reports each chosen file as staged or refused; the page's drop
// flow asks the host about each dropped file's path. No Electron needed for any of it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalFile } from '../../../shared/contract/domains/import';
import { createService, type Service } from '../../../electron/service/service';
import { importDialogOptions, stagePicked } from '../../../electron/main/import-dialog';
import { stageDroppedFiles } from '../../../renderer/features/data/local-intake';
import { AppError } from '../../../shared/contract/errors';
import { tempDir } from './helpers';

const tmp = tempDir();
let service: Service;
beforeAll(() => {
  service = createService();
});
afterAll(() => service.close());

const stage = (path: string) => service.invoke('import.stage', { path });

describe('import.stage', () => {
  it('answers the real path, the name and the size of an accepted file; no workspace needed', async () => {
    const csv = tmp.write('客户.csv', '客户ID,流失\nC1,是\n');
    expect(await stage(csv)).toEqual({ ok: true, result: { path: csv, name: '客户.csv', size: Buffer.byteLength('客户ID,流失\nC1,是\n') } });
    const link = join(tmp.dir, 'link.csv');
    symlinkSync(csv, link);
    expect(await stage(link)).toMatchObject({ ok: true, result: { path: csv, name: '客户.csv' } });
    // Old systems' exports often have no extension: sniffed, not refused.
    expect(await stage(tmp.write('EXPORT', 'a,b\n1,2\n'))).toMatchObject({ ok: true, result: { name: 'EXPORT' } });
  });

  it.each([
    ['a relative path', () => 'orders.csv', 'INVALID_INPUT', "orders.csv: give the file's full path"],
    ['a missing file', () => join(tmp.dir, 'gone.csv'), 'NOT_FOUND', 'gone.csv: file not found or not readable'],
    ['a folder', () => (mkdirSync(join(tmp.dir, 'folder.csv')), join(tmp.dir, 'folder.csv')), 'INVALID_INPUT', 'folder.csv: a folder; choose a data file'],
    ['a named pipe', () => (execFileSync('mkfifo', [join(tmp.dir, 'pipe.csv')]), join(tmp.dir, 'pipe.csv')), 'INVALID_INPUT', 'pipe.csv: not a regular file; choose a data file'],
    [
      'an unaccepted extension',
      () => tmp.write('notes.docx', 'PK'),
      'INVALID_INPUT',
      'notes.docx: .docx files cannot be imported (CSV/TSV/TXT, Excel, OpenDocument, SQLite or SQL dumps)',
    ],
    ['an empty file', () => tmp.write('empty.csv', ''), 'INVALID_INPUT', 'empty.csv: the file is empty'],
    [
      'an extension that lies',
      () => tmp.write('report.xlsx', 'name,amount\nA,1\n'),
      'INVALID_INPUT',
      'report.xlsx: the name says .xlsx but the content is a text file; rename it or export it again in the right format',
    ],
    [
      'binary content',
      () => tmp.write('scan.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0])),
      'INVALID_INPUT',
      'scan.csv: the name says .csv but the content is a PDF document; rename it or export it again in the right format',
    ],
  ])('refuses %s', async (_what, make, code, message) => {
    expect(await stage(make())).toEqual({ ok: false, error: { code, message } });
  });

  it('import.pickFiles is the desktop app main process’s: the service itself refuses it', async () => {
    expect(await service.invoke('import.pickFiles', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the Open dialog (main process module)', () => {
  it('lets the analyst choose several data files, in the UI language', () => {
    const zh = importDialogOptions(true);
    expect(zh.properties).toEqual(['openFile', 'multiSelections']);
    expect(zh.filters?.[0]?.extensions).toEqual(['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'sqlite', 'sqlite3', 'db', 'db3', 'sql']);
    expect(zh.title).toBe('导入数据文件');
    expect(importDialogOptions(false).buttonLabel).toBe('Import');
  });

  it('stages every chosen path through the service and reports the refused ones by name', async () => {
    const ok = tmp.write('orders.tsv', 'id\tday\n1\t2024-03-05\n');
    const out = await stagePicked([ok, join(tmp.dir, 'nowhere', 'lost.csv'), tmp.write('deck.pptx', 'x')], (path) => stage(path));
    expect(out.files).toEqual([{ path: ok, name: 'orders.tsv', size: 20 }]);
    expect(out.refused).toEqual([
      { name: 'lost.csv', code: 'NOT_FOUND', message: 'lost.csv: file not found or not readable' },
      { name: 'deck.pptx', code: 'INVALID_INPUT', message: expect.stringContaining('.pptx files cannot be imported') as string },
    ]);
  });
});

describe('dropping files on the desktop app (page side)', () => {
  it('asks the host about each dropped file by its path; items without a path and refused files are reported', async () => {
    const good = tmp.write('customers.csv', 'id\n1\n');
    const bad = tmp.write('fake.xls', 'not really excel');
    const paths = new Map<string, string>([
      ['customers.csv', good],
      ['fake.xls', bad],
    ]);
    const staged: string[] = [];
    const out = await stageDroppedFiles([new File(['x'], 'customers.csv'), new File(['x'], 'from-web.csv'), new File(['x'], 'fake.xls')], {
      pathOf: (f) => paths.get(f.name) ?? null,
      stage: async (path): Promise<LocalFile> => {
        staged.push(path);
        const r = await stage(path);
        if (!r.ok) throw AppError.fromPayload(r.error);
        return r.result as LocalFile;
      },
      notOnDisk: (name) => `${name}: not on disk`,
    });
    expect(staged).toEqual([good, bad]);
    expect(out.files).toEqual([{ path: good, name: 'customers.csv', size: 5 }]);
    expect(out.refused).toEqual([
      { name: 'from-web.csv', code: 'INVALID_INPUT', message: 'from-web.csv: not on disk' },
      { name: 'fake.xls', code: 'INVALID_INPUT', message: 'fake.xls: the name says .xls but the content is a text file; rename it or export it again in the right format' },
    ]);
  });
});
